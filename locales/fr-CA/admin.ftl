## La console d’administration

admin-title = Administration
admin-home-orgs = créer, renommer et archiver les organismes ; ouvrir et fermer leurs vagues de sondage ; gérer les liens d’invitation.
admin-home-people = créer des comptes, choisir leur rôle et les organismes qu’ils voient, les désactiver, donner un nouveau lien de mot de passe.
admin-home-audit = qui a fait quoi, et quand : connexions, exportations et chaque modification.
admin-status = État
admin-actions = Actions
admin-field-required = Veuillez remplir ce champ.
admin-field-too-long = Veuillez raccourcir ce texte.
admin-date-invalid = Veuillez entrer une date comme 2026-11-22.

## Organismes

admin-orgs-title = Organismes
admin-orgs-caption = Tous les organismes, y compris ceux qui sont archivés
admin-org-name = Nom
admin-org-slug = Nom court
admin-org-slug-hint = Utilisé dans les adresses : lettres minuscules, chiffres et traits d’union, par exemple centre-horizon.
admin-org-slug-line = Nom court : { $slug }
admin-org-slug-invalid = Veuillez utiliser seulement des lettres minuscules, des chiffres et des traits d’union (64 au plus).
admin-org-slug-taken = Ce nom court est déjà utilisé par un autre organisme.
admin-org-active = Actif
admin-org-archived = Archivé
admin-orgs-create = Ajouter un organisme
admin-orgs-create-button = Ajouter l’organisme
admin-org-overview = Voir l’aperçu de l’organisme
admin-org-rename-title = Renommer
admin-org-rename-button = Renommer l’organisme
admin-org-archive-title = Archiver
admin-org-archive-hint = Un organisme archivé garde toutes ses données, mais n’apparaît plus dans les listes courantes.
admin-org-archive-button = Archiver l’organisme
admin-org-delete-title = Supprimer
admin-org-delete-explain = La suppression retire l’organisme et tout ce qui lui appartient — vagues, invitations, toutes les réponses, grilles, jalons et l’accès des personnes à cet organisme — immédiatement et définitivement. Les comptes des personnes restent. Téléchargez d’abord ses données si quelqu’un peut en avoir besoin.
admin-org-delete-export = Télécharger d’abord toutes les réponses (CSV)
admin-org-delete-confirm = Tapez l’identifiant de l’organisme pour confirmer
admin-org-delete-confirm-hint = Son identifiant est { $slug }.
admin-org-delete-mismatch = Rien n’a été supprimé : tapez exactement { $slug } pour confirmer.
admin-org-delete-button = Supprimer l’organisme et toutes ses données

## Vagues et invitations

admin-waves-title = Vagues de sondage
admin-waves-caption = Vagues de cet organisme, de la plus récente à la plus ancienne
admin-wave-label = Nom de la vague
admin-wave-label-hint = Par exemple « Automne 2026 ».
admin-wave-details = Détails
admin-wave-close = Fermer la vague
admin-wave-open-title = Ouvrir une vague
admin-wave-open-button = Ouvrir la vague
admin-wave-instrument = Instrument
admin-wave-instrument-option = { $title } (version { $version })
admin-wave-instrument-unknown = Veuillez choisir l’un des instruments proposés.
admin-wave-closes = Date de fermeture (facultative)
admin-wave-closes-hint = Le sondage ferme à la fin de cette journée. Laissez vide pour le fermer vous-même.
admin-wave-closes-past = Veuillez choisir une date qui n’est pas déjà passée.
admin-invitation-create = Créer un autre lien
admin-invitation-revoke = Retirer ce lien

## Personnes

