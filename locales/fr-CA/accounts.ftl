## Connexion et déconnexion

nav-account-label = Compte
nav-admin = Administration
auth-sign-in = Se connecter
auth-sign-in-title = Se connecter à Parité
auth-sign-in-help = Les comptes sont destinés aux personnes évaluatrices, aux responsables d’équipe, aux bailleurs de fonds et aux administratrices et administrateurs. Pour répondre à un sondage, aucun compte n’est nécessaire : ouvrez le lien qui vous a été envoyé.
auth-email = Adresse courriel
auth-password = Mot de passe
auth-email-required = Veuillez entrer votre adresse courriel.
auth-password-required = Veuillez entrer votre mot de passe.
auth-wrong-credentials = L’adresse courriel ou le mot de passe est incorrect.
auth-throttled-seconds = { $seconds ->
        [one] Trop de tentatives infructueuses. Veuillez attendre 1 seconde, puis réessayer.
       *[other] Trop de tentatives infructueuses. Veuillez attendre { $seconds } secondes, puis réessayer.
    }
auth-throttled-minutes = { $minutes ->
        [one] Trop de tentatives infructueuses. Veuillez attendre 1 minute, puis réessayer.
       *[other] Trop de tentatives infructueuses. Veuillez attendre { $minutes } minutes, puis réessayer.
    }
auth-account-title = Votre compte
auth-signed-in-as = Vous êtes connecté ou connectée en tant que { $email } ({ $role }).
auth-account-pages = Vos pages
auth-sign-out = Se déconnecter
auth-sign-out-everywhere = Se déconnecter partout
auth-sign-out-everywhere-hint = Met fin à vos sessions sur tous les ordinateurs et téléphones, par exemple si vous avez ouvert une session sur un appareil partagé.
auth-forbidden-title = Vous n’avez pas accès à cette page
auth-forbidden-body = Votre compte ne donne pas accès à cette page. Si vous en avez besoin, adressez-vous à l’équipe d’administration.
auth-back-home = Retour à l’accueil

## Rôles

role-admin = Administratrice ou administrateur
role-evaluator = Personne évaluatrice
role-team-lead = Responsable d’équipe
role-funder = Bailleur de fonds

## Choisir un mot de passe à partir d’un lien à usage unique

auth-password-title = Choisissez votre mot de passe
auth-password-intro = Ce mot de passe servira à vous connecter en tant que { $email }.
auth-new-password = Nouveau mot de passe
auth-new-password-hint = Au moins 12 caractères. Quelques mots dont vous vous souviendrez font un bon mot de passe ; les mots de passe courants, et ceux qui contiennent votre adresse courriel, sont refusés.
auth-confirm-password = Le même mot de passe, de nouveau
auth-password-save = Enregistrer mon mot de passe
auth-password-done-title = Votre mot de passe est enregistré
auth-password-done-body = Vous pouvez maintenant vous connecter avec votre adresse courriel et ce mot de passe.
auth-link-invalid-title = Ce lien ne fonctionne plus
auth-link-invalid-body = Un lien de mot de passe ne fonctionne qu’une fois et pendant 72 heures. Demandez-en un nouveau à l’équipe d’administration.
password-too-short = Veuillez utiliser au moins 12 caractères.
password-too-long = Veuillez utiliser au plus 128 caractères.
password-common = Ce mot de passe est trop courant. Veuillez en choisir un autre, par exemple quelques mots dont vous vous souviendrez.
password-mismatch = Les deux mots de passe ne sont pas identiques.

## parite user add

user-password-prompt = Mot de passe de { $email } (non affiché) :
user-password-again = Le même mot de passe, de nouveau :
user-password-none = Aucun mot de passe n’a été donné sur l’entrée standard.
user-bad-email = « { $email } » n’est pas une adresse courriel.
user-bad-role = Rôle inconnu « { $role } » (attendu : admin, evaluator, team_lead ou funder).
user-unknown-org = Aucun organisme « { $slug } ».
user-email-taken = Un compte avec l’adresse courriel { $email } existe déjà.
user-added = Compte { $email } créé ({ $role }).

## Requêtes venant d’autres sites

error-cross-site-title = Ce formulaire vient d’un autre site
error-cross-site-body = Pour votre sécurité, seuls les formulaires des pages de ce site sont acceptés. Ouvrez la page ici, puis envoyez-la de nouveau.

## Nouveaux mots de passe : ce qui est aussi refusé

password-blank = Un mot de passe ne peut pas être fait que d’espaces.
password-contains-email = Veuillez choisir un mot de passe qui ne contient pas votre adresse courriel.
password-printed-by-demo = Ce mot de passe a été affiché par la démo et d’autres le connaissent. Veuillez en choisir un autre.
nav-organizations = Organismes
nav-my-organization = Mon organisme
nav-funders = Vue d’ensemble des organismes
nav-trail-label = Vous êtes ici

## Jetons d’API personnels (page du compte)

auth-tokens-title = Jetons d’API
auth-tokens-intro = Un jeton d’API personnel permet à vos propres scripts de lire, en JSON, ce que vous pouvez voir ici : les mêmes organismes, les mêmes rapports et les mêmes données masquées. Il agit avec votre rôle et vos accès actuels, et cesse de fonctionner lorsqu’il est révoqué, lorsqu’il expire ou si votre compte est désactivé. Gardez-le secret, comme un mot de passe.
auth-tokens-openapi = La description technique de l’API (OpenAPI, JSON)
auth-tokens-none = Vous n’avez aucun jeton d’API.
auth-tokens-caption = Vos jetons d’API
auth-token-name = Nom
auth-token-name-hint = Son usage, pour le reconnaître plus tard ({ $max } caractères au plus).
auth-token-name-required = Veuillez donner un nom au jeton.
auth-token-name-too-long = Veuillez raccourcir le nom à { $max } caractères ou moins.
auth-token-expires = Date d’expiration (facultative)
auth-token-expires-hint = Le jeton cesse de fonctionner à la fin de cette journée (UTC). Laissez vide pour un jeton qui n’expire pas.
auth-token-expires-invalid = Veuillez entrer une date comme 2027-03-31.
auth-token-expires-past = Veuillez entrer une date postérieure à aujourd’hui.
auth-token-create-title = Créer un jeton
auth-token-create = Créer le jeton
auth-token-created = Votre nouveau jeton est affiché ci-dessous, cette fois seulement. Copiez-le maintenant : il ne pourra plus être affiché.
auth-token-new-label = Nouveau jeton d’API
auth-token-created-on = Créé le
auth-token-expires-on = Expire le
auth-token-last-used = Dernière utilisation
auth-token-status = État
auth-token-never-expires = Jamais
auth-token-never-used = Jamais
auth-token-status-active = Actif
auth-token-status-revoked = Révoqué
auth-token-status-expired = Expiré
auth-token-revoke = Révoquer
auth-token-revoke-named = Révoquer le jeton { $name }
