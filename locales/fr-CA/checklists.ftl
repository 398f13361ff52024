### Grille de fidélité et avancement : pages des personnes évaluatrices — fr-CA.

## Grille de fidélité d’un organisme pour une vague

checklist-title = Grille de fidélité
checklist-subtitle = { $organization } — vague « { $wave } »
checklist-back = Retour à l’organisme
checklist-raters-title = Personnes évaluatrices
checklist-no-raters = Personne n’a encore commencé à coter cette grille.
checklist-no-raters-consensus = Une cotation consensuelle a été inscrite le { $date } ; il n’y a aucune cotation individuelle.
checklist-no-raters-consensus-draft = Une cotation consensuelle est en cours ; il n’y a aucune cotation individuelle.
checklist-rater-draft = cotation en cours
checklist-rater-submitted = cotation envoyée le { $date }
checklist-blind-note = Les cotes des autres personnes évaluatrices restent cachées jusqu’à ce que vous ayez envoyé les vôtres : chaque cotation reste ainsi indépendante.
checklist-own-title = Votre cotation
checklist-own-scores = Vos scores
checklist-own-ratings = Vos cotes et vos preuves
checklist-evidence = Preuves ou observations
checklist-sources = Sources utilisées (cochez toutes celles qui s’appliquent)
# { $sources } : les noms des sources, séparés par des virgules.
checklist-sources-used = Sources : { $sources }
checklist-save = Enregistrer le brouillon
checklist-submit = Envoyer ma cotation
checklist-unrated = Non coté
checklist-no-score = —
checklist-domain = Domaine
checklist-item = Élément
checklist-points-heading = Points
checklist-points = { $points } sur { $max }
checklist-score = Score
checklist-band = Niveau
checklist-notes = Remarques
checklist-overall = Fidélité globale
checklist-not-applicable-count = { $count ->
    [one] { $count } élément sans objet
   *[other] { $count } éléments sans objet
}
checklist-unrated-count = { $count ->
    [one] { $count } élément non coté
   *[other] { $count } éléments non cotés
}
checklist-incomplete = { $count ->
    [one] Il reste { $count } élément à coter avant d’envoyer la cotation.
   *[other] Il reste { $count } éléments à coter avant d’envoyer la cotation.
}
checklist-error-unrated = Cotez cet élément avant d’envoyer la cotation.
checklist-error-evidence-unrated = Choisissez une cote pour que ces preuves soient enregistrées.
checklist-error-evidence-too-long = Les preuves doivent compter au plus { $max } caractères.

## Accord entre les personnes évaluatrices

checklist-agreement-title = Accord entre les personnes évaluatrices
checklist-agreement-raters = { $count ->
    [one] Cotation comparée : { $count }.
   *[other] Cotations comparées : { $count }.
}
checklist-agreement-needs-two = L’accord s’affichera quand au moins deux personnes auront envoyé leur cotation.
checklist-kappa-cohen = Le kappa est celui de Cohen, pondéré de façon quadratique (deux personnes évaluatrices).
checklist-kappa-fleiss = Le kappa est celui de Fleiss (plus de deux personnes évaluatrices).
checklist-compared = Éléments comparés
checklist-exact-agreement = Accord exact
checklist-kappa = Kappa
checklist-kappa-none = —
checklist-kappa-undefined = non défini (toutes les cotes sont identiques)
checklist-disagreements-title = Éléments sur lesquels les cotes diffèrent
checklist-no-disagreements = Les cotes concordent pour tous les éléments.
checklist-rater-said = { $rater } : { $rating }

## Cotation consensuelle

