# The schedule of support: kinds and topics (support/kinds.toml), languages, and the command
# line's messages.

## Kinds of support
support-kind-training = Training
support-kind-coaching = Coaching session
support-kind-wrap = WRAP® training (Wellness Recovery Action Plan)
support-kind-evaluation-oversight = Evaluation oversight meeting
support-kind-community-of-practice = Community of practice session
support-kind-other = Other activity

## Training topics
support-topic-peer-support-values = Peer-support values
support-topic-peer-movement-history = History of the peer movement
support-topic-anti-oppression = Anti-oppression practice
support-topic-peer-roles = Peer roles in the organization
support-topic-other = Other topic

## Languages of an activity
support-language-fr = French
support-language-en = English
support-language-both = French and English

## parite support
support-unknown-kind = “{ $kind }” is not a kind of support. Kinds: { $kinds }.
support-unknown-topic = “{ $topic }” is not a topic of { $kind }. Topics: { $topics }.
support-no-topics = { $kind } has no topics: leave out --topic.
support-label-needed = An activity of this kind needs its name (--label).
support-bad-date = “{ $date }” is not a date: write it as 2027-01-05.
support-bad-language = “{ $language }” is not a language of an activity: use fr, en or both.
support-bad-series = This series cannot be planned: { $reason }.
support-series-interval = repeat every 1 to 52 weeks
support-series-ends-before = the last date is before the first
support-series-too-many = more than { $most } sessions
support-bad-attendance = “{ $value }” is not an attendance: write ORG=PEERS,STAFF (for WRAP, ORG=PEERS,STAFF,COMPLETED), e.g. centre-est=3,8.
support-planned = Planned { $count } { $count ->
        [one] activity
       *[other] activities
    } for { $orgs }: { $ids }
support-delivered = Activity { $id } marked delivered on { $date }.
support-cancelled = Activity { $id } cancelled.
support-list-header = date	kind	state	minutes	language	facilitator	id
support-list-empty = No activity is planned for { $slug }.
support-state-planned = planned
support-state-delivered = delivered on { $date }
support-state-cancelled = cancelled ({ $reason })
setup-support-kinds-invalid = The kinds of support compiled into this program are invalid: run `parite check`.

## The schedule page (/orgs/{slug}/support)
orgs-support-link = Schedule of support
audit-action-support-plan = Support planned
audit-action-support-deliver = Support delivered
audit-action-support-cancel = Support cancelled
support-page-title = Schedule of support
support-summary = { $delivered } delivered, { $planned } still planned.
support-schedule-title = Activities
support-empty = No activity is planned yet.
support-attendance = Attendance: { $peers } { $peers ->
        [one] peer
       *[other] peers
    }, { $staff } staff.
support-wrap-completed = { $count } completed the WRAP training.
support-shared-with = Shared with { $orgs }.
support-minutes = { $minutes } min
support-peer-facilitator = { $name } (peer facilitator)
support-record = Record delivery or cancellation
support-deliver-legend = Delivered, with attendance (counts, never names)
support-delivered-on = Day it was held
support-peers-of = Peers who came — { $org }
support-staff-of = Staff who came — { $org }
support-completed-of = Peers who completed WRAP — { $org }
support-deliver = Mark delivered
support-cancel-reason = Reason for cancelling
support-cancel = Cancel this activity
support-plan-title = Plan an activity
support-field-kind = Kind of support
support-field-topic = Topic (training)
support-no-topic = No topic
support-field-label = Name of the activity (for “Other activity”)
support-field-date = Date (first session)
support-field-every-weeks = Repeat every … weeks (leave empty for one session)
support-field-until = Until (last possible date of the series)
support-field-minutes = Length of each session, in minutes
support-field-language = Language
support-field-facilitator = Facilitator
support-field-peer = The facilitator is a peer (lived experience)
support-field-also = Also for (a shared activity)
support-field-also-hint = A training given to several organizations at once is planned once; each organization's attendance is recorded when it is delivered.
support-plan = Plan
support-notice-planned = The activity is planned.
support-notice-delivered = The activity is marked delivered.
support-notice-cancelled = The activity is cancelled.
support-error-kind = Choose a kind of support.
support-error-topic = Choose one of this kind’s topics, or none.
support-error-label = Name this activity.
support-error-too-long = Shorten this text to { $max } characters or fewer.
support-error-date = Enter a date such as 2027-01-05.
support-error-date-future = A delivery cannot be recorded for a day still to come.
support-error-minutes = Enter a length from 1 to 14,400 minutes.
support-error-language = Choose a language.
support-error-also = Choose only organizations you work with.
support-error-every-weeks = Enter a number of weeks from 1 to 52.
support-error-until = Enter the last date of the series, on or after the first.
support-error-too-many = A series holds at most 104 sessions: choose an earlier last date.
support-error-counts = Enter how many peers and staff came from each organization (0 if none).
support-error-completed = Peers who completed WRAP cannot outnumber the peers who came.
support-error-reason = Say why the activity is cancelled.
