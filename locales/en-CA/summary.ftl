## Plain-language summary at the top of a report (the "summary" voice)

summary-title = Summary
summary-no-wave = No survey wave has answers to report yet.
summary-barriers-too-few = Too few people answered in { $wave } to report the barriers.
summary-barriers-too-few-count = { $count } people answered in { $wave }: too few to report the barriers.
summary-barriers-one = Largest barrier in { $wave }: { $first }.
summary-barriers-two = Largest barriers in { $wave }: { $first } and { $second }.
summary-barriers-three = Largest barriers in { $wave }: { $first }, { $second } and { $third }.
summary-change-first = This is the first wave: there is no earlier wave to compare with.
summary-change-hidden = Too few answers to compare with { $previous }.
summary-change-same = Compared with { $previous }, the barriers are about the same: no change is clear.
summary-change-down = { $barrier }: clearly lower than in { $previous } (−{ $by } on the 1–5 scale).
summary-change-up = { $barrier }: clearly higher than in { $previous } (+{ $by } on the 1–5 scale).
summary-answered-rate = { $count ->
        [one] 1 of the { $eligible } team members answered in { $wave } ({ $rate }).
       *[other] { $count } of the { $eligible } team members answered in { $wave } ({ $rate }).
    }
summary-answered = { $count ->
        [one] 1 person answered in { $wave }.
       *[other] { $count } people answered in { $wave }.
    }
summary-answered-few = Too few people answered in { $wave } to give their number.
summary-fidelity = Latest fidelity review: { $band } ({ $min } or more).
summary-fidelity-lowest = Latest fidelity review: { $band }.
summary-fidelity-none = No fidelity review is recorded yet.
summary-stage = Current implementation stage: { $stage }.
summary-stage-none = No implementation stage is reached yet.
summary-overview-organizations = { $count ->
        [one] 1 organization in this overview.
       *[other] { $count } organizations in this overview.
    }
summary-overview-not-started = Not started yet: { $count ->
        [one] 1 organization.
       *[other] { $count } organizations.
    }
summary-overview-stage = At the stage “{ $stage }”: { $count ->
        [one] 1 organization.
       *[other] { $count } organizations.
    }
summary-overview-barrier = Most often among the largest barriers: { $barrier } (in { $count } of { $total } organizations).
summary-overview-barrier-none = Too few answers yet to name the barriers that come up most often.

## The community report: the same summary in short, plain sentences

report-community-title = Our team's results
community-title = In short
community-no-wave = We have no survey results to share yet.
community-barriers-too-few = Not enough people answered in { $wave } for us to share what they said.
community-barriers-too-few-count = { $count } people answered in { $wave }. That is not enough for us to share what they said.
community-barriers-one = In { $wave }, the biggest challenge for the team was: { $first }.
community-barriers-two = In { $wave }, the biggest challenges for the team were: { $first } and { $second }.
community-barriers-three = In { $wave }, the biggest challenges for the team were: { $first }, { $second } and { $third }.
community-change-first = This was our first survey. There is nothing to compare with yet.
community-change-hidden = Not enough people answered to compare with { $previous }.
community-change-same = Since { $previous }, things are about the same.
community-change-down = { $barrier } got easier since { $previous }.
community-change-up = { $barrier } got harder since { $previous }.
community-answered-rate = { $count ->
        [one] 1 of the { $eligible } people on the team answered in { $wave }. Thank you!
       *[other] { $count } of the { $eligible } people on the team answered in { $wave }. Thank you!
    }
community-answered = { $count ->
        [one] 1 person answered in { $wave }. Thank you!
       *[other] { $count } people answered in { $wave }. Thank you!
    }
community-answered-few = Only a few people answered in { $wave }.
community-fidelity = { $level ->
        [high] We follow the peer support model closely.
        [moderate] We follow the peer support model in part.
       *[other] We do not yet follow the peer support model closely.
    }
community-fidelity-lowest = { community-fidelity }
community-fidelity-none = We have not yet checked how closely we follow the peer support model.
community-stage = Where we are now: { $stage }.
community-stage-none = We are just getting started.
community-barriers-heading = What makes peer support harder here
community-barriers-intro = How much the team sees each thing as a challenge, from 1 (not at all) to 5 (very much).
community-barrier-value = { $value } out of 5
community-barrier-hidden = Not shown: too few answers
community-privacy-heading = How we keep your answers private
community-privacy = Your answers are anonymous. No one sees who said what. We only show a result when at least { $k } people answered, so that no one can be picked out. That is why some numbers are not shown.
community-link = Plain-language version for the team and community
