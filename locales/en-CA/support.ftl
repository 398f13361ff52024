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
