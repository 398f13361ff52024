### Autoévaluation des valeurs du soutien par les pairs (peer-values) — fr-CA.
### Structure et notation — surveys/peer-values.toml. Libellés de l’échelle — scales.ftl.

peer-values-title = Autoévaluation des valeurs du soutien par les pairs
peer-values-description = Ce sondage anonyme prend environ 5 minutes. Il porte sur la mesure dans laquelle le soutien par les pairs, dans votre organisme, respecte les sept valeurs du soutien par les pairs énoncées par la Commission de la santé mentale du Canada. Les pairs aidants et paires aidantes, ainsi que les personnes qui les supervisent ou les gèrent, répondent aux mêmes énoncés.

## Section A — À propos de vous

peer-values-section-about = À propos de vous
peer-values-section-about-intro = Une question sur votre rôle. Elle nous permet de comparer les points de vue des pairs aidants et paires aidantes et ceux des personnes qui les supervisent ou les gèrent. Vos réponses restent anonymes.

peer-values-role = Quel est votre rôle ?
peer-values-role-peer-worker = Pair aidant ou paire aidante
peer-values-role-manager = Superviseur, superviseure ou gestionnaire de pairs aidants et de paires aidantes
peer-values-role-other = Autre
peer-values-role-na = Je préfère ne pas répondre

## Section B — Les valeurs dans la pratique de tous les jours

peer-values-section-practice = Les valeurs dans la pratique de tous les jours
peer-values-section-practice-intro = Ces énoncés portent sur la façon dont le soutien par les pairs se pratique au quotidien dans votre organisme. Vos réponses sont anonymes, et vous pouvez répondre « Je ne sais pas ».

peer-values-v-hope-1 = Ici, on encourage les pairs aidants et paires aidantes à transmettre l’espoir que le rétablissement est possible, d’une façon qui convient à chaque personne.
peer-values-v-hope-2 = Ici, le rétablissement est compris comme un cheminement propre à chaque personne, et pas seulement comme l’absence de symptômes.
peer-values-v-self-1 = Les pairs aidants et paires aidantes soutiennent les personnes dans leurs propres choix, même quand le personnel ferait un autre choix.
peer-values-v-self-2 = On ne demande pas aux pairs aidants et paires aidantes de convaincre les personnes de suivre un plan de traitement.
peer-values-v-equal-1 = Ici, les relations de soutien par les pairs sont réciproques : chaque personne apprend de l’autre.
peer-values-v-equal-2 = Les règles et la paperasse laissent place à la relation informelle et égalitaire dont le soutien par les pairs a besoin.
peer-values-v-dign-1 = Ici, on parle des personnes avec respect, sans les réduire à un diagnostic.
peer-values-v-dign-2 = Les pairs aidants et paires aidantes aident les personnes à tisser des liens dans la communauté, au-delà de nos services.

## Section C — Le soutien offert aux pairs aidants et paires aidantes

peer-values-section-support = Le soutien offert aux pairs aidants et paires aidantes
peer-values-section-support-intro = Ces énoncés portent sur la place que votre organisme fait à la confiance, au bien-être et à l’apprentissage dans le travail des pairs. Vos réponses sont anonymes, et vous pouvez répondre « Je ne sais pas ».

peer-values-v-trust-1 = Les pairs aidants et paires aidantes peuvent parler ouvertement de leur vécu au travail sans faire l’objet de jugements.
peer-values-v-trust-2 = Les règles de confidentialité propres au travail des pairs sont claires pour les pairs, le personnel et les personnes servies.
peer-values-v-well-1 = Les pairs aidants et paires aidantes peuvent prendre soin de leur propre bien-être au travail (p. ex. horaires souples, mesures d’adaptation) sans craindre pour leur emploi.
peer-values-v-well-2 = Les pairs aidants et paires aidantes ont un moment pour en reparler après des situations difficiles (débreffage).
peer-values-v-learn-1 = Les pairs aidants et paires aidantes disposent de temps rémunéré pour une formation continue choisie avec eux.
peer-values-v-learn-2 = Il existe un cheminement qui permet aux pairs aidants et paires aidantes d’accéder à des postes de pairs principaux ou de direction.

## Indices — les sept valeurs, noms utilisés dans les résultats et les rapports

peer-values-index-hope = L’espoir et le rétablissement
peer-values-index-self-determination = L’autodétermination
peer-values-index-equal-relationships = Des relations empathiques et égalitaires
peer-values-index-dignity = La dignité, le respect et l’inclusion sociale
peer-values-index-trust = L’intégrité, l’authenticité et la confiance
peer-values-index-wellness = La santé et le bien-être
peer-values-index-learning = L’apprentissage continu et la croissance personnelle