admin-people-title = Personnes
admin-people-caption = Tous les comptes
admin-people-role = Rôle
admin-people-role-hint = Les administratrices et administrateurs voient tout ; les personnes évaluatrices, les responsables d’équipe et les bailleurs de fonds ne voient que les organismes cochés ci-dessous.
admin-people-scope = Organismes
admin-people-scope-hint = Les organismes que cette personne peut voir.
admin-people-create = Ajouter une personne
admin-people-create-button = Ajouter la personne et obtenir son lien de mot de passe
admin-person-active = Actif
admin-person-disabled = Désactivé
admin-person-status = { $role } — { $status }
admin-person-access-title = Rôle et organismes
admin-person-access-button = Enregistrer le rôle et les organismes
admin-person-reset-title = Mot de passe oublié
admin-person-reset-hint = Donne un nouveau lien à usage unique pour choisir un mot de passe. Les liens précédents cessent de fonctionner.
admin-person-reset-button = Donner un nouveau lien de mot de passe
admin-person-disable-hint = La personne ne peut plus se connecter, et ses sessions prennent fin partout aussitôt.
admin-person-disable-button = Désactiver le compte
admin-person-enable-button = Réactiver le compte
admin-email-invalid = Veuillez entrer une adresse courriel comme nom@exemple.org.
admin-email-taken = Un compte avec cette adresse courriel existe déjà.
admin-link-created = Compte créé
admin-link-reset = Nouveau lien de mot de passe
admin-link-intro = Remettez vous-même ce lien à { $email } (il n’est pas envoyé par courriel). Il permet de choisir un mot de passe et fonctionne pendant { $hours } heures.
admin-link-once = Le lien ne fonctionne qu’une fois. Il ne sera plus affiché.
admin-link-back = Retour à cette personne

## Le journal d’audit

admin-audit-title = Journal d’audit
admin-audit-caption = Du plus récent au plus ancien
admin-audit-filter = Afficher
admin-audit-when = Quand
admin-audit-who = Personne
admin-audit-action = Action
admin-audit-target = Sur
admin-audit-details = Détails
admin-audit-from = Du (date)
admin-audit-until = Au (date, incluse)
admin-audit-everyone = Tout le monde
admin-audit-every-action = Toutes les actions
admin-audit-nobody = Sans connexion
admin-audit-more = Entrées plus anciennes
admin-audit-at = { $date }, { $hour } h { $minute } UTC
audit-action-sign-in = Connexion
audit-action-sign-in-failed = Échec de connexion
audit-action-sign-out = Déconnexion
audit-action-sign-out-everywhere = Déconnexion partout
audit-action-password-set = Mot de passe choisi
audit-action-org-create = Organisme ajouté
audit-action-org-rename = Organisme renommé
audit-action-org-archive = Organisme archivé
audit-action-org-delete = Organisme supprimé avec toutes ses données
audit-action-user-create = Compte créé
audit-action-user-role = Rôle et organismes modifiés
audit-action-user-disable = Compte désactivé
audit-action-user-enable = Compte réactivé
audit-action-user-password-link = Lien de mot de passe donné
audit-action-wave-open = Vague ouverte
audit-action-wave-close = Vague fermée
audit-action-invitation-create = Lien d’invitation créé
audit-action-invitation-revoke = Lien d’invitation retiré
audit-action-export = Données exportées
audit-action-export-raw = Réponses brutes exportées (commentaires inclus)
audit-action-report-download = Rapport téléchargé
audit-action-checklist-submit = Cotation de fidélité envoyée
audit-action-consensus-submit = Cotation consensuelle envoyée
audit-action-milestone-done = Jalon marqué comme atteint
audit-action-milestone-undo = Jalon annulé

## L’aperçu d’un organisme

orgs-waves-title = Vagues de sondage
orgs-no-waves = Aucune vague n’a encore été ouverte.
orgs-wave-summary = { $instrument }, version { $version } — { $status }, du { $opens } au { $closes }.
orgs-wave-open = ouverte
orgs-wave-closed = fermée
orgs-invitations-caption = Liens d’invitation et réponses reçues par chacun
orgs-invitation-link = Lien
orgs-submitted = Envoyées
orgs-drafts = Commencées, non envoyées
orgs-revoked = retiré

## Fermeture d’une vague, délai de grâce, réouverture

