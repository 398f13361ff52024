### Sondage auprès de l’équipe de mise en œuvre (team-survey) — fr-CA.
### Structure et notation — surveys/team-survey.toml. Libellés de l’échelle — scales.ftl.

team-survey-title = Sondage auprès de l’équipe de mise en œuvre
team-survey-description = Ce sondage anonyme prend environ 10 minutes. Il porte sur la participation des pairs — des personnes ayant un vécu expérientiel en santé mentale ou en consommation de substances — dans votre organisme, et sur ce qui peut y faire obstacle.

## Section A — À propos de vous

team-survey-section-about = À propos de vous
team-survey-section-about-intro = Deux courtes questions sur votre travail. Elles nous aident à comparer les points de vue des pairs et des professionnel·le·s.

team-survey-role = Quel est votre rôle principal au sein de l’équipe de mise en œuvre ?
team-survey-role-peer = Pair ou pair aidant·e
team-survey-role-provider = Intervenant·e (clinique ou de première ligne)
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

## Section C — Culture organisationnelle (obstacle)

team-survey-section-culture = Culture organisationnelle
team-survey-section-culture-intro = Cette section porte sur la place accordée au savoir expérientiel et aux contributions des pairs dans votre milieu de travail.

team-survey-b-cult-1 = Ici, le savoir expérientiel est reconnu comme une forme d’expertise.
team-survey-b-cult-2 = On fait parfois participer les pairs pour la forme seulement.
team-survey-b-cult-3 = Ici, les pairs peuvent exprimer leur désaccord avec les professionnel·le·s sans subir de conséquences négatives.

## Section D — Un langage commun (obstacle)

team-survey-section-language = Un langage commun
team-survey-section-language-intro = Cette section porte sur la compréhension commune, dans votre organisme, du soutien par les pairs et des mots utilisés pour en parler.

team-survey-b-lang-1 = La plupart des membres du personnel comprennent ce qu’est le soutien par les pairs et ce qu’il n’est pas.
team-survey-b-lang-2 = Le personnel connaît l’histoire et les valeurs du mouvement des pairs et de la défense des droits.
team-survey-b-lang-3 = Ici, des mots comme « pair », « vécu expérientiel » et « rétablissement » n’ont pas le même sens pour tout le monde.

## Section E — Engagement de la direction (obstacle)

team-survey-section-leadership = Engagement de la direction
team-survey-section-leadership-intro = Cette section porte sur le soutien que la direction de votre organisme accorde à la participation des pairs.

team-survey-b-lead-1 = La haute direction a clairement affirmé que l’intégration des pairs est une priorité.
team-survey-b-lead-2 = Du temps, un budget et du personnel sont consacrés à l’intégration des pairs.
team-survey-b-lead-3 = Les décisions concernant les services sont prises sans consulter les pairs.

## Section F — Stigmatisation et confidentialité dans une communauté tissée serré (obstacle)

team-survey-section-stigma-privacy = Stigmatisation et confidentialité dans une communauté tissée serré
team-survey-section-stigma-privacy-intro = Cette section porte sur les risques que comporte le fait de parler de son vécu dans une petite communauté où beaucoup de gens se connaissent.

team-survey-b-stig-1 = Dans notre communauté, dévoiler son vécu pourrait nuire à sa réputation ou à son emploi.
team-survey-b-stig-2 = Les pairs craignent que leur histoire personnelle finisse par se savoir dans la communauté.
team-survey-b-stig-3 = Notre organisme a des pratiques claires pour protéger la vie privée des pairs qui partagent leur vécu.

## Section G — Pairs et professionnel·le·s (obstacle)

team-survey-section-divide = Pairs et professionnel·le·s
team-survey-section-divide-intro = Cette section porte sur la collaboration entre pairs et professionnel·le·s dans votre organisme.

team-survey-b-div-1 = Ici, pairs et professionnel·le·s travaillent ensemble sur un pied d’égalité.
team-survey-b-div-2 = Dans notre équipe, pairs et professionnel·le·s ont souvent des visions opposées du rétablissement.
team-survey-b-div-3 = Les pairs ont une influence réelle sur les décisions qui les concernent.

## Section H — État de préparation

team-survey-section-readiness = État de préparation
team-survey-section-readiness-intro = Cette section porte sur votre état de préparation, et celui de votre équipe, à participer au projet.

team-survey-r-1 = Notre équipe comprend les objectifs du projet d’intégration des pairs.
team-survey-r-2 = Notre équipe dispose du temps nécessaire pour participer au projet.
team-survey-r-3 = Je me sens capable de contribuer à l’intégration des pairs dans nos services.
team-survey-r-4 = Je m’attends à ce que l’intégration des pairs améliore les services offerts aux personnes que nous servons.

## Section I — En vos propres mots (texte libre facultatif)

team-survey-section-comments = En vos propres mots
team-survey-section-comments-intro = Ces questions sont facultatives, et seule l’équipe d’évaluation lit vos réponses. Veuillez ne pas inscrire de noms ni de détails qui permettraient d’identifier une personne.

team-survey-t-barrier = Quel est le plus grand obstacle à la participation des pairs dans votre organisme ?
team-survey-t-help = Qu’est-ce qui aiderait le plus à faire participer les pairs dans votre organisme ?
# Affiché seulement si la réponse à b_div_2 est « Plutôt d’accord » ou « Tout à fait d’accord ».
team-survey-t-divide-example = Vous avez indiqué que, dans votre équipe, pairs et professionnel·le·s ont souvent des visions opposées du rétablissement. Pouvez-vous décrire un exemple récent ?

## Indices — noms utilisés dans les résultats et les rapports

team-survey-index-precedent = Précédents et façons de faire
team-survey-index-culture = Culture organisationnelle
team-survey-index-language = Un langage commun
team-survey-index-leadership = Engagement de la direction
team-survey-index-stigma-privacy = Stigmatisation et confidentialité
team-survey-index-divide = Pairs et professionnel·le·s
team-survey-index-readiness = État de préparation
