# Le calendrier de soutien : types et sujets (support/kinds.toml), langues, et les messages de la
# ligne de commande.

## Types de soutien
support-kind-training = Formation
support-kind-coaching = Séance de coaching
support-kind-wrap = Formation WRAP® (planification du rétablissement et du mieux-être, WRAPMC)
support-kind-evaluation-oversight = Rencontre de suivi de l’évaluation
support-kind-community-of-practice = Séance de la communauté de pratique
support-kind-other = Autre activité

## Sujets des formations
support-topic-peer-support-values = Valeurs du soutien par les pairs
support-topic-peer-movement-history = Histoire du mouvement des pairs
support-topic-anti-oppression = Pratique anti-oppressive
support-topic-peer-roles = Rôles des pairs aidants et paires aidantes dans l’organisme
support-topic-other = Autre sujet

## Langues d’une activité
support-language-fr = Français
support-language-en = Anglais
support-language-both = Français et anglais

## parite support
support-unknown-kind = « { $kind } » n’est pas un type de soutien. Types : { $kinds }.
support-unknown-topic = « { $topic } » n’est pas un sujet de { $kind }. Sujets : { $topics }.
support-no-topics = { $kind } n’a pas de sujets : retirez --topic.
support-label-needed = Une activité de ce type doit être nommée (--label).
support-bad-date = « { $date } » n’est pas une date : écrivez-la 2027-01-05.
support-bad-language = « { $language } » n’est pas une langue d’activité : utilisez fr, en ou both.
support-bad-series = Cette série ne peut pas être planifiée : { $reason }.
support-series-interval = répétez toutes les 1 à 52 semaines
support-series-ends-before = la dernière date précède la première
support-series-too-many = plus de { $most } séances
support-bad-attendance = « { $value } » n’est pas une présence : écrivez ORG=PAIRS,PERSONNEL (pour WRAP, ORG=PAIRS,PERSONNEL,TERMINÉ), p. ex. centre-est=3,8.
support-planned = { $count ->
        [one] Activité planifiée
       *[other] { $count } activités planifiées
    } pour { $orgs } : { $ids }
support-delivered = Activité { $id } marquée comme offerte le { $date }.
support-cancelled = Activité { $id } annulée.
support-list-header = date	type	état	minutes	langue	animation	id
support-list-empty = Aucune activité n’est planifiée pour { $slug }.
support-state-planned = planifiée
support-state-delivered = offerte le { $date }
support-state-cancelled = annulée ({ $reason })
setup-support-kinds-invalid = Les types de soutien intégrés à ce programme sont invalides : lancez « parite check ».

## La page du calendrier (/orgs/{slug}/support)
orgs-support-link = Calendrier de soutien
audit-action-support-plan = Soutien planifié
audit-action-support-deliver = Soutien offert
audit-action-support-cancel = Soutien annulé
support-page-title = Calendrier de soutien
support-summary = { $delivered } { $delivered ->
        [one] offerte
       *[other] offertes
    }, { $planned } encore { $planned ->
        [one] planifiée
       *[other] planifiées
    }.
support-schedule-title = Activités
support-empty = Aucune activité n’est encore planifiée.
support-attendance = Présences : { $peers } { $peers ->
        [one] pair aidant ou paire aidante
       *[other] pairs aidants et paires aidantes
    }, { $staff } { $staff ->
        [one] membre
       *[other] membres
    } du personnel.
support-wrap-completed = { $count } { $count ->
        [one] a terminé
       *[other] ont terminé
    } la formation WRAP.
support-shared-with = Partagée avec { $orgs }.
support-minutes = { $minutes } min
support-peer-facilitator = { $name } (animation par un pair aidant ou une paire aidante)
support-record = Consigner la tenue ou l’annulation
support-deliver-legend = Activité offerte, avec les présences (des nombres, jamais des noms)
support-delivered-on = Jour où elle a eu lieu
support-peers-of = Pairs aidants et paires aidantes présents — { $org }
support-staff-of = Membres du personnel présents — { $org }
support-completed-of = Pairs ayant terminé la formation WRAP — { $org }
support-deliver = Marquer comme offerte
support-cancel-reason = Raison de l’annulation
support-cancel = Annuler cette activité
support-plan-title = Planifier une activité
support-field-kind = Type de soutien
support-field-topic = Sujet (formation)
support-no-topic = Aucun sujet
support-field-label = Nom de l’activité (pour « Autre activité »)
support-field-date = Date (première séance)
support-field-every-weeks = Répéter toutes les … semaines (laissez vide pour une seule séance)
support-field-until = Jusqu’au (dernière date possible de la série)
support-field-minutes = Durée de chaque séance, en minutes
support-field-language = Langue
support-field-facilitator = Animation
support-field-peer = La personne qui anime est une paire aidante ou un pair aidant (savoir expérientiel)
support-field-also = Aussi pour (activité commune)
support-field-also-hint = Une formation donnée à plusieurs organismes à la fois se planifie une seule fois ; la présence de chaque organisme est consignée lorsqu’elle est donnée.
support-plan = Planifier
support-notice-planned = L’activité est planifiée.
support-notice-delivered = L’activité est marquée comme offerte.
support-notice-cancelled = L’activité est annulée.
support-error-kind = Choisissez un type de soutien.
support-error-topic = Choisissez un des sujets de ce type, ou aucun.
support-error-label = Nommez cette activité.
support-error-too-long = Raccourcissez ce texte à { $max } caractères ou moins.
support-error-date = Entrez une date comme 2027-01-05.
support-error-date-future = On ne peut pas consigner la tenue d’une activité à venir.
support-error-minutes = Entrez une durée de 1 à 14 400 minutes.
support-error-language = Choisissez une langue.
support-error-also = Choisissez seulement des organismes avec lesquels vous travaillez.
support-error-every-weeks = Entrez un nombre de semaines de 1 à 52.
support-error-until = Entrez la dernière date de la série, égale ou postérieure à la première.
support-error-too-many = Une série compte au plus 104 séances : choisissez une dernière date plus proche.
support-error-counts = Entrez combien de pairs et de membres du personnel sont venus de chaque organisme (0 si personne).
support-error-completed = Les pairs ayant terminé la formation WRAP ne peuvent pas dépasser ceux qui sont venus.
support-error-reason = Dites pourquoi l’activité est annulée.