checklist-consensus-title = Cotation consensuelle
checklist-consensus-start-hint = Après avoir discuté des écarts, la personne responsable de l’évaluation inscrit la cotation consensuelle. Les éléments sur lesquels tout le monde s’entend sont déjà remplis. Les rapports utilisent la cotation consensuelle ; les cotations de chaque personne sont conservées.
checklist-consensus-start = Commencer la cotation consensuelle
checklist-consensus-submit = Envoyer la cotation consensuelle
checklist-consensus-scores = Scores de la cotation consensuelle
checklist-consensus-in-progress = Cotation consensuelle en cours, inscrite par { $lead }.
checklist-consensus-recorded = Cotation consensuelle inscrite par { $lead }. C’est elle qu’utilisent les rapports.
checklist-consensus-refused-title = Action impossible
checklist-consensus-not-yet = La cotation consensuelle se fait après l’envoi de votre propre cotation, quand au moins une cotation a été envoyée.
checklist-consensus-not-lead = Seule la personne qui a commencé la cotation consensuelle, ou une personne administratrice, peut la modifier.

## Confirmations

checklist-notice-saved = Brouillon enregistré. Vous pouvez y revenir plus tard.
checklist-notice-submitted = Votre cotation a été envoyée. Vos scores sont ci-dessous.
checklist-notice-already-submitted = Cette cotation avait déjà été envoyée ; elle n’a pas été modifiée.
checklist-notice-consensus-started = Cotation consensuelle commencée.
checklist-notice-consensus-saved = Brouillon de la cotation consensuelle enregistré.
checklist-notice-consensus-submitted = La cotation consensuelle a été envoyée. Les rapports l’utilisent désormais.
checklist-notice-consensus-already = La cotation consensuelle avait déjà été envoyée ; elle n’a pas été modifiée.

## Liens depuis la page de l’organisme

orgs-checklist-link = Grille de fidélité de cette vague
orgs-progress-link = Avancement de la mise en œuvre

## Avancement de la mise en œuvre

progress-page-title = Avancement de la mise en œuvre
progress-current-stage = Étape actuelle : { $stage }
progress-not-started = pas encore commencée
progress-stages-caption = Achèvement des étapes et jours passés dans chacune
progress-stage = Étape
progress-required-done = Jalons obligatoires atteints
progress-all-done = Tous les jalons atteints
progress-reached = Étape atteinte le
progress-strength = Solidité de l’étape (jalons atteints)
progress-earlier-stage-unmet = L’étape « { $current } » est considérée comme atteinte, mais l’étape précédente « { $earlier } » compte encore { $missing ->
        [one] un jalon obligatoire non atteint
       *[other] { $missing } jalons obligatoires non atteints
    }.
progress-days-in-stage = Jours dans l’étape
progress-count = { $done } sur { $total }
progress-stage-not-reached = pas encore atteinte
progress-stage-no-required = dès le départ (aucun jalon obligatoire)
progress-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
progress-required = obligatoire
progress-not-done = Pas encore atteint.
progress-done-on = Atteint le { $date }. Preuves : { $evidence }
progress-date = Date
progress-evidence = Preuves ou observations
progress-mark-done = Marquer comme atteint
progress-undo-reason = Raison de l’annulation
progress-undo = Annuler ce jalon
progress-notice-done = Jalon marqué comme atteint.
progress-notice-undone = Jalon annulé. L’historique garde la trace des deux changements.
progress-error-date-required = Indiquez la date à laquelle le jalon a été atteint.
progress-error-date-invalid = Indiquez une date réelle, par exemple 2026-11-22.
progress-error-date-future = La date ne peut pas être dans le futur.
progress-error-evidence-required = Décrivez les preuves ou observations qui montrent que le jalon est atteint.
progress-error-reason-required = Indiquez pourquoi vous annulez ce jalon.
progress-error-too-long = Le texte doit compter au plus { $max } caractères.
progress-error-not-done = Ce jalon n’est plus marqué comme atteint : quelqu’un l’a déjà annulé.
progress-history-title = Historique des jalons
progress-history-empty = Aucun jalon n’a encore été marqué.
progress-recorded = Inscrit le
progress-milestone = Jalon
progress-action = Changement
progress-note = Preuves ou raison
progress-by = Par
progress-action-done = marqué comme atteint
progress-action-undone = annulé
