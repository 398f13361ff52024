### Grille d’évaluation de la fidélité de la mise en œuvre (fidelity) — fr-CA.
### Structure et notation — surveys/fidelity.toml. Les libellés des cotes (0, 1, 2, sans objet) sont des
### messages communs définis ailleurs.

fidelity-title = Grille d’évaluation de la fidélité de la mise en œuvre
fidelity-description = À remplir par une personne évaluatrice pour un organisme et une vague de collecte, à partir de documents, d’entrevues et d’observations. Cotez chaque élément et notez les preuves ou observations qui appuient votre cote.

## Niveaux — score global et scores par domaine

fidelity-band-high = Fidélité élevée
fidelity-band-moderate = Fidélité modérée
fidelity-band-low = Fidélité faible

## Domaine 1 — Engagement organisationnel

fidelity-domain-commitment = Engagement organisationnel
fidelity-domain-commitment-intro = Ce domaine porte sur l’engagement formel de l’organisme, appuyé par des ressources, à faire participer les pairs.

fidelity-f-com-1 = Une politique écrite ou un plan stratégique engage l’organisme à faire participer les pairs.
fidelity-f-com-2 = Une personne désignée au sein de la direction est responsable de l’intégration des pairs et en rend compte au conseil d’administration.
fidelity-f-com-3 = Un budget distinct finance les rôles confiés aux pairs, leur rémunération et leur formation.
fidelity-f-com-4 = Les pairs reçoivent une rémunération équitable pour leur temps et leur expertise.

## Domaine 2 — Les pairs dans la conception des services

fidelity-domain-design = Les pairs dans la conception des services
fidelity-domain-design-intro = Ce domaine porte sur la participation des pairs à la planification et à la modification des services.

fidelity-f-des-1 = Des pairs siègent aux comités qui planifient ou modifient les services, à raison d’au moins deux par comité.
fidelity-f-des-2 = Les pairs participent aux nouvelles initiatives dès le départ, et non seulement pour les commenter à la fin.
fidelity-f-des-3 = Au cours de la dernière année, l’apport des pairs a mené à une modification visible d’un programme, d’une politique ou d’un document.

## Domaine 3 — Les pairs dans la prestation des services

fidelity-domain-delivery = Les pairs dans la prestation des services
fidelity-domain-delivery-intro = Ce domaine porte sur les postes de soutien par les pairs et sur l’accès des personnes utilisatrices de services à ce soutien.

fidelity-f-del-1 = Les postes de soutien par les pairs font l’objet de descriptions de poste écrites, fondées sur les valeurs du soutien par les pairs et distinctes de celles des postes cliniques.
fidelity-f-del-2 = La supervision des pairs aidants et paires aidantes est assurée par une personne formée ou expérimentée en soutien par les pairs.
fidelity-f-del-3 = Les pairs aidants et paires aidantes ont accès à une formation de base (p. ex. formation en soutien par les pairs ou formation WRAP — planification du rétablissement et du mieux-être).
fidelity-f-del-4 = Les personnes utilisatrices de services sont informées de l’offre de soutien par les pairs et peuvent choisir d’y recourir.
# Cote « Sans objet » permise pour cet élément.
fidelity-f-del-5 = Le soutien par les pairs fait l’objet d’une offre active en français, par des pairs qui partagent la langue et la culture de la communauté.

## Domaine 4 — Les pairs dans l’évaluation des services

fidelity-domain-review = Les pairs dans l’évaluation des services
fidelity-domain-review-intro = Ce domaine porte sur la participation des pairs au choix de ce qui est mesuré, à l’évaluation elle-même et à la diffusion des résultats.

fidelity-f-rev-1 = Les pairs contribuent à déterminer ce qui est mesuré et comment.
fidelity-f-rev-2 = Les pairs participent à la collecte ou à l’interprétation des données d’évaluation.
fidelity-f-rev-3 = Les résultats sont communiqués aux pairs et à la communauté en langage clair.

## Domaine 5 — Pouvoir, sécurité et culture

fidelity-domain-power = Pouvoir, sécurité et culture
fidelity-domain-power-intro = Ce domaine porte sur le partage du pouvoir et sur la possibilité pour les pairs de participer en toute sécurité, selon leurs propres conditions.

fidelity-f-pow-1 = Dans les processus décisionnels, la voix des pairs a autant de poids que celle des autres.
fidelity-f-pow-2 = Ce que les pairs partagent de leur vécu relève de leur seul choix ; le dévoilement n’est jamais exigé.
fidelity-f-pow-3 = Le personnel est formé aux valeurs du soutien par les pairs et à l’histoire du mouvement des pairs.
fidelity-f-pow-4 = Les pairs disposent d’un moyen sûr et connu de tous pour faire part de leurs préoccupations sans crainte de représailles.