audit-action-wave-reopen = Vague rouverte
audit-action-wave-grace = Délai de grâce d’une vague modifié
admin-wave-close-title = Fermer la vague « { $wave } » ?
admin-wave-close-explain = Une fois la vague fermée, le lien du sondage n’accepte plus de nouvelles personnes et les résultats de la vague deviennent définitifs.
admin-wave-close-drafts = Les personnes qui ont commencé avant la fermeture peuvent encore terminer et envoyer leurs réponses pendant le délai de grâce ci-dessous. Une personne administratrice peut rouvrir la vague plus tard.
admin-wave-close-confirm = Oui, fermer la vague
admin-wave-close-cancel = Annuler et revenir à la vague
admin-wave-grace-title = Délai de grâce après la fermeture
admin-wave-grace-days = Délai de grâce, en jours
admin-wave-grace-days-hint = De 0 à { $max } jours. Les brouillons commencés avant la fermeture peuvent être envoyés pendant ce délai.
admin-wave-grace-days-invalid = Veuillez entrer un nombre entier de jours de 0 à { $max }.
admin-wave-grace-button = Enregistrer le délai de grâce
admin-wave-grace-open = Une fois la vague fermée, les brouillons commencés avant la fermeture pourront être envoyés pendant { $days } jours.
admin-wave-grace-closed = Les brouillons commencés avant la fermeture peuvent être envoyés pendant { $days } jours, jusqu’au { $date }.
admin-wave-reopen = Rouvrir la vague
admin-wave-reopen-hint = Rouvrir la vague permet à de nouvelles personnes de commencer ; la vague n’a alors plus de date de fermeture.

## Le journal d’audit : actions en ligne de commande et connexions ralenties

audit-action-sign-in-throttled = Connexions refusées (trop d’échecs)
audit-action-backup = Base de données sauvegardée
audit-action-purge-drafts = Anciens brouillons supprimés
audit-action-restore = Base de données restaurée d’une sauvegarde
audit-action-api-token-create = Jeton d’API créé
audit-action-api-token-revoke = Jeton d’API révoqué
audit-action-api-table = Tableau de rapport lu par l’API
audit-action-api-responses = Réponses détaillées lues par l’API (commentaires inclus)
audit-action-demo-seed = Données de démonstration générées
audit-action-demo-accounts = Comptes de démonstration créés
audit-action-identity-normalize = Adresses courriel et noms réécrits sous une seule graphie

## Une vague sans date de fermeture, dans l’aperçu d’un organisme
orgs-wave-summary-open-ended = { $instrument }, version { $version } — { $status }, à partir du { $opens }, sans date de fermeture.
orgs-latest-checklist-link = Grille de fidélité ({ $wave })
orgs-raw-long-link = Réponses brutes (CSV, une ligne par réponse à une question)
orgs-raw-wide-link = Réponses brutes (CSV, une ligne par questionnaire)
orgs-raw-syntax-r-link = Script R qui lit les réponses brutes (une ligne par questionnaire)
orgs-raw-syntax-spss-link = Syntaxe SPSS qui lit les réponses brutes (une ligne par questionnaire)
orgs-raw-syntax-stata-link = Fichier do Stata qui lit les réponses brutes (une ligne par questionnaire)
orgs-raw-codebook-link = Livre de codes des réponses brutes (CSV)
orgs-list-empty = Aucun organisme n’est encore associé à votre compte. Un administrateur ou une administratrice peut en ajouter un à votre compte.
audit-action-wave-team = Équipe d’une vague inscrite
admin-wave-team-title = Équipe sondée
admin-wave-team-members = Membres de l’équipe de mise en œuvre
admin-wave-team-members-hint = Toutes les personnes invitées à répondre à cette vague, pairs compris (de 1 à { $max }). Laissez les deux champs vides si vous ne savez pas.
admin-wave-team-members-invalid = Veuillez inscrire un nombre entier de membres de 1 à { $max }.
admin-wave-team-peers = Dont des pairs
admin-wave-team-peers-hint = Membres ayant un savoir expérientiel en santé mentale ou en consommation de substances. Un nombre seulement : aucun nom n’est inscrit.
admin-wave-team-peers-invalid = Veuillez inscrire un nombre entier de pairs (0 s’il n’y en a aucun).
admin-wave-team-peers-too-many = Une équipe ne peut pas compter plus de pairs que de membres.
admin-wave-team-button = Enregistrer l’équipe
admin-wave-team-none = Aucune taille d’équipe n’est encore inscrite : les rapports donnent le nombre de personnes qui ont répondu, pas un taux de réponse.
admin-wave-team-recorded = { $members ->
        [one] 1 membre
       *[other] { $members } membres
    }, dont { $peers ->
        [0] aucun pair
        [one] 1 pair
       *[other] { $peers } pairs
    } : les rapports donnent le taux de réponse de chaque groupe par rapport à ces nombres.
