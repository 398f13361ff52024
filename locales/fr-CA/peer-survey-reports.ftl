# Ce que les rapports disent des questionnaires sur les valeurs du soutien par les pairs et sur
# l’expérience de participation des pairs (surveys/peer-values.toml, surveys/peer-engagement.toml).

report-section-peer-values = Les valeurs du soutien par les pairs dans la pratique
report-section-peer-values-intro = À quel point la pratique d’ici suit chacune des sept valeurs du soutien par les pairs, de 1 (loin de là) à 5 (tout à fait), selon les pairs aidants et paires aidantes et selon les gestionnaires. L’écart est la moyenne des pairs aidants et paires aidantes moins celle des gestionnaires ; c’est une information à discuter, et non un jugement : on note souvent sa propre pratique plus haut que ne le font les superviseurs et superviseures. Un écart n’est montré que si les deux groupes sont assez nombreux pour être montrés.
report-section-peer-values-all = Les valeurs du soutien par les pairs dans la pratique
report-section-peer-values-all-intro = Le questionnaire sur les valeurs de chaque organisme, valeur par valeur, de 1 (loin de là) à 5 (tout à fait) ; l’écart (pairs moins gestionnaires) est donné à titre d’information.
report-section-peer-engagement = L’expérience de participation des pairs
report-section-peer-engagement-intro = Ce qu’ont dit les pairs qui ont participé à des activités de conception, de révision ou d’évaluation, par principe de participation, de 1 (en désaccord) à 5 (d’accord). Les réponses sont regroupées pour toutes les activités de la vague, jamais montrées activité par activité : peu de pairs participent à chacune.
report-section-peer-engagement-all = L’expérience de participation des pairs
report-section-peer-engagement-all-intro = Le questionnaire sur la participation des pairs de chaque organisme, par principe, regroupé pour les activités de chaque vague.
report-table-peer-values = Valeurs du soutien par les pairs, par valeur
report-table-peer-engagement = Participation des pairs, par principe

reports-group-peer-workers = Pairs aidant(e)s
reports-group-managers = Gestionnaires et superviseur(e)s
reports-table-gap = Écart, pairs − gestionnaires (IC à 95 %)
reports-col-value-name = Valeur
reports-col-principle = Principe
reports-col-peer-n = Pairs aidant(e)s (n)
reports-col-peer-mean = Moyenne des pairs aidant(e)s
reports-col-manager-n = Gestionnaires (n)
reports-col-manager-mean = Moyenne des gestionnaires
reports-col-gap = Écart (pairs aidant(e)s − gestionnaires)
reports-col-gap-ci-low = Écart, IC à 95 %, borne inférieure
reports-col-gap-ci-high = Écart, IC à 95 %, borne supérieure
