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