## Version 2 (surveys/fidelity-v2.toml) : nouveaux éléments, nouveaux textes d’éléments conservés
## et, pour chaque élément, ses repères 0, 1 et 2 (son aide, une ligne par cote)

fidelity-f-com-5 = Les postes de pairs sont permanents et rémunérés, avec les mêmes avantages sociaux et les mêmes possibilités d’avancement que les autres postes.
fidelity-f-des-4 = Les pairs contribuent à choisir les services ou les politiques à revoir ou à repenser : ils aident à fixer les priorités, plutôt que de seulement réagir à celles qu’on leur soumet.
fidelity-f-des-5 = La participation est rendue accessible : l’horaire, le lieu, le transport, le langage clair et l’usage du français sont prévus, et le temps de préparation des pairs est rémunéré.
fidelity-f-del-2-v2 = La supervision des pairs aidants et paires aidantes est assurée par une personne formée ou expérimentée en soutien par les pairs.
fidelity-f-del-3-v2 = Les pairs aidants et paires aidantes ont accès à une formation de base, par exemple une formation menant à la certification de Peer Support Canada ou la formation WRAPMC (planification du rétablissement et du mieux-être).
fidelity-f-del-6 = On ne confie pas aux pairs aidants et paires aidantes de tâches cliniques (p. ex. la gestion de la médication) ni de tâches étrangères à leur rôle (p. ex. l’accueil, le transport) à la place du soutien par les pairs.
fidelity-f-del-7 = Les pairs aidants et paires aidantes participent aux réunions d’équipe et aux discussions de cas au même titre que les autres membres de l’équipe.
fidelity-f-del-8 = L’organisme entretient un lien actif avec un organisme géré par des pairs (p. ex. une initiative de personnes utilisatrices et survivantes, ou un groupe de pairs francophone) pour le soutien et le réseautage des pairs aidants et paires aidantes.
fidelity-f-rev-4 = Les pairs qui ont donné leur avis sont informés de ce qui en a été fait, y compris de ce qui n’a pas été retenu et pourquoi, et ce retour est consigné.
fidelity-f-pow-2b = Les pairs choisissent ce qu’ils partagent de leur vécu, à quel moment et dans quelle mesure. Donner des détails n’est jamais une condition de participation, et les pairs aidants et paires aidantes reçoivent du soutien pour un dévoilement réfléchi.
fidelity-f-pow-5 = Le personnel et les pairs disposent d’un temps régulier et protégé pour réfléchir ensemble aux rapports de pouvoir, aux privilèges et à l’équité dans leur travail (au moins une fois par trimestre).
fidelity-f-pow-6 = L’organisme applique une approche anti-oppressive et antiraciste à la participation des pairs (le recrutement rejoint des communautés diverses et les obstacles sont levés).
# Cote « Sans objet » permise pour cet élément.
fidelity-f-pow-7 = Les personnes utilisatrices de services peuvent refuser toute activité de soutien par les pairs ou de participation, ou s’en retirer, sans perdre l’accès aux autres services.

## Repères — Engagement organisationnel

fidelity-f-com-1-help =
    0 = Aucun document écrit n’engage l’organisme à faire participer les pairs.
    1 = Un document mentionne la participation des pairs, mais sans engagement concret (qui, quoi, pour quand), ou il s’agit d’une ébauche qui n’est pas encore adoptée.
    2 = Une politique ou un plan stratégique adopté énonce des engagements concrets à faire participer les pairs.
# Deux conditions : 1 = l’une des deux.
fidelity-f-com-2-help =
    0 = Aucune des deux conditions n’est remplie : personne à la direction n’est responsable de l’intégration des pairs, et le conseil d’administration n’en reçoit aucun compte rendu.
    1 = Une des deux conditions est remplie : une personne désignée en est responsable, ou le conseil d’administration en reçoit des comptes rendus, mais pas les deux.
    2 = Les deux conditions sont remplies : une personne désignée de la direction est responsable de l’intégration des pairs et en rend compte au conseil d’administration.
# Deux conditions : 1 = l’une des deux.
fidelity-f-com-3-help =
    0 = Aucune des deux conditions n’est remplie : aucun budget n’est réservé à la participation des pairs, et les rôles, la rémunération et la formation sont financés au cas par cas, voire pas du tout.
    1 = Une des deux conditions est remplie : un budget distinct existe, mais ne couvre pas à la fois les rôles, la rémunération et la formation, ou les trois sont financés, mais pas par un budget distinct (p. ex. des fonds ponctuels ou pris à d’autres postes budgétaires).
    2 = Les deux conditions sont remplies : un budget distinct couvre les rôles confiés aux pairs, leur rémunération et leur formation.
