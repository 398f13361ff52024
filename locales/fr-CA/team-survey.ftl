### Sondage auprès de l’équipe de mise en œuvre (team-survey) — fr-CA.
### Structure et notation — surveys/team-survey.toml. Libellés de l’échelle — scales.ftl.

team-survey-title = Sondage auprès de l’équipe de mise en œuvre
team-survey-description = Ce sondage anonyme prend environ 10 minutes. Il porte sur la participation des pairs — des personnes qui vivent ou ont vécu des problèmes de santé mentale ou de consommation de substances — dans votre organisme, et sur ce qui peut y faire obstacle.

## Section A — À propos de vous

team-survey-section-about = À propos de vous
team-survey-section-about-intro = Deux courtes questions sur votre travail. Elles nous aident à comparer les points de vue des pairs et ceux du personnel professionnel.

team-survey-role = Quel est votre rôle principal au sein de l’équipe de mise en œuvre ?
team-survey-role-peer = Pair, pair aidant ou paire aidante
# Version 2.
team-survey-role-peer-family = Pair famille (vécu comme membre de l’entourage ou proche aidant)
team-survey-role-provider = Intervenante ou intervenant (clinique ou de première ligne)
team-survey-role-manager = Gestionnaire ou membre de la direction
team-survey-role-other = Autre
team-survey-role-na = Je préfère ne pas répondre

team-survey-work-language = Dans quelle langue travaillez-vous le plus souvent ?
team-survey-work-language-fr = Français
team-survey-work-language-en = Anglais
team-survey-work-language-both = Les deux à parts égales
team-survey-work-language-other = Autre

## Section B — Précédents et façons de faire (obstacle)

team-survey-section-precedent = Précédents et façons de faire
team-survey-section-precedent-intro = Cette section porte sur ce que votre organisme a déjà fait avec des pairs et sur la facilité avec laquelle ses façons de faire habituelles peuvent évoluer.

team-survey-b-prec-1 = Dans notre organisme, des pairs ont déjà participé à la conception ou à l’évaluation de services.
team-survey-b-prec-2 = Faire participer des pairs nous obligerait à changer des façons de faire bien établies.
team-survey-b-prec-3 = Notre organisme a des procédures claires pour embaucher, rémunérer et soutenir des pairs.
# Version 2.
team-survey-b-prec-4 = Il est difficile de trouver des pairs qui peuvent travailler en français.

## Section C — Culture organisationnelle (obstacle)

team-survey-section-culture = Culture organisationnelle
team-survey-section-culture-intro = Cette section porte sur la place accordée au savoir expérientiel et aux contributions des pairs dans votre milieu de travail.

team-survey-b-cult-1 = Ici, le savoir expérientiel est reconnu comme une forme d’expertise.
team-survey-b-cult-2 = On fait parfois participer les pairs pour la forme seulement.
team-survey-b-cult-3 = Ici, les pairs peuvent exprimer leur désaccord avec le personnel professionnel sans subir de conséquences négatives.

## Section D — Un langage commun (obstacle)

team-survey-section-language = Un langage commun
team-survey-section-language-intro = Cette section porte sur la compréhension commune, dans votre organisme, du soutien par les pairs et des mots utilisés pour en parler.

team-survey-b-lang-1 = La plupart des membres du personnel comprennent ce qu’est le soutien par les pairs et ce qu’il n’est pas.
team-survey-b-lang-2 = Le personnel connaît l’histoire et les valeurs du mouvement des pairs et de défense des droits.
team-survey-b-lang-3 = Ici, des mots comme « pair », « vécu » et « rétablissement » n’ont pas le même sens pour tout le monde.

## Section E — Adhésion de la direction (obstacle)

team-survey-section-leadership = Adhésion de la direction
team-survey-section-leadership-intro = Cette section porte sur le soutien que la direction de votre organisme accorde à la participation des pairs.

team-survey-b-lead-1 = La haute direction a clairement affirmé que l’intégration des pairs est une priorité.
team-survey-b-lead-2 = Du temps, un budget et du personnel sont consacrés à l’intégration des pairs.
# Version 1 seulement (retiré de la version 2 : b_div_3 pose la même question).
team-survey-b-lead-3 = Les décisions concernant les services sont prises sans consulter les pairs.
# Version 2.
team-survey-b-lead-4 = La haute direction participe elle-même aux activités d’intégration des pairs (réunions, formations, événements).

