### Rapports : exports CSV et graphiques (crates/parite-reports) — fr-CA.
### Chaque identifiant est nommé dans le code de ce crate ; en-CA/reports.ftl a les mêmes.

## Masquage des petites cellules
reports-chart-suppressed-note = Les résultats fondés sur les réponses de moins de { $k } personnes sont masqués (n < { $k }), de même que ceux qui permettraient de les retrouver.

## Groupes et mots communs
reports-group-all = Ensemble
reports-group-peer = Pairs
reports-group-professional = Professionnel(le)s
reports-interval = [{ $low } ; { $high }]
reports-value-n = { $value } (n = { $n })
reports-done-of-total = { $done } sur { $total }
reports-fidelity-overall = Score global
reports-not-rated = Non évalué
reports-not-started = Pas commencé

## Graphiques
reports-chart-profile-title = Profil des obstacles — { $organization }, { $wave }
reports-chart-change-title = Évolution des obstacles d’une vague à l’autre — { $organization }
reports-chart-fidelity-title = Fidélité de la mise en œuvre par domaine — { $organization }, { $wave }
reports-chart-fidelity-note = Score d’un domaine = points obtenus / points maximum ; score global = moyenne des scores des domaines, chaque domaine ayant le même poids quel que soit son nombre d’éléments. Ligne pointillée : la cible de fidélité élevée, une convention provisoire.
reports-chart-progress-title = Progression dans les étapes de mise en œuvre
reports-chart-progress-note = Chaque barre montre, étape par étape, les jalons atteints sur l’ensemble des jalons de l’étape.
reports-chart-heatmap-title = Obstacles par organisme (vague la plus récente)
reports-axis-mean-score = Score moyen (1 = pas un obstacle, 5 = obstacle majeur)
reports-axis-fidelity = Score de fidélité
reports-axis-milestones = Jalons atteints
reports-major-barrier = Obstacle majeur (≥ { $at })
reports-target = Cible : { $target }
reports-legend-mean-ci = Moyenne de l’ensemble, avec son intervalle de confiance à 95 %
reports-legend-domain = Domaine

## Tableaux de données sous les graphiques
reports-table-barrier = Obstacle
reports-table-ci = IC à 95 %
reports-table-major = Jugé obstacle majeur
reports-table-change = Variation depuis la vague précédente (IC à 95 %)
reports-table-score = Score

## En-têtes des colonnes CSV (les codes sont dans crates/parite-reports/src/export/)
reports-col-response-id = Réponse
reports-col-organization = Organisme
reports-col-wave = Vague
reports-col-locale = Langue
reports-col-role = Rôle
reports-col-item = Question
reports-col-item-label = Énoncé
reports-col-section = Section
reports-col-type = Type
reports-col-value = Valeur
reports-col-value-label = Libellé de la valeur
reports-col-reverse = Codage inversé
reports-col-score = Score
reports-col-index = Indice
reports-col-index-label = Nom de l’indice
reports-col-group = Groupe
reports-col-group-label = Nom du groupe
reports-col-n = Personnes répondantes (n)
reports-col-mean = Moyenne
reports-col-ci-low = IC à 95 %, borne inférieure
reports-col-ci-high = IC à 95 %, borne supérieure
reports-col-shared-items = Questions comparées (communes aux deux versions)
reports-col-major-barrier-pct = Jugé obstacle majeur (%)
reports-col-responses = Réponses
reports-col-from-wave = Vague de départ
reports-col-to-wave = Vague d’arrivée
reports-col-difference = Variation
reports-col-domain = Domaine
reports-col-domain-label = Nom du domaine
reports-col-points = Points
reports-col-max-points = Points maximum
reports-col-percent = Score (%)
reports-col-band = Niveau
reports-col-band-label = Nom du niveau
reports-col-stage = Étape
reports-col-stage-label = Nom de l’étape
reports-col-done = Jalons atteints
reports-col-total = Jalons
reports-col-required-done = Jalons requis atteints
reports-col-required-total = Jalons requis
reports-col-reached = Étape atteinte (1 = oui)
reports-col-current-stage = Étape actuelle
reports-col-current-stage-label = Nom de l’étape actuelle

## Pourquoi un résultat est masqué
reports-hidden-primary = moins de { $k } personnes répondantes
reports-hidden-complementary = masqué pour protéger un autre groupe
reports-col-eligible = Admissibles (membres de l’équipe)
reports-col-response-rate-pct = Taux de réponse (%)
reports-col-team = Équipe
reports-team-size = { $members ->
        [one] 1 membre
       *[other] { $members } membres
    }, dont { $peers ->
        [0] aucun pair
        [one] 1 pair
       *[other] { $peers } pairs
    }
reports-team-not-recorded = Taille de l’équipe non inscrite : pas de taux de réponse
reports-rate-cell = { $answered } sur { $eligible } ({ $rate })
