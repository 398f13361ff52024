# What the reports say about the peer-values and peer-engagement questionnaires
# (surveys/peer-values.toml, surveys/peer-engagement.toml): their sections, tables and columns.

report-section-peer-values = Peer-support values in practice
report-section-peer-values-intro = How closely practice here follows each of the seven values of peer support, from 1 (far from it) to 5 (close to it), as peer workers and managers see it. The gap is the peer workers’ mean minus the managers’; it is information to talk about, not a judgement: people tend to rate their own practice higher than supervisors do. A gap is shown only when both groups are large enough to show.
report-section-peer-values-all = Peer-support values in practice
report-section-peer-values-all-intro = Each organization’s peer-values questionnaire by value, from 1 (far from it) to 5 (close to it); the gap is peer workers minus managers, shown as information.
report-section-peer-engagement = Peers’ experience of engagement
report-section-peer-engagement-intro = What the peers who took part in design, review or evaluation activities said about it, by principle of engagement, from 1 (disagree) to 5 (agree). Answers are pooled over every activity of the wave, never shown activity by activity: few peers take part in any one.
report-section-peer-engagement-all = Peers’ experience of engagement
report-section-peer-engagement-all-intro = Each organization’s peer-engagement questionnaire by principle, pooled over the activities of each wave.
report-table-peer-values = Peer-support values by value
report-table-peer-engagement = Peer engagement by principle

reports-group-peer-workers = Peer workers
reports-group-managers = Managers and supervisors
reports-table-gap = Gap, peers − managers (95% CI)
reports-col-value-name = Value
reports-col-principle = Principle
reports-col-peer-n = Peer workers (n)
reports-col-peer-mean = Peer workers’ mean
reports-col-manager-n = Managers (n)
reports-col-manager-mean = Managers’ mean
reports-col-gap = Gap (peer workers − managers)
reports-col-gap-ci-low = Gap, 95% CI, lower bound
reports-col-gap-ci-high = Gap, 95% CI, upper bound
