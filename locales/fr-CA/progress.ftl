### Avancement de la mise en œuvre (progress) — fr-CA.
### Structure et règle des étapes — surveys/progress.toml.

progress-title = Avancement de la mise en œuvre
progress-description = La personne évaluatrice marque chaque jalon comme atteint, avec une date et des preuves ou observations. L’étape actuelle est l’étape la plus avancée dont tous les jalons obligatoires sont atteints.

## Étape 1 — Exploration

progress-stage-exploration = Exploration
progress-stage-exploration-intro = Évaluer les besoins et l’adéquation du projet, puis décider d’aller de l’avant ou non.

progress-m-exp-1 = Besoins et adéquation évalués avec les partenaires communautaires.
progress-m-exp-2 = La direction a accepté de participer.
progress-m-exp-3 = Sondage de référence auprès de l’équipe réalisé.
# Version 2.
progress-m-exp-4 = Des pairs ont participé à la décision d’aller de l’avant.

## Étape 2 — Installation

progress-stage-installation = Installation
progress-stage-installation-intro = Mettre en place l’équipe, les rôles, les ressources et les outils nécessaires pour commencer.

progress-m-ins-1 = Équipe de mise en œuvre constituée, avec des pairs parmi ses membres.
progress-m-ins-2 = Rôles et rémunération des pairs définis.
progress-m-ins-3 = Outils et calendrier d’évaluation établis d’un commun accord.
progress-m-ins-4 = Calendrier de formation et d’accompagnement établi (y compris la formation WRAP — planification du rétablissement et du mieux-être).
# Version 2.
progress-m-ins-5 = Pairs aidants, paires aidantes ou partenaires pairs recrutés et accueillis.
progress-m-ins-6 = Boucle de rétroaction entre les pairs et la direction mise en place (qui rend compte de quoi, à qui, à quelle fréquence).

## Étape 3 — Mise en œuvre initiale

progress-stage-initial = Mise en œuvre initiale
progress-stage-initial-intro = Premières activités avec les pairs, appuyées par de l’accompagnement et une première évaluation de la fidélité.

progress-m-ini-1 = Premières activités de participation des pairs en cours.
progress-m-ini-2 = Première évaluation de la fidélité réalisée.
progress-m-ini-3 = Séances d’accompagnement tenues comme prévu.
progress-m-ini-4 = Sondage de suivi auprès de l’équipe réalisé.
# Version 2.
progress-m-ini-5 = Plan d’amélioration convenu avec les pairs à partir des premiers résultats de fidélité et du sondage.

## Étape 4 — Mise en œuvre complète

progress-stage-full = Mise en œuvre complète
progress-stage-full-intro = L’intégration des pairs fait partie des pratiques courantes, est financée et se réalise avec une fidélité élevée.

progress-m-ful-1 = Fidélité élevée (80 % ou plus) lors de deux évaluations consécutives.
progress-m-ful-2 = Postes de pairs financés à même le budget de fonctionnement régulier.
progress-m-ful-3 = Résultats communiqués à la communauté.
# Version 2.
progress-m-ful-1-target = Atteinte de la cible de fidélité du projet lors de deux évaluations consécutives.
progress-m-ful-4 = Participation des pairs inscrite dans les politiques, les descriptions de poste et la gouvernance.

## Ce que dit le calendrier de soutien à côté de ses jalons
progress-schedule-set = Le calendrier de soutien compte { $total } { $total ->
        [one] activité
       *[other] activités
    } : { $training } de formation, { $coaching } de coaching, { $wrap } WRAP.
progress-coaching-held = Séances de coaching prévues à ce jour et offertes : { $held } sur { $due } (calendrier de soutien).
