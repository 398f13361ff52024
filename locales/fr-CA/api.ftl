# Les problèmes de l’API JSON (RFC 9457) : un titre et un détail pour chaque sorte de problème.

api-problem-unauthorized-title = Authentification requise
api-problem-unauthorized-detail = Envoyez un jeton d’API personnel valide dans l’en-tête Authorization : Bearer parite_… (créez-en un sur la page de votre compte).
api-problem-forbidden-title = Accès refusé
api-problem-forbidden-detail = Le rôle de votre compte ne donne pas accès à cette ressource.
api-problem-not-found-title = Introuvable
api-problem-not-found-detail = Il n’y a rien à cette adresse, ou elle est hors de vos accès.
api-problem-bad-parameter-title = Paramètre invalide
api-problem-bad-parameter-detail = Le paramètre « { $parameter } » a une valeur que cette adresse n’accepte pas.
api-problem-rate-limited-title = Trop de requêtes
api-problem-rate-limited-detail = { $seconds ->
        [one] Ce jeton a fait trop de requêtes. Veuillez attendre 1 seconde, puis réessayer.
       *[other] Ce jeton a fait trop de requêtes. Veuillez attendre { $seconds } secondes, puis réessayer.
    }
api-problem-unavailable-title = Service indisponible
api-problem-unavailable-detail = Le service ne peut pas répondre pour le moment. Veuillez réessayer dans quelques minutes.
