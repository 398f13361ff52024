# Exportations détaillées (crates/parite-reports/src/export/) : cotes des grilles, jalons et
# calendrier de soutien, ligne par ligne, et les colonnes des dictionnaires de codes.

reports-col-version = Version
reports-col-condition = Posée seulement si
reports-col-required = Obligatoire (1 = oui)
reports-col-assessment = Évaluation
reports-col-checklist-version = Version de la grille
reports-col-assessment-kind = Cotée par
reports-col-status = Statut
reports-col-rater = Personne évaluatrice
reports-col-submitted-at = Transmise (UTC)
reports-col-rating = Cote
reports-col-rating-label = Nom de la cote
reports-col-not-applicable = Sans objet (1 = oui)
reports-col-sources = Sources des preuves
reports-col-evidence = Preuves
reports-assessment-kind-rater = Une personne évaluatrice
reports-assessment-kind-consensus = Consensus des personnes évaluatrices
reports-status-draft = Brouillon
reports-status-submitted = Transmise
reports-no = Non
reports-yes = Oui
reports-col-progress-version = Version des jalons
reports-col-action = Inscrit comme
reports-col-day = Jour
reports-col-recorded-by = Inscrit par
reports-col-recorded-at = Inscrit le (UTC)
reports-milestone-done = Atteint
reports-milestone-undone = Annulé
reports-col-activity = Activité
reports-col-series = Série
reports-col-topic = Sujet
reports-col-activity-label = Titre
reports-col-planned-on = Prévue le
reports-col-duration-minutes = Durée (minutes)
reports-col-session-language = Langue
reports-col-facilitator = Animation
reports-col-facilitator-is-peer = Animée par un pair (1 = oui)
reports-col-state = État
reports-col-delivered-on = Tenue le
reports-col-cancel-reason = Raison de l’annulation
reports-col-peers-attending = Pairs présents
reports-col-staff-attending = Membres du personnel présents
reports-activity-planned = Prévue
reports-activity-delivered = Tenue
reports-activity-cancelled = Annulée

## Liens de la page d’un organisme (personnes évaluatrices et administratrices)
orgs-items-ratings-link = Cotes des grilles, toutes les personnes évaluatrices (CSV, une ligne par cote)
orgs-items-ratings-wide-link = Cotes des grilles (CSV, une ligne par évaluation)
orgs-items-consensus-link = Cotes consensuelles (CSV, une ligne par cote)
orgs-items-milestones-link = Jalons inscrits, avec leurs preuves (CSV)
orgs-items-support-link = Calendrier de soutien, activité par activité (CSV)
orgs-items-syntax-r-link = … son script R
orgs-items-syntax-spss-link = … sa syntaxe SPSS
orgs-items-syntax-stata-link = … son fichier do Stata

## Les instruments et leurs livres de codes (/instruments/)
nav-instruments = Instruments
instruments-title = Instruments et livres de codes
instruments-intro = Chaque questionnaire, grille et liste de jalons qu’utilise ce site, dans chaque version encore utilisée. Chaque livre de codes dit ce que signifient chaque question, chaque code et chaque pointage : les colonnes des téléchargements.
instruments-kind-survey = Questionnaire anonyme
instruments-kind-checklist = Grille cotée par les personnes évaluatrices
instruments-kind-progress = Jalons de mise en œuvre
instruments-version = Version { $version }
instruments-codebook-title = { $title }, version { $version } : livre de codes
instruments-codebook-csv = Télécharger le livre de codes (CSV)
instruments-codes = Codes et libellés
instruments-scoring = Indice (codage inversé ?)
instruments-score = { $score ->
        [one] 1 point
       *[other] { $score } points
    }
instruments-required = (obligatoire)
instruments-condition = Posée seulement si { $condition }
instruments-reversed = codage inversé
orgs-survey-file = { $survey } : { $file }
