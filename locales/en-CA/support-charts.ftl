# The charts of the schedule of support: one organization's sessions between its survey waves,
# and, for funders, the hours of support each organization received.

reports-chart-support-timeline-title = Support between the survey waves — { $organization }
reports-chart-support-timeline-note = Each mark is one session, on its day: filled circle, delivered; hollow circle, its day has passed and it is not recorded as held; dashed grey circle, planned; ×, cancelled. A dashed line marks the opening of a survey wave.
reports-chart-support-hours-title = Hours of support delivered, by organization
reports-chart-support-hours-note = Each bar adds up the hours delivered, kind by kind; beside it, the sessions delivered of those due, all kinds together.
reports-chart-support-as-of = Figures to { $date }.

reports-legend-support-delivered = Delivered
reports-legend-support-not-recorded = Day passed, not recorded
reports-legend-support-upcoming = Planned
reports-legend-support-cancelled = Cancelled
reports-legend-wave-opens = A survey wave opens

reports-chart-support-sessions = { $delivered } of { $due } due ({ $share })

reports-col-date = Date
reports-col-support-state = State
reports-col-support-duration = Duration (hours)
reports-col-support-kind-hours = { $kind } (hours)

reports-support-state-delivered = delivered
reports-support-state-not-recorded = not recorded
reports-support-state-upcoming = planned
reports-support-state-cancelled = cancelled

# Month abbreviations under the timeline's axis (CLDR en-CA).
reports-month-1 = Jan.
reports-month-2 = Feb.
reports-month-3 = Mar.
reports-month-4 = Apr.
reports-month-5 = May
reports-month-6 = Jun.
reports-month-7 = Jul.
reports-month-8 = Aug.
reports-month-9 = Sep.
reports-month-10 = Oct.
reports-month-11 = Nov.
reports-month-12 = Dec.
