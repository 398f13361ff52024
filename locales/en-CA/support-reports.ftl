# What the reports say about the schedule of support (support/kinds.toml): the sections, their
# tables and columns, and the note on what team leads and funders see.

report-section-support = Schedule of support
report-section-support-intro = Training, coaching, WRAP training and evaluation oversight given to this organization, planned and delivered. Read it beside the change in barriers between the waves that came before and after it.
report-section-support-all = Support delivered
report-section-support-all-intro = Sessions and hours of support each organization received, the share of the sessions due that were delivered, and WRAP completions by quarter.
report-support-as-of = Figures to { $date }, the end of the last full quarter; counts of peers under { $k } are hidden, as peers in a small team could be recognized.
report-table-support = Support by kind
report-table-wrap = WRAP training by quarter

reports-col-support-kind = Kind of support
reports-col-support-kind-label = Kind of support (name)
reports-col-support-due = Sessions due
reports-col-support-delivered = Delivered
reports-col-support-delivered-of-due = Delivered of due
reports-col-support-cancelled = Cancelled
reports-col-support-not-recorded = Not recorded
reports-col-support-upcoming = Still planned
reports-col-support-delivered-pct = Delivered of due (%)
reports-col-support-hours = Hours delivered
reports-col-support-peers = Peer attendances
reports-col-support-staff = Staff attendances
reports-col-quarter = Quarter
reports-col-quarter-label = Quarter (name)
reports-col-wrap-sessions = WRAP sessions delivered
reports-col-wrap-completed = Peers who completed WRAP

reports-quarter = Q{ $quarter } { $year }
reports-delivered-of-due = { $delivered } of { $due } ({ $share })
reports-none-due = none due yet
reports-hidden-few-peers = fewer than { $k }
