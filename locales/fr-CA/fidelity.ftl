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
fidelity-f-del-2 = Les intervenant·e·s pairs sont supervisé·e·s par une personne formée ou expérimentée en soutien par les pairs.
fidelity-f-del-3 = Les intervenant·e·s pairs ont accès à une formation de base (p. ex. formation en soutien par les pairs ou WRAP).
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