fidelity-f-com-4-help =
    0 = Les pairs ne sont pas rémunérés, ou ne reçoivent qu’un geste symbolique (p. ex. une carte-cadeau).
    1 = Les pairs sont rémunérés pour certaines activités (p. ex. les réunions), mais pas pour d’autres (la préparation, les déplacements), ou à un taux inférieur à celui du personnel pour un travail comparable.
    2 = Les pairs sont rémunérés pour tout le temps qu’ils donnent, préparation comprise, à un taux fixé par une politique écrite.
fidelity-f-com-5-help =
    0 = Les rôles de pairs sont uniquement bénévoles, occasionnels ou de courte durée (p. ex. financés par une subvention ponctuelle).
    1 = Certains postes de pairs sont permanents et rémunérés, mais sans les mêmes avantages sociaux ou les mêmes possibilités d’avancement que les autres postes.
    2 = Les postes de pairs sont permanents et rémunérés, avec les mêmes avantages sociaux et les mêmes possibilités d’avancement que les autres postes.

## Repères — Les pairs dans la conception des services

fidelity-f-des-1-help =
    0 = Les comités qui planifient ou modifient les services ne comptent aucun pair.
    1 = Des pairs siègent à certains de ces comités seulement, ou un comité ne compte qu’un seul pair.
    2 = Au moins deux pairs siègent à chacun des comités qui planifient ou modifient les services.
fidelity-f-des-2-help =
    0 = Les pairs ne participent pas aux nouvelles initiatives, ou on leur demande seulement de commenter un travail terminé.
    1 = Les pairs participent dès le départ à certaines nouvelles initiatives seulement, ou en cours de route à la plupart.
    2 = Les pairs ont participé dès le départ (dès la planification) à toutes les nouvelles initiatives de la dernière année.
fidelity-f-des-3-help =
    0 = Aucune modification de la dernière année ne découle de l’apport des pairs.
    1 = On attribue une modification à l’apport des pairs, mais elle est mineure (p. ex. une formulation) ou ne peut pas être documentée.
    2 = Au cours de la dernière année, au moins une modification documentée d’un programme, d’une politique ou d’un document découle de l’apport des pairs.
fidelity-f-des-4-help =
    0 = Le personnel choisit seul ce qui est revu, et les pairs ne font que réagir à ce qu’on leur soumet.
    1 = Les pairs peuvent proposer des sujets, mais le personnel décide seul de ceux qui sont retenus, ou les pairs n’ont participé qu’une fois à l’établissement des priorités.
    2 = Les pairs décident avec le personnel des services ou des politiques à revoir ou à repenser (p. ex. en fixant les priorités d’un comité ou de l’année).
fidelity-f-des-5-help =
    0 = Rien n’est prévu : les réunions ont lieu quand le personnel est libre, et le temps de préparation n’est pas rémunéré.
    1 = Certaines mesures sont prises (p. ex. le transport ou le langage clair), mais pas toutes celles dont les pairs ont besoin, ou le temps de préparation n’est pas rémunéré.
    2 = L’horaire, le lieu, le transport, le langage clair et l’usage du français sont prévus selon les besoins des pairs, et le temps de préparation est rémunéré.

## Repères — Les pairs dans la prestation des services

fidelity-f-del-1-help =
    0 = Les postes de soutien par les pairs n’ont pas de description écrite, ou leur description reprend celle d’un poste clinique ou d’un autre poste de soutien.
    1 = Des descriptions écrites existent, mais elles ne s’appuient pas clairement sur les valeurs du soutien par les pairs, ou se confondent en partie avec celles des postes cliniques.
    2 = Chaque poste de soutien par les pairs a une description écrite, fondée sur les valeurs du soutien par les pairs et distincte de celles des postes cliniques.
fidelity-f-del-2-help =
    0 = La supervision est assurée uniquement par des personnes sans formation ni expérience en soutien par les pairs.
    1 = Une telle personne ne supervise qu’une partie des pairs aidants et paires aidantes, ou n’intervient qu’à l’occasion (p. ex. un mentorat externe ponctuel).
    2 = La supervision de chaque pair aidant ou paire aidante est assurée par une personne formée ou expérimentée en soutien par les pairs.
