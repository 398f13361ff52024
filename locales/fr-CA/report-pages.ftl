## Pages des rapports

report-organization-title = Rapport de l’organisme
report-funder-title = Vue d’ensemble des organismes
report-organizations-count = { $count ->
        [one] 1 organisme
       *[other] { $count } organismes
    }
report-section-barriers = Profil des obstacles
report-section-barriers-intro = L’importance que l’équipe de mise en œuvre accorde à chacun des six obstacles lors de la dernière vague (1 = pas un obstacle, 5 = obstacle majeur), pairs et personnel professionnel côte à côte.
report-section-change = Évolution d’une vague à l’autre
report-section-change-intro = Chaque obstacle, vague après vague ; une ligne qui descend signifie que l’obstacle s’atténue.
report-section-participation = Participation
report-section-fidelity = Fidélité
report-section-fidelity-intro = La plus récente cote consensuelle de la grille de fidélité, par domaine, par rapport à la cible de 80 % (fidélité élevée). La grille est l’opérationnalisation de l’approche Peer Positive propre à Parité, et non un outil publié par Peer Positive ; ses niveaux et sa cible sont des conventions provisoires, et non des seuils empiriques.
report-section-fidelity-all-intro = La plus récente cote consensuelle de chaque organisme, par domaine ; le score global est la moyenne des scores des domaines, chaque domaine ayant le même poids quel que soit son nombre d’éléments. La grille est l’opérationnalisation de l’approche Peer Positive propre à Parité, et non un outil publié par Peer Positive ; ses niveaux (80 % élevée, 60 % modérée) et sa cible sont des conventions provisoires, et non des seuils empiriques.
report-section-progress = Progression de la mise en œuvre
report-section-barriers-all = Obstacles par organisme
report-section-barriers-all-intro = La dernière vague de chaque organisme, obstacle par obstacle.
report-section-progress-all = Progression dans les étapes
report-section-fidelity-all = Fidélité par organisme
report-section-participation-all = Participation par organisme
report-no-data = Aucune donnée pour l’instant.
report-download-svg = Télécharger (SVG)
report-download-png = Télécharger (PNG)
report-download-pdf = Télécharger en PDF
report-table-barriers = Obstacles par organisme, vague et groupe
report-table-change = Évolution entre les vagues
report-table-participation = Participation par vague
report-table-fidelity = Fidélité par domaine
report-table-progress = Progression par étape
report-provisional = Provisoire : cette vague est encore ouverte. Ses résultats changeront à mesure que des réponses arriveront.
report-open-waves-withheld = Les résultats d’une vague sont présentés une fois celle-ci fermée. Les vagues encore ouvertes n’y figurent pas encore.
report-across-versions-shared = { $index } : les versions { $from } et { $to } du questionnaire ont { $shared } questions en commun pour cet indice ({ $from_items } dans la version { $from }, { $to_items } dans la version { $to }). Son évolution entre une vague de la version { $from } et une vague de la version { $to } porte sur ces { $shared } questions seulement.
report-across-versions-none = { $index } : les versions { $from } et { $to } du questionnaire ont { $shared ->
        [one] une seule question
       *[other] { $shared } questions
    } en commun pour cet indice, trop peu pour les comparer. Aucune évolution n’est présentée entre une vague de la version { $from } et une vague de la version { $to }.

## The PDF of a report

pdf-page = Page { $page } de { $pages }
pdf-cover-wave = Vague : { $wave }
pdf-cover-date = Produit le { $date }
