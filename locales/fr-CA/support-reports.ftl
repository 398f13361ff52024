# Ce que les rapports disent du calendrier de soutien (support/kinds.toml) : les sections, leurs
# tableaux et colonnes, et la note sur ce que voient les responsables d’équipe et les bailleurs de fonds.

report-section-support = Calendrier de soutien
report-section-support-intro = La formation, le coaching, la formation WRAP (planification du rétablissement et du mieux-être) et le suivi de l’évaluation offerts à cet organisme, planifiés et donnés. À lire à côté de l’évolution des obstacles entre les vagues qui les ont précédés et suivis.
report-section-support-all = Soutien offert
report-section-support-all-intro = Les séances et les heures de soutien reçues par chaque organisme, la part des séances prévues qui ont été données et les formations WRAP (planification du rétablissement et du mieux-être) terminées par trimestre.
report-support-as-of = Données au { $date }, fin du dernier trimestre complet ; les nombres de pairs aidants ou paires aidantes inférieurs à { $k } sont masqués, car dans une petite équipe on pourrait les reconnaître.
report-table-support = Soutien par type
report-table-wrap = Formation WRAP par trimestre

reports-col-support-kind = Type de soutien
reports-col-support-kind-label = Type de soutien (nom)
reports-col-support-due = Séances prévues à ce jour
reports-col-support-delivered = Données
reports-col-support-delivered-of-due = Données sur prévues
reports-col-support-cancelled = Annulées
reports-col-support-not-recorded = Non consignées
reports-col-support-upcoming = À venir
reports-col-support-delivered-pct = Données sur prévues (%)
reports-col-support-hours = Heures données
reports-col-support-peers = Présences de pairs
reports-col-support-staff = Présences du personnel
reports-col-quarter = Trimestre
reports-col-quarter-label = Trimestre (nom)
reports-col-wrap-sessions = Séances WRAP données
reports-col-wrap-completed = Pairs ayant terminé la formation WRAP

reports-quarter = T{ $quarter } { $year }
reports-delivered-of-due = { $delivered } sur { $due } ({ $share })
reports-none-due = aucune prévue à ce jour
reports-hidden-few-peers = moins de { $k }
