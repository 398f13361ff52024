### Implementation team survey (team-survey) — en-CA.
### Structure and scoring: surveys/team-survey.toml. Scale labels: scales.ftl.

team-survey-title = Implementation team survey
team-survey-description = This anonymous survey takes about 10 minutes. It asks how your organization involves peers — people with lived experience of mental health or substance use issues — and what may be getting in the way.

## Section A — About you

team-survey-section-about = About you
team-survey-section-about-intro = Two quick questions about your work. They help us compare the views of peers and professionals.

team-survey-role = What is your main role on the implementation team?
team-survey-role-peer = Peer or peer support worker
# Version 2.
team-survey-role-peer-family = Family peer (lived experience as a family member or caregiver)
team-survey-role-provider = Service provider (clinical or front-line)
team-survey-role-manager = Manager or senior leader
team-survey-role-other = Other
team-survey-role-na = Prefer not to say

team-survey-work-language = In which language do you do most of your work?
team-survey-work-language-fr = French
team-survey-work-language-en = English
team-survey-work-language-both = Both equally
team-survey-work-language-other = Other

## Section B — Precedent and ways of working (barrier)

team-survey-section-precedent = Precedent and ways of working
team-survey-section-precedent-intro = This section is about what your organization has already done with peers, and how easily its usual ways of working can change.

team-survey-b-prec-1 = Our organization already has examples of peers helping to design or review services.
team-survey-b-prec-2 = Involving peers would mean changing long-standing ways of working.
team-survey-b-prec-3 = Our organization has clear procedures for hiring, paying and supporting peers.
# Version 2.
team-survey-b-prec-4 = It is hard to find peers who can work in French.

## Section C — Organizational culture (barrier)

team-survey-section-culture = Organizational culture
team-survey-section-culture-intro = This section is about how lived experience and peers’ contributions are viewed where you work.

team-survey-b-cult-1 = Here, lived experience is valued as a form of expertise.
team-survey-b-cult-2 = Peers are sometimes involved only as a token gesture.
team-survey-b-cult-3 = Here, peers can disagree with professionals without negative consequences.

## Section D — A common language (barrier)

team-survey-section-language = A common language
team-survey-section-language-intro = This section is about whether people in your organization share the same understanding of peer support and of the words used to talk about it.

team-survey-b-lang-1 = Most staff understand what peer support is and what it is not.
team-survey-b-lang-2 = Staff know the history and values of the peer and self-advocacy movement.
team-survey-b-lang-3 = Words like “peer,” “lived experience” and “recovery” mean different things to different people here.

## Section E — Leadership support (barrier)

team-survey-section-leadership = Leadership support
team-survey-section-leadership-intro = This section is about the support your organization’s leadership gives to involving peers.

team-survey-b-lead-1 = Senior leadership has made peer integration a stated priority.
team-survey-b-lead-2 = Time, budget and staff are set aside for peer integration.
# Version 1 only (retired in version 2: b_div_3 asks the same).
team-survey-b-lead-3 = Decisions about services are made without input from peers.
# Version 2.
team-survey-b-lead-4 = Senior leaders take part themselves in peer-integration activities (meetings, training, events).

## Section F — Stigma and privacy in a close-knit community (barrier)

team-survey-section-stigma-privacy = Stigma and privacy in a close-knit community
team-survey-section-stigma-privacy-intro = This section is about the risks of sharing lived experience in a small community where many people know each other.

team-survey-b-stig-1 = In our community, disclosing lived experience could harm a person’s reputation or job.
team-survey-b-stig-2 = Peers worry that their personal story could become known in the community.
team-survey-b-stig-3 = Our organization has clear practices to protect the privacy of peers who share their experience.

## Section G — Peers and professionals (barrier)

team-survey-section-divide = Peers and professionals
team-survey-section-divide-intro = This section is about how peers and professionals work together in your organization.

team-survey-b-div-1 = Here, peers and professionals work together as equal partners.
team-survey-b-div-2 = On our team, peers and professionals often have conflicting views of recovery.
team-survey-b-div-3 = Peers have real influence on decisions that affect them.

## Section H — Readiness

team-survey-section-readiness = Readiness
team-survey-section-readiness-intro = This section is about how ready you and your team are to take part in the project.

team-survey-r-1 = Our team understands the goals of the peer integration project.
team-survey-r-2 = Our team has the time to take part in the project.
team-survey-r-3 = I feel able to help integrate peers into our services.
team-survey-r-4 = I expect peer integration to improve services for the people we serve.

## Section I — Peer Positive practices (version 2)

team-survey-section-practices = Peer Positive practices
team-survey-section-practices-intro = This section is about two practices of the Peer Positive approach: time to reflect on power and equity, and telling peers what was done with their input.

team-survey-p-refl = Our team regularly sets aside time to reflect on power, privilege and equity between staff and peers.
team-survey-p-loop = When peers give input, they are told what was done with it, including what was not done, and why.
team-survey-p-equity = Our organization takes concrete steps so that peers from diverse communities (racialized, newcomer, 2SLGBTQI+, Indigenous) can take part.

## Section J — In your own words (optional free text)

team-survey-section-comments = In your own words
team-survey-section-comments-intro = These questions are optional, and only the evaluation team reads your answers. Please leave out names or details that could identify anyone.

team-survey-t-barrier = What is the biggest barrier to involving peers in your organization?
team-survey-t-help = What would help the most to involve peers in your organization?
# Shown only when the answer to b_div_2 is Agree or Strongly agree.
team-survey-t-divide-example = You indicated that peers and professionals on your team often have conflicting views of recovery. Can you describe a recent example?

## Indices — names used in results and reports

team-survey-index-precedent = Precedent and ways of working
team-survey-index-culture = Organizational culture
team-survey-index-language = A common language
team-survey-index-leadership = Leadership support
team-survey-index-stigma-privacy = Stigma and privacy
team-survey-index-divide = Peers and professionals
team-survey-index-readiness = Readiness
team-survey-index-practices = Peer Positive practices
