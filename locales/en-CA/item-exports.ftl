# Item-level exports (crates/parite-reports/src/export/): checklist ratings, milestones and the
# schedule of support, row by row, and the codebook columns every instrument shares.

reports-col-version = Version
reports-col-condition = Asked only if
reports-col-required = Required (1 = yes)
reports-col-assessment = Assessment
reports-col-checklist-version = Checklist version
reports-col-assessment-kind = Rated by
reports-col-status = Status
reports-col-rater = Rater
reports-col-submitted-at = Submitted (UTC)
reports-col-rating = Rating
reports-col-rating-label = Rating name
reports-col-not-applicable = Not applicable (1 = yes)
reports-col-sources = Sources of the evidence
reports-col-evidence = Evidence
reports-assessment-kind-rater = One rater
reports-assessment-kind-consensus = Consensus of the raters
reports-status-draft = Draft
reports-status-submitted = Submitted
reports-no = No
reports-yes = Yes
reports-col-progress-version = Progress version
reports-col-action = Recorded as
reports-col-day = Day
reports-col-recorded-by = Recorded by
reports-col-recorded-at = Recorded (UTC)
reports-milestone-done = Done
reports-milestone-undone = Undone
reports-col-activity = Activity
reports-col-series = Series
reports-col-topic = Topic
reports-col-activity-label = Title
reports-col-planned-on = Planned for
reports-col-duration-minutes = Duration (minutes)
reports-col-session-language = Language
reports-col-facilitator = Facilitator
reports-col-facilitator-is-peer = Facilitator is a peer (1 = yes)
reports-col-state = State
reports-col-delivered-on = Held on
reports-col-cancel-reason = Why cancelled
reports-col-peers-attending = Peers attending
reports-col-staff-attending = Staff attending
reports-activity-planned = Planned
reports-activity-delivered = Held
reports-activity-cancelled = Cancelled

## Links on an organization's page (evaluators and administrators)
orgs-items-ratings-link = Checklist ratings, every rater (CSV, one row per rating)
orgs-items-ratings-wide-link = Checklist ratings (CSV, one row per assessment)
orgs-items-consensus-link = Consensus ratings (CSV, one row per rating)
orgs-items-milestones-link = Milestones marked, with their evidence (CSV)
orgs-items-support-link = Schedule of support, activity by activity (CSV)
orgs-items-syntax-r-link = … its R script
orgs-items-syntax-spss-link = … its SPSS syntax
orgs-items-syntax-stata-link = … its Stata do-file

## The instruments and their codebooks (/instruments/)
nav-instruments = Instruments
instruments-title = Instruments and codebooks
instruments-intro = Every questionnaire, checklist and list of milestones this site uses, in every version still in use. Each codebook says what every question, code and score means: the columns of the downloads.
instruments-kind-survey = Questionnaire answered anonymously
instruments-kind-checklist = Checklist rated by evaluators
instruments-kind-progress = Implementation milestones
instruments-version = Version { $version }
instruments-codebook-title = { $title }, version { $version }: codebook
instruments-codebook-csv = Download the codebook (CSV)
instruments-codes = Codes and labels
instruments-scoring = Index (reverse-coded?)
instruments-score = { $score ->
        [one] 1 point
       *[other] { $score } points
    }
instruments-required = (required)
instruments-condition = Asked only if { $condition }
instruments-reversed = reverse-coded
orgs-survey-file = { $survey }: { $file }
