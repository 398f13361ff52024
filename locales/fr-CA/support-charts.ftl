# Les graphiques du calendrier de soutien : les séances d’un organisme entre ses vagues du
# sondage et, pour les bailleurs de fonds, les heures de soutien reçues par chaque organisme.

reports-chart-support-timeline-title = Le soutien entre les vagues du sondage — { $organization }
reports-chart-support-timeline-note = Chaque marque est une séance, à sa date : cercle plein, donnée ; cercle vide, sa date est passée et elle n’est pas consignée comme donnée ; cercle gris en tirets, planifiée ; ×, annulée. Une ligne en tirets marque l’ouverture d’une vague du sondage.
reports-chart-support-hours-title = Heures de soutien données, par organisme
reports-chart-support-hours-note = Chaque barre additionne les heures données, type par type ; à côté, les séances données sur celles prévues à ce jour, tous types confondus.
reports-chart-support-as-of = Données au { $date }.

reports-legend-support-delivered = Donnée
reports-legend-support-not-recorded = Date passée, non consignée
reports-legend-support-upcoming = Planifiée
reports-legend-support-cancelled = Annulée
reports-legend-wave-opens = Ouverture d’une vague du sondage

reports-chart-support-sessions = { $delivered } sur { $due } prévues ({ $share })

reports-col-date = Date
reports-col-support-state = État
reports-col-support-duration = Durée (heures)
reports-col-support-kind-hours = { $kind } (heures)

reports-support-state-delivered = donnée
reports-support-state-not-recorded = non consignée
reports-support-state-upcoming = planifiée
reports-support-state-cancelled = annulée

# Les abréviations des mois sous l’axe de la chronologie (CLDR fr-CA).
reports-month-1 = janv.
reports-month-2 = févr.
reports-month-3 = mars
reports-month-4 = avr.
reports-month-5 = mai
reports-month-6 = juin
reports-month-7 = juill.
reports-month-8 = août
reports-month-9 = sept.
reports-month-10 = oct.
reports-month-11 = nov.
reports-month-12 = déc.
