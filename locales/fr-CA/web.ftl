## Toutes les pages

layout-skip-to-content = Aller au contenu
layout-language-nav = Langue
layout-language-name = Français
layout-footer = Parité — la participation des pairs, mesurée. Vos réponses aux sondages sont anonymes.

## Formulaires

form-required = obligatoire
form-error-summary-title = { $count ->
        [one] Il y a 1 problème sur cette page
       *[other] Il y a { $count } problèmes sur cette page
    }
form-error-title-prefix = { $count ->
        [one] Erreur :
       *[other] { $count } erreurs :
    }

## Erreurs de saisie

field-required = Veuillez répondre à cette question.
field-not-a-choice = Veuillez choisir l’une des options proposées.
field-not-a-number = Veuillez entrer un nombre, par exemple 3 ou 3,5.
field-not-a-whole-number = Veuillez entrer un nombre entier, par exemple 3.
field-out-of-range = Veuillez entrer un nombre de { $min } à { $max }.
field-too-long = Veuillez raccourcir votre réponse à { $max } caractères ou moins (elle en compte { $length }).
field-too-few-selected = Veuillez en choisir au moins { $min }.
field-too-many-selected = Veuillez en choisir au plus { $max }.

## Le sondage

survey-privacy-title = Votre vie privée
survey-privacy-collected = Quand vous appuyez sur « Commencer le sondage », une réponse est enregistrée sur notre serveur : le sondage auquel elle répond, la langue dans laquelle vous répondez, son état (brouillon ou envoyée) et les moments où elle a été commencée, enregistrée pour la dernière fois et envoyée (date et heure, à la seconde près).
survey-privacy-not-collected = Nous ne recueillons ni votre nom, ni votre adresse courriel, ni compte, ni votre adresse IP, ni votre appareil. Vos réponses ne peuvent pas être associées à vous.
survey-privacy-who-sees = Les personnes chargées de l’évaluation qui accompagnent votre organisme voient les réponses ; votre organisme et les bailleurs de fonds ne voient que des résultats combinés, jamais vos commentaires.
survey-privacy-small-groups = Les résultats d’un groupe de moins de { $min } personnes ne sont jamais affichés.
survey-privacy-stop = Toutes les questions sont facultatives, sauf votre rôle. Vous pouvez arrêter à tout moment. Une fois que vous avez appuyé sur « Envoyer mes réponses », elles ne peuvent plus être modifiées.
survey-privacy-stop-no-role = Toutes les questions sont facultatives. Vous pouvez arrêter à tout moment. Une fois que vous avez appuyé sur « Envoyer mes réponses », elles ne peuvent plus être modifiées.
survey-closes = Ce sondage est ouvert jusqu’au { $date }.
survey-consent-label = J’ai lu ce qui précède et j’accepte de participer.
survey-consent-required = Veuillez confirmer que vous acceptez de participer.
survey-start = Commencer le sondage
survey-resume-title = Reprendre un sondage enregistré
survey-resume-label = Votre code de reprise
survey-resume-hint = Le code qui vous a été montré lors de l’enregistrement, soit 12 lettres et chiffres, par exemple K7PM-4QXD-9WTR.
survey-resume-button = Reprendre
survey-resume-unknown = Ce code de reprise est introuvable. Vérifiez-le et réessayez.
survey-resume-expired = Ce code de reprise est expiré. Vous pouvez recommencer le sondage.
survey-progress = Section { $number } de { $count }
survey-next = Suivant
survey-back = Précédent
survey-review = Relire mes réponses
survey-save-later = Enregistrer et continuer plus tard
survey-saved-title = Vos réponses sont enregistrées
survey-saved-intro = Pour continuer plus tard, ouvrez de nouveau le lien du sondage et entrez ce code :
survey-saved-expires = Ce code est valide jusqu’au { $date }.
survey-saved-once = Notez-le maintenant : pour protéger votre vie privée, il ne sera plus affiché.
survey-saved-continue = Continuer maintenant
survey-review-title = Relisez vos réponses
survey-review-intro = Vérifiez vos réponses, puis envoyez-les. Vous pouvez encore modifier chaque section.
survey-review-missing = { $count ->
        [one] 1 question obligatoire est sans réponse
       *[other] { $count } questions obligatoires sont sans réponse
    }
survey-review-edit = Modifier « { $section } »
survey-not-answered = Sans réponse
survey-submit = Envoyer mes réponses
survey-thanks-title = Merci !
survey-thanks-body = Vos réponses ont bien été reçues. Elles aideront votre organisme à faire participer les pairs à ses services.
survey-thanks-close = Vous pouvez maintenant fermer cette page.

## Pages qui expliquent un problème

error-not-found-title = Page introuvable
error-not-found-body = Cette adresse n’existe pas. Vérifiez le lien que vous avez reçu.
error-invitation-title = Ce lien de sondage ne fonctionne pas
error-invitation-body = Le lien est erroné ou a été retiré. Demandez-en un nouveau à la personne qui vous l’a envoyé.
error-wave-not-open-title = Ce sondage n’est pas encore ouvert
error-wave-not-open-body = Il ouvrira le { $date }. Revenez à ce moment-là.
error-wave-closed-title = Ce sondage est fermé
error-wave-closed-body = Il a pris fin le { $date }. Merci de votre intérêt.
error-unavailable-title = Parité est momentanément indisponible
error-unavailable-saved = Vos réponses n’ont pas été perdues : elles avaient été enregistrées avant le problème. Veuillez réessayer dans quelques minutes.
error-unavailable-not-saved = Vos dernières réponses n’ont pas pu être enregistrées. Revenez en arrière, gardez cette page ouverte et réessayez dans quelques minutes.
error-bad-request-title = Cette demande n’a pas pu être traitée
error-bad-request-body = Le formulaire envoyé ne correspond pas au sondage. Veuillez recharger la page et réessayer.
error-session-title = Cette page a expiré
error-session-body = Pour votre sécurité, revenez en arrière, rechargez la page et envoyez-la de nouveau.

## Accueil

home-title = Parité : la participation des pairs, mesurée
home-intro = Parité aide les organismes de santé et de services sociaux à voir dans quelle mesure ils font participer les pairs — des personnes ayant un vécu expérientiel en santé mentale ou en consommation de substances — à la conception, à la prestation et à l’évaluation de leurs services.
home-respondents = Vous avez reçu un lien vers un sondage ? Ouvrez-le pour participer : aucun compte n’est nécessaire et vos réponses sont anonymes.
home-your-pages = Aller à vos pages

## Sondage — ce qui est gardé avant l’envoi, longueur des textes, nouvelle réponse sur un appareil partagé

survey-privacy-drafts = Avant que vous appuyiez sur « Envoyer mes réponses », vos réponses jusque-là, avec le rôle que vous choisissez, sont enregistrées sur notre serveur comme brouillon chaque fois que vous passez à une autre section ou que vous enregistrez pour continuer plus tard. Votre navigateur garde un témoin (cookie) contenant une clé aléatoire de ce brouillon ; si vous enregistrez pour continuer plus tard, seule une forme brouillée (un hachage) de votre code de reprise est gardée. Les brouillons jamais envoyés ne comptent dans aucun résultat.
survey-text-limit = Jusqu’à { $max } caractères.
survey-thanks-another-title = Une autre personne répond sur cet appareil ?
survey-thanks-another-hint = Vos réponses sont envoyées et restent telles quelles. La personne suivante commence une nouvelle réponse, vide.
survey-thanks-another = Commencer une nouvelle réponse
