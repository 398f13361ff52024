## Report pages

report-organization-title = Organization report
report-funder-title = Overview across organizations
report-organizations-count = { $count ->
        [one] 1 organization
       *[other] { $count } organizations
    }
report-section-barriers = Barrier profile
report-section-barriers-intro = How strongly the implementation team sees each of the six barriers in the latest wave (1 = not a barrier, 5 = a major barrier), peers and professionals side by side.
report-section-change = Change across waves
report-section-change-intro = Each barrier wave after wave; a falling line means the barrier is easing.
report-section-participation = Participation
report-section-fidelity = Fidelity
report-section-fidelity-intro = The latest consensus rating of the fidelity checklist, by domain, against the 80% target of high fidelity. The checklist is Parité’s operationalization of the Peer Positive approach, not a published Peer Positive tool; its bands and target are provisional conventions, not empirical cut-offs.
report-section-fidelity-all-intro = The latest consensus rating of each organization, by domain; the overall score is the mean of the domain scores, each domain weighted equally whatever its number of items. The checklist is Parité’s operationalization of the Peer Positive approach, not a published Peer Positive tool; its bands (80% high, 60% moderate) and target are provisional conventions, not empirical cut-offs.
report-section-progress = Implementation progress
report-section-barriers-all = Barriers across organizations
report-section-barriers-all-intro = Each organization’s latest wave, barrier by barrier.
report-section-progress-all = Progress through the stages
report-section-fidelity-all = Fidelity by organization
report-section-participation-all = Participation by organization
report-no-data = No data yet.
report-download-svg = Download (SVG)
report-download-png = Download (PNG)
report-download-pdf = Download as PDF
report-table-barriers = Barriers by organization, wave and group
report-table-change = Change between waves
report-table-participation = Participation by wave
report-table-fidelity = Fidelity by domain
report-table-progress = Progress by stage
report-provisional = Provisional: this wave is still open. Its figures will change as responses come in.
report-open-waves-withheld = The results of a wave are shown once it is closed. Waves still open are not included yet.
report-across-versions-shared = { $index }: versions { $from } and { $to } of the survey share { $shared } of its items ({ $from_items } in version { $from }, { $to_items } in version { $to }). Its change between a version { $from } wave and a version { $to } wave is over those { $shared } items only.
report-across-versions-none = { $index }: versions { $from } and { $to } of the survey share { $shared ->
        [one] one of its items
       *[other] { $shared } of its items
    }, too few to compare. No change is shown between a version { $from } wave and a version { $to } wave.

## The PDF of a report

pdf-page = Page { $page } of { $pages }
pdf-cover-wave = Wave: { $wave }
pdf-cover-date = Produced on { $date }