## Section F — Stigmatisation et confidentialité dans une communauté tissée serré (obstacle)

team-survey-section-stigma-privacy = Stigmatisation et confidentialité dans une communauté tissée serré
team-survey-section-stigma-privacy-intro = Cette section porte sur les risques que comporte le fait de parler de son vécu dans une petite communauté où beaucoup de gens se connaissent.

team-survey-b-stig-1 = Dans notre communauté, dévoiler son vécu pourrait nuire à sa réputation ou à son emploi.
team-survey-b-stig-2 = Les pairs craignent que leur histoire personnelle finisse par se savoir dans la communauté.
team-survey-b-stig-3 = Notre organisme a des pratiques claires pour protéger la vie privée des pairs qui partagent leur vécu.

## Section G — Pairs et personnel professionnel (obstacle)

team-survey-section-divide = Pairs et personnel professionnel
team-survey-section-divide-intro = Cette section porte sur la collaboration entre les pairs et le personnel professionnel dans votre organisme.

team-survey-b-div-1 = Ici, les pairs et le personnel professionnel travaillent ensemble sur un pied d’égalité.
team-survey-b-div-2 = Dans notre équipe, les pairs et le personnel professionnel ont souvent des visions opposées du rétablissement.
team-survey-b-div-3 = Les pairs ont une influence réelle sur les décisions qui les concernent.

## Section H — État de préparation

team-survey-section-readiness = État de préparation
team-survey-section-readiness-intro = Cette section porte sur votre état de préparation, et celui de votre équipe, à participer au projet.

team-survey-r-1 = Notre équipe comprend les objectifs du projet d’intégration des pairs.
team-survey-r-2 = Notre équipe dispose du temps nécessaire pour participer au projet.
team-survey-r-3 = Je me sens capable de contribuer à l’intégration des pairs dans nos services.
team-survey-r-4 = Je m’attends à ce que l’intégration des pairs améliore les services offerts aux personnes que nous servons.

## Section I — Pratiques Peer Positive (version 2)

team-survey-section-practices = Pratiques Peer Positive
team-survey-section-practices-intro = Cette section porte sur deux pratiques de l’approche Peer Positive : prendre le temps de réfléchir aux rapports de pouvoir et à l’équité, et dire aux pairs ce qu’on a fait de leur avis.

team-survey-p-refl = Notre équipe prend régulièrement le temps de réfléchir aux rapports de pouvoir, aux privilèges et à l’équité entre le personnel et les pairs.
team-survey-p-loop = Lorsque des pairs donnent leur avis, on leur dit ce qu’on en a fait, y compris ce qui n’a pas été retenu, et pourquoi.
team-survey-p-equity = Notre organisme prend des mesures concrètes pour que des pairs de communautés diverses (personnes racisées, nouvelles arrivantes, 2ELGBTQI+, autochtones) puissent participer.

## Section J — En vos propres mots (texte libre facultatif)

team-survey-section-comments = En vos propres mots
team-survey-section-comments-intro = Ces questions sont facultatives, et seule l’équipe d’évaluation lit vos réponses. Veuillez ne pas inscrire de noms ni de détails qui permettraient d’identifier une personne.

team-survey-t-barrier = Quel est le plus grand obstacle à la participation des pairs dans votre organisme ?
team-survey-t-help = Qu’est-ce qui aiderait le plus à faire participer les pairs dans votre organisme ?
# Affiché seulement si la réponse à b_div_2 est « Plutôt d’accord » ou « Tout à fait d’accord ».
team-survey-t-divide-example = Vous avez indiqué que, dans votre équipe, les pairs et le personnel professionnel ont souvent des visions opposées du rétablissement. Pouvez-vous décrire un exemple récent ?

## Indices — noms utilisés dans les résultats et les rapports

team-survey-index-precedent = Précédents et façons de faire
team-survey-index-culture = Culture organisationnelle
team-survey-index-language = Un langage commun
team-survey-index-leadership = Adhésion de la direction
team-survey-index-stigma-privacy = Stigmatisation et confidentialité
team-survey-index-divide = Pairs et personnel professionnel
team-survey-index-readiness = État de préparation
team-survey-index-practices = Pratiques Peer Positive