fidelity-f-del-3-help =
    0 = Les pairs aidants et paires aidantes n’ont accès à aucune formation de base en soutien par les pairs.
    1 = Une partie seulement des pairs aidants et paires aidantes a reçu une formation de base, ou seule l’orientation générale du personnel est offerte, ou la formation WRAPMC n’est pas donnée par une personne formée à l’animation WRAP.
    2 = Chaque pair aidant ou paire aidante a accès à une formation de base : p. ex. une formation menant à la certification de Peer Support Canada, ou la formation WRAPMC donnée par une personne formée à l’animation WRAP.
fidelity-f-del-4-help =
    0 = Les personnes utilisatrices de services ne sont pas informées systématiquement de l’offre de soutien par les pairs.
    1 = Elles en sont informées dans certains programmes seulement ou sur demande, ou n’y ont accès que sur recommandation du personnel.
    2 = Toutes les personnes utilisatrices de services sont informées de l’offre de soutien par les pairs et peuvent y recourir directement.
# Deux conditions : 1 = l’une des deux.
fidelity-f-del-5-help =
    0 = Aucune des deux conditions n’est remplie : le soutien par les pairs ne fait pas l’objet d’une offre active en français, et aucun pair ne partage la langue et la culture de la communauté.
    1 = Une des deux conditions est remplie : le soutien par les pairs fait l’objet d’une offre active en français, ou il est donné par des pairs qui partagent la langue et la culture de la communauté, mais pas les deux.
    2 = Les deux conditions sont remplies : le soutien par les pairs fait l’objet d’une offre active en français, par des pairs qui partagent la langue et la culture de la communauté.
    Sans objet = L’organisme ne dessert aucune communauté francophone.
    Offre active : l’offre de services en français est faite d’emblée, sans que la personne ait à la demander.
fidelity-f-del-6-help =
    0 = Les pairs aidants et paires aidantes effectuent régulièrement des tâches cliniques ou des tâches étrangères à leur rôle à la place du soutien par les pairs.
    1 = Cela arrive à l’occasion (p. ex. pour pallier un manque de personnel), ou les limites du rôle ne sont pas écrites.
    2 = Les pairs aidants et paires aidantes font du soutien par les pairs : la description de leur rôle exclut les tâches cliniques et les tâches étrangères au rôle, et elle est respectée dans les faits.
fidelity-f-del-7-help =
    0 = On n’invite pas les pairs aidants et paires aidantes aux réunions d’équipe ni aux discussions de cas.
    1 = On les invite à certaines réunions seulement, ou on ne leur demande pas leur point de vue, ou on les tient à l’écart des discussions de cas.
    2 = Les pairs aidants et paires aidantes participent aux réunions d’équipe et aux discussions de cas, et leur point de vue compte autant que celui des autres membres de l’équipe.
fidelity-f-del-8-help =
    0 = L’organisme n’a aucun lien avec un organisme géré par des pairs.
    1 = Un lien existe, mais il est informel ou inactif (p. ex. une personne-ressource, sans activité commune au cours de la dernière année).
    2 = Un lien actif (p. ex. une entente, des rencontres régulières ou des activités communes au cours de la dernière année) offre du soutien et du réseautage aux pairs aidants et paires aidantes.

## Repères — Les pairs dans l’évaluation des services

fidelity-f-rev-1-help =
    0 = Le personnel ou l’équipe d’évaluation décide seul de ce qui est mesuré et de la façon de le mesurer.
    1 = On consulte les pairs sur des mesures déjà choisies, ou les pairs contribuent à déterminer ce qui est mesuré, mais pas comment.
    2 = Les pairs contribuent à déterminer à la fois ce qui est mesuré et comment (p. ex. en choisissant les indicateurs et les outils).
fidelity-f-rev-2-help =
    0 = Les pairs ne participent ni à la collecte ni à l’interprétation des données d’évaluation.
    1 = Les pairs participent ponctuellement à une activité d’évaluation (p. ex. un seul groupe de discussion), ou n’y jouent qu’un rôle mineur.
    2 = Les pairs participent régulièrement à la collecte ou à l’interprétation des données d’évaluation (p. ex. ils mènent des entrevues ou aident à dégager le sens des résultats).
fidelity-f-rev-3-help =
    0 = Les résultats ne sont communiqués ni aux pairs ni à la communauté, ou seulement dans des rapports techniques.
    1 = Les résultats sont communiqués aux pairs ou à la communauté, mais pas aux deux, ou pas en langage clair.
    2 = Les résultats sont communiqués aux pairs et à la communauté en langage clair (p. ex. un résumé, une rencontre, une infographie).
