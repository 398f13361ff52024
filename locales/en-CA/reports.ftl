### Reports: CSV exports and charts (crates/parite-reports) — en-CA.
### Every id here is named in that crate's code; fr-CA/reports.ftl has the same ids.

## Small-cell suppression
reports-chart-suppressed-note = Figures from fewer than { $k } respondents are hidden (n < { $k }), as are those that would reveal them.

## Groups and shared words
reports-group-all = Everyone
reports-group-peer = Peers
reports-group-professional = Professionals
reports-interval = [{ $low }, { $high }]
reports-value-n = { $value } (n = { $n })
reports-done-of-total = { $done } of { $total }
reports-fidelity-overall = Overall
reports-not-rated = Not rated
reports-not-started = Not started

## Charts
reports-chart-profile-title = Barrier profile — { $organization }, { $wave }
reports-chart-change-title = Barriers from one wave to the next — { $organization }
reports-chart-fidelity-title = Implementation fidelity by domain — { $organization }, { $wave }
reports-chart-fidelity-note = Domain score = points obtained / maximum points; overall score = mean of the domain scores, each domain weighted equally whatever its number of items. Dashed line: the high-fidelity target, a provisional convention.
reports-chart-progress-title = Progress through the implementation stages
reports-chart-progress-note = Each bar shows, stage by stage, the milestones done out of the stage’s milestones.
reports-chart-heatmap-title = Barriers by organization (latest wave)
reports-axis-mean-score = Mean score (1 = not a barrier, 5 = major barrier)
reports-axis-fidelity = Fidelity score
reports-axis-milestones = Milestones done
reports-major-barrier = Major barrier (≥ { $at })
reports-target = Target: { $target }
reports-legend-mean-ci = Mean of everyone, with its 95% confidence interval
reports-legend-domain = Domain

## Data tables under the charts
reports-table-barrier = Barrier
reports-table-ci = 95% CI
reports-table-major = Rated a major barrier
reports-table-change = Change since the previous wave (95% CI)
reports-table-score = Score

## CSV column headers (the codes are in crates/parite-reports/src/export/)
reports-col-response-id = Response
reports-col-organization = Organization
reports-col-wave = Wave
reports-col-locale = Language
reports-col-role = Role
reports-col-item = Item
reports-col-item-label = Item text
reports-col-section = Section
reports-col-type = Type
reports-col-value = Value
reports-col-value-label = Value label
reports-col-reverse = Reverse-coded
reports-col-score = Score
reports-col-index = Index
reports-col-index-label = Index name
reports-col-group = Group
reports-col-group-label = Group name
reports-col-n = Respondents (n)
reports-col-mean = Mean
reports-col-ci-low = 95% CI, lower bound
reports-col-ci-high = 95% CI, upper bound
reports-col-shared-items = Items compared (shared by both versions)
reports-col-major-barrier-pct = Rated a major barrier (%)
reports-col-responses = Responses
reports-col-from-wave = From wave
reports-col-to-wave = To wave
reports-col-difference = Change
reports-col-domain = Domain
reports-col-domain-label = Domain name
reports-col-points = Points
reports-col-max-points = Maximum points
reports-col-percent = Score (%)
reports-col-band = Level
reports-col-band-label = Level name
reports-col-stage = Stage
reports-col-stage-label = Stage name
reports-col-done = Milestones done
reports-col-total = Milestones
reports-col-required-done = Required milestones done
reports-col-required-total = Required milestones
reports-col-reached = Stage reached (1 = yes)
reports-col-current-stage = Current stage
reports-col-current-stage-label = Current stage name

## Why a figure is hidden
reports-hidden-primary = fewer than { $k } respondents
reports-hidden-complementary = hidden to protect another group
reports-col-eligible = Eligible (team members)
reports-col-response-rate-pct = Response rate (%)
reports-col-team = Team
reports-team-size = { $members ->
        [one] 1 member
       *[other] { $members } members
    }, { $peers ->
        [0] no peers
        [one] 1 peer
       *[other] { $peers } peers
    }
reports-team-not-recorded = Team size not recorded: no response rate
reports-rate-cell = { $answered } of { $eligible } ({ $rate })
