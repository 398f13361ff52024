### Questionnaire sur l’expérience de participation des pairs (peer-engagement) — fr-CA.
### Structure et notation — surveys/peer-engagement.toml. Libellés de l’échelle — scales.ftl.

peer-engagement-title = Questionnaire sur l’expérience de participation des pairs
peer-engagement-description = Ce questionnaire anonyme prend environ 5 minutes. Il porte sur votre expérience de participation, à titre de pair, à la conception, à la révision ou à l’évaluation d’un service, d’une politique ou d’un document. Les réponses de toutes les activités de votre organisme sont regroupées : aucune activité ne fait l’objet de résultats distincts.

## Section A — L’activité (intégrité de la conception)

peer-engagement-section-activity = L’activité
peer-engagement-section-activity-intro = Ces questions portent sur l’organisation de l’activité : son but, l’information, le soutien et la rémunération que vous avez reçus. Vos réponses sont anonymes.

peer-engagement-e-level = Qu’est-ce qui décrit le mieux le rôle des pairs dans cette activité ?
peer-engagement-e-level-informed = Les pairs ont été informés
peer-engagement-e-level-consulted = Les pairs ont été consultés
peer-engagement-e-level-involved = Les pairs ont été impliqués tout au long de l’activité
peer-engagement-e-level-decided-together = Les pairs et le personnel ont pris les décisions ensemble
peer-engagement-e-level-peer-led = L’activité était dirigée par des pairs

peer-engagement-e-purpose = Je comprenais le but de l’activité et ce qu’on attendait de moi.
peer-engagement-e-info = J’ai reçu à temps, et dans ma langue, l’information dont j’avais besoin.
peer-engagement-e-support = J’ai eu le soutien nécessaire pour participer (p. ex. transport, horaire, mesures d’adaptation).
peer-engagement-e-paid = J’ai reçu une rémunération équitable, versée à temps, pour mon temps et mon expertise.

## Section B — Votre voix et le travail en commun (culture de participation ; collaboration et but commun)

peer-engagement-section-voice = Votre voix et le travail en commun
peer-engagement-section-voice-intro = Ces énoncés portent sur l’écoute que vous avez reçue et sur la collaboration entre les pairs et le personnel. Vos réponses sont anonymes.

peer-engagement-e-heard = Mon point de vue a été écouté et respecté.
peer-engagement-e-disagree = Je pouvais exprimer un désaccord avec le personnel sans conséquences négatives.
peer-engagement-e-share = Je n’ai partagé de mon vécu que ce que je choisissais de partager.
peer-engagement-e-partners = Pairs et membres du personnel ont travaillé en partenaires vers un but commun.
peer-engagement-e-not-alone = D’autres pairs participaient à l’activité avec moi.

## Section C — Les suites de l’activité (influence et impact)

peer-engagement-section-impact = Les suites de l’activité
peer-engagement-section-impact-intro = Ces énoncés portent sur ce que votre apport pourrait changer, et sur votre intérêt à participer de nouveau. Vos réponses sont anonymes.

peer-engagement-e-influence = Mon apport changera vraisemblablement le service, la politique ou le document.
peer-engagement-e-told = On m’a dit ce qui a été fait de nos contributions (ou quand on me le dira).
peer-engagement-e-again = Je participerais de nouveau à une activité de ce genre.

## Section D — En vos propres mots (texte libre facultatif)

peer-engagement-section-comments = En vos propres mots
peer-engagement-section-comments-intro = Cette question est facultative, et seule l’équipe d’évaluation lit votre réponse. Veuillez ne pas inscrire de noms ni de détails qui permettraient d’identifier une personne ou l’activité.

peer-engagement-t-easier = Qu’est-ce qui aurait rendu votre participation plus facile ou plus significative ?

## Indices — noms utilisés dans les résultats et les rapports

peer-engagement-index-design = Intégrité de la conception
peer-engagement-index-participation = Culture de participation
peer-engagement-index-collaboration = Collaboration et but commun
peer-engagement-index-impact = Influence et impact