fidelity-f-rev-4-help =
    0 = Les pairs ne sont pas informés de ce qu’il est advenu de leur avis.
    1 = Les pairs apprennent ce qui a été fait, mais pas ce qui n’a pas été retenu ni pourquoi, ou ce retour n’est pas consigné.
    2 = Les pairs sont informés de ce qui a été fait de leur avis et de ce qui n’a pas été retenu, avec les raisons, et ce retour est consigné (p. ex. dans un procès-verbal ou un tableau de suivi).

## Repères — Pouvoir, sécurité et culture

fidelity-f-pow-1-help =
    0 = Les pairs ne prennent pas part aux décisions, ou n’ont qu’une voix consultative rarement prise en compte.
    1 = Les pairs ont voix au chapitre pour certaines décisions seulement, ou votent, mais avec moins de sièges ou d’information que les autres.
    2 = Les pairs prennent part aux décisions avec la même voix, la même information et le même droit de vote que les autres membres.
fidelity-f-pow-2b-help =
    0 = On s’attend à ce que les pairs racontent leur histoire, ou on les y pousse (p. ex. lors d’événements ou à l’embauche), ou le partage est une condition de participation.
    1 = Le partage n’est pas exigé, mais les pairs aidants et paires aidantes ne reçoivent aucun soutien (formation, supervision) pour un dévoilement réfléchi, ou les pairs ne décident pas toujours de ce qui est dit de leur vécu.
    2 = Les pairs décident de ce qu’ils partagent, à quel moment et dans quelle mesure, le partage n’est jamais une condition de participation, et les pairs aidants et paires aidantes reçoivent du soutien (formation, supervision) pour un dévoilement réfléchi.
# Deux conditions : 1 = l’une des deux.
fidelity-f-pow-3-help =
    0 = Aucune des deux conditions n’est remplie : le personnel n’est formé ni aux valeurs du soutien par les pairs ni à l’histoire du mouvement des pairs.
    1 = Une des deux conditions est remplie : le personnel est formé aux valeurs du soutien par les pairs, ou à l’histoire du mouvement des pairs, mais pas aux deux.
    2 = Les deux conditions sont remplies : le personnel est formé aux valeurs du soutien par les pairs et à l’histoire du mouvement des pairs (p. ex. le mouvement des personnes utilisatrices et survivantes).
# Deux conditions : 1 = l’une des deux.
fidelity-f-pow-4-help =
    0 = Aucune des deux conditions n’est remplie : les pairs n’ont aucun moyen de faire part de leurs préoccupations, ou le moyen existant n’est ni sûr ni connu.
    1 = Une des deux conditions est remplie : le moyen est sûr (p. ex. confidentiel, en dehors de la voie hiérarchique), ou il est connu de tous, mais pas les deux.
    2 = Les deux conditions sont remplies : les pairs connaissent un moyen de faire part de leurs préoccupations, et ce moyen est sûr (confidentiel, à l’abri des représailles).
fidelity-f-pow-5-help =
    0 = Aucun temps n’est réservé pour que le personnel et les pairs réfléchissent ensemble aux rapports de pouvoir, aux privilèges et à l’équité.
    1 = Cette réflexion a lieu, mais moins d’une fois par trimestre, seulement quand un problème survient, ou sans les pairs ou sans le personnel.
    2 = Le personnel et les pairs disposent d’un temps protégé pour réfléchir ensemble aux rapports de pouvoir, aux privilèges et à l’équité au moins une fois par trimestre.
fidelity-f-pow-6-help =
    0 = Aucune approche anti-oppressive ou antiraciste n’est appliquée à la participation des pairs.
    1 = L’approche est énoncée (p. ex. dans une politique), mais le recrutement ne rejoint pas des communautés diverses, ou les obstacles ne sont pas levés dans les faits.
    2 = L’approche est appliquée : le recrutement rejoint des communautés diverses (p. ex. personnes racisées, nouvelles arrivantes, 2ELGBTQI+, autochtones), et les obstacles relevés sont levés.
fidelity-f-pow-7-help =
    0 = Refuser une activité de soutien par les pairs ou de participation, ou s’en retirer, peut coûter aux personnes l’accès à d’autres services (p. ex. c’est une condition d’un programme).
    1 = Aucune règle ne lie les deux, mais on ne dit pas aux personnes qu’elles peuvent refuser ou se retirer, ou il est déjà arrivé qu’un refus nuise à l’accès d’une personne aux services.
    2 = On dit aux personnes qu’elles peuvent refuser toute activité de soutien par les pairs ou de participation, ou s’en retirer, et cela ne nuit jamais à leur accès aux autres services.
    Sans objet = L’organisme n’offre aux personnes utilisatrices de services aucune activité de soutien par les pairs ou de participation.
