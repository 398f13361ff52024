## Résumé en langage clair en tête d'un rapport (la voix « summary »)

summary-title = En bref
summary-no-wave = Aucune vague du sondage n’a encore de réponses à présenter.
summary-barriers-too-few = Trop peu de personnes ont répondu à la vague { $wave } pour présenter les obstacles.
summary-barriers-too-few-count = { $count } personnes ont répondu à la vague { $wave } : c’est trop peu pour présenter les obstacles.
summary-barriers-one = Principal obstacle de la vague { $wave } : { $first }.
summary-barriers-two = Principaux obstacles de la vague { $wave } : { $first } et { $second }.
summary-barriers-three = Principaux obstacles de la vague { $wave } : { $first }, { $second } et { $third }.
summary-change-first = C’est la première vague : il n’y a pas encore de vague précédente à comparer.
summary-change-hidden = Trop peu de réponses pour comparer avec la vague { $previous }.
summary-change-same = Par rapport à la vague { $previous }, les obstacles sont à peu près les mêmes : aucun changement n’est net.
summary-change-down = { $barrier } : nettement plus bas qu’à la vague { $previous } (−{ $by } sur l’échelle de 1 à 5).
summary-change-up = { $barrier } : nettement plus haut qu’à la vague { $previous } (+{ $by } sur l’échelle de 1 à 5).
summary-answered-rate = { $count ->
        [one] 1 des { $eligible } membres de l’équipe a répondu à la vague { $wave } ({ $rate }).
       *[other] { $count } des { $eligible } membres de l’équipe ont répondu à la vague { $wave } ({ $rate }).
    }
summary-answered = { $count ->
        [one] 1 personne a répondu à la vague { $wave }.
       *[other] { $count } personnes ont répondu à la vague { $wave }.
    }
summary-answered-few = Trop peu de personnes ont répondu à la vague { $wave } pour en donner le nombre.
summary-fidelity = Dernière évaluation de la fidélité : { $band } ({ $min } ou plus).
summary-fidelity-lowest = Dernière évaluation de la fidélité : { $band }.
summary-fidelity-none = Aucune évaluation de la fidélité n’est encore enregistrée.
summary-stage = Étape actuelle de la mise en œuvre : { $stage }.
summary-stage-none = Aucune étape de la mise en œuvre n’est encore atteinte.
summary-overview-organizations = { $count ->
        [one] 1 organisme dans cette vue d’ensemble.
       *[other] { $count } organismes dans cette vue d’ensemble.
    }
summary-overview-not-started = Pas encore commencé : { $count ->
        [one] 1 organisme.
       *[other] { $count } organismes.
    }
summary-overview-stage = À l’étape « { $stage } » : { $count ->
        [one] 1 organisme.
       *[other] { $count } organismes.
    }
summary-overview-barrier = Obstacle le plus souvent parmi les principaux : { $barrier } (dans { $count ->
        [one] 1 organisme
       *[other] { $count } organismes
    } sur { $total }).
summary-overview-barrier-none = Trop peu de réponses pour nommer les obstacles qui reviennent le plus souvent.

## Le rapport communautaire : le même résumé en phrases courtes et simples

report-community-title = Les résultats de notre équipe
community-title = En bref
community-no-wave = Nous n’avons pas encore de résultats du sondage à partager.
community-barriers-too-few = Trop peu de personnes ont répondu à la vague { $wave } pour que nous partagions ce qu’elles ont dit.
community-barriers-too-few-count = { $count } personnes ont répondu à la vague { $wave }. C’est trop peu pour que nous partagions ce qu’elles ont dit.
community-barriers-one = À la vague { $wave }, le plus grand défi pour l’équipe était : { $first }.
community-barriers-two = À la vague { $wave }, les plus grands défis pour l’équipe étaient : { $first } et { $second }.
community-barriers-three = À la vague { $wave }, les plus grands défis pour l’équipe étaient : { $first }, { $second } et { $third }.
community-change-first = C’était notre premier sondage. Il n’y a rien à comparer pour l’instant.
community-change-hidden = Trop peu de personnes ont répondu pour comparer avec la vague { $previous }.
community-change-same = Depuis la vague { $previous }, les choses sont à peu près pareilles.
community-change-down = { $barrier } : c’est plus facile depuis la vague { $previous }.
community-change-up = { $barrier } : c’est plus difficile depuis la vague { $previous }.
community-answered-rate = { $count ->
        [one] 1 des { $eligible } personnes de l’équipe a répondu à la vague { $wave }. Merci !
       *[other] { $count } des { $eligible } personnes de l’équipe ont répondu à la vague { $wave }. Merci !
    }
community-answered = { $count ->
        [one] 1 personne a répondu à la vague { $wave }. Merci !
       *[other] { $count } personnes ont répondu à la vague { $wave }. Merci !
    }
community-answered-few = Peu de personnes ont répondu à la vague { $wave }.
community-fidelity = { $level ->
        [high] Nous suivons de près le modèle du soutien par les pairs.
        [moderate] Nous suivons en partie le modèle du soutien par les pairs.
       *[other] Nous ne suivons pas encore de près le modèle du soutien par les pairs.
    }
community-fidelity-lowest = { community-fidelity }
community-fidelity-none = Nous n’avons pas encore vérifié à quel point nous suivons le modèle du soutien par les pairs.
community-stage = Où nous en sommes : { $stage }.
community-stage-none = Nous commençons tout juste.
community-barriers-heading = Ce qui rend le soutien par les pairs plus difficile ici
community-barriers-intro = À quel point l’équipe voit chaque élément comme un défi, de 1 (pas du tout) à 5 (beaucoup).
community-barrier-value = { $value } sur 5
community-barrier-hidden = Non affiché : trop peu de réponses
community-privacy-heading = Comment nous protégeons vos réponses
community-privacy = Vos réponses sont anonymes. Personne ne voit qui a dit quoi. Nous montrons un résultat seulement si au moins { $k } personnes ont répondu, pour que personne ne puisse être reconnu. C’est pourquoi certains chiffres ne sont pas affichés.
community-link = Version en langage clair pour l’équipe et la communauté
