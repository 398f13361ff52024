### Fidelity checklist and progress: the evaluators' pages — en-CA.

## An organization's fidelity checklist for one wave

checklist-title = Fidelity checklist
checklist-subtitle = { $organization } — wave “{ $wave }”
checklist-back = Back to the organization
checklist-raters-title = Evaluators
checklist-no-raters = No one has started rating this checklist yet.
checklist-no-raters-consensus = A consensus rating was recorded on { $date }; there are no individual ratings.
checklist-no-raters-consensus-draft = A consensus rating is in progress; there are no individual ratings.
checklist-rater-draft = rating in progress
checklist-rater-submitted = rating submitted on { $date }
checklist-blind-note = The other evaluators' ratings stay hidden until you have submitted yours, so that each rating is independent.
checklist-own-title = Your rating
checklist-own-scores = Your scores
checklist-own-ratings = Your ratings and evidence
checklist-evidence = Evidence or observations
checklist-sources = Sources used (tick all that apply)
# { $sources }: the names of the sources, separated by commas.
checklist-sources-used = Sources: { $sources }
checklist-save = Save draft
checklist-submit = Submit my rating
checklist-unrated = Not rated
checklist-no-score = —
checklist-domain = Domain
checklist-item = Item
checklist-points-heading = Points
checklist-points = { $points } of { $max }
checklist-score = Score
checklist-band = Level
checklist-notes = Notes
checklist-overall = Overall fidelity
checklist-not-applicable-count = { $count ->
    [one] { $count } item not applicable
   *[other] { $count } items not applicable
}
checklist-unrated-count = { $count ->
    [one] { $count } item not rated
   *[other] { $count } items not rated
}
checklist-incomplete = { $count ->
    [one] { $count } item is still to be rated before the rating can be submitted.
   *[other] { $count } items are still to be rated before the rating can be submitted.
}
checklist-error-unrated = Rate this item before submitting.
checklist-error-evidence-unrated = Choose a rating so that this evidence can be saved.
checklist-error-evidence-too-long = Evidence must be { $max } characters or fewer.

## Agreement between evaluators

checklist-agreement-title = Agreement between evaluators
checklist-agreement-raters = { $count ->
    [one] Ratings compared: { $count }.
   *[other] Ratings compared: { $count }.
}
checklist-agreement-needs-two = Agreement will show once at least two evaluators have submitted their ratings.
checklist-kappa-cohen = Kappa is Cohen's kappa with quadratic weights (two evaluators).
checklist-kappa-fleiss = Kappa is Fleiss' kappa (more than two evaluators).
checklist-compared = Items compared
checklist-exact-agreement = Exact agreement
checklist-kappa = Kappa
checklist-kappa-none = —
checklist-kappa-undefined = undefined (every rating is the same)
checklist-disagreements-title = Items rated differently
checklist-no-disagreements = The ratings agree on every item.
checklist-rater-said = { $rater }: { $rating }

## Consensus rating

checklist-consensus-title = Consensus rating
checklist-consensus-start-hint = After discussing the differences, the lead evaluator records the consensus rating. Items everyone agrees on are already filled in. Reports use the consensus rating; each evaluator's own rating is kept.
checklist-consensus-start = Start the consensus rating
checklist-consensus-submit = Submit the consensus rating
checklist-consensus-scores = Consensus scores
checklist-consensus-in-progress = Consensus rating in progress, recorded by { $lead }.
checklist-consensus-recorded = Consensus rating recorded by { $lead }. Reports use it.
checklist-consensus-refused-title = This cannot be done
checklist-consensus-not-yet = The consensus rating comes after you have submitted your own rating, once at least one rating has been submitted.
checklist-consensus-not-lead = Only the person who started the consensus rating, or an administrator, can change it.

## Confirmations

checklist-notice-saved = Draft saved. You can come back to it later.
checklist-notice-submitted = Your rating was submitted. Your scores are below.
checklist-notice-already-submitted = This rating had already been submitted; it was not changed.
checklist-notice-consensus-started = Consensus rating started.
checklist-notice-consensus-saved = Consensus draft saved.
checklist-notice-consensus-submitted = The consensus rating was submitted. Reports now use it.
checklist-notice-consensus-already = The consensus rating had already been submitted; it was not changed.

## Links from the organization's page

orgs-checklist-link = Fidelity checklist for this wave
orgs-progress-link = Implementation progress

## Implementation progress

progress-page-title = Implementation progress
progress-current-stage = Current stage: { $stage }
progress-not-started = not started yet
progress-stages-caption = Completion of each stage and days spent in it
progress-stage = Stage
progress-required-done = Required milestones done
progress-all-done = All milestones done
progress-reached = Stage reached on
progress-strength = Strength of stage (milestones done)
progress-earlier-stage-unmet = The stage “{ $current }” counts as reached, but the earlier stage “{ $earlier }” still has { $missing ->
        [one] one required milestone
       *[other] { $missing } required milestones
    } not done.
progress-days-in-stage = Days in stage
progress-count = { $done } of { $total }
progress-stage-not-reached = not reached yet
progress-stage-no-required = from the outset (no required milestone)
progress-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
progress-required = required
progress-not-done = Not done yet.
progress-done-on = Done on { $date }. Evidence: { $evidence }
progress-date = Date
progress-evidence = Evidence or observations
progress-mark-done = Mark as done
progress-undo-reason = Reason for undoing
progress-undo = Undo this milestone
progress-notice-done = Milestone marked as done.
progress-notice-undone = Milestone undone. The history keeps both changes.
progress-error-date-required = Enter the date the milestone was reached.
progress-error-date-invalid = Enter a real date, for example 2026-11-22.
progress-error-date-future = The date cannot be in the future.
progress-error-evidence-required = Describe the evidence or observations that show the milestone was reached.
progress-error-reason-required = Say why you are undoing this milestone.
progress-error-too-long = The text must be { $max } characters or fewer.
progress-error-not-done = This milestone is no longer marked as done: someone has already undone it.
progress-history-title = Milestone history
progress-history-empty = No milestone has been marked yet.
progress-recorded = Recorded on
progress-milestone = Milestone
progress-action = Change
progress-note = Evidence or reason
progress-by = By
progress-action-done = marked as done
progress-action-undone = undone
