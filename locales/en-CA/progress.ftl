### Implementation progress (progress) — en-CA.
### Structure and stage rule: surveys/progress.toml.

progress-title = Implementation progress
progress-description = An evaluator marks each milestone as done, with a date and evidence. The current stage is the furthest stage whose required milestones are all done.

## Stage 1 — Exploration

progress-stage-exploration = Exploration
progress-stage-exploration-intro = Assessing needs and fit, and deciding whether to go ahead.

progress-m-exp-1 = Needs and fit assessed with community partners.
progress-m-exp-2 = Leadership agreed to take part.
progress-m-exp-3 = Baseline team survey completed.
# Version 2.
progress-m-exp-4 = Peers took part in the decision to go ahead.

## Stage 2 — Installation

progress-stage-installation = Installation
progress-stage-installation-intro = Putting in place the team, roles, resources and tools needed to start.

progress-m-ins-1 = Implementation team formed, with peers among its members.
progress-m-ins-2 = Peer roles and compensation defined.
progress-m-ins-3 = Evaluation tools and schedule agreed on.
progress-m-ins-4 = Training and coaching schedule set (including WRAP training).
# Version 2.
progress-m-ins-5 = Peer staff or peer partners recruited and oriented.
progress-m-ins-6 = Feedback loop between peers and leadership set up (who reports what, to whom, how often).

## Stage 3 — Initial implementation

progress-stage-initial = Initial implementation
progress-stage-initial-intro = First activities with peers, supported by coaching and a first fidelity assessment.

progress-m-ini-1 = First peer engagement activities under way.
progress-m-ini-2 = First fidelity assessment completed.
progress-m-ini-3 = Coaching sessions held as scheduled.
progress-m-ini-4 = Follow-up team survey completed.
# Version 2.
progress-m-ini-5 = Improvement plan agreed with peers from the first fidelity and survey results.

## Stage 4 — Full implementation

progress-stage-full = Full implementation
progress-stage-full-intro = Peer integration is part of everyday practice, funded and carried out with high fidelity.

progress-m-ful-1 = High fidelity (80% or higher) in two consecutive assessments.
progress-m-ful-2 = Peer positions funded through the regular operating budget.
progress-m-ful-3 = Results shared with the community.
# Version 2.
progress-m-ful-1-target = Meets the project’s fidelity target in two consecutive assessments.
progress-m-ful-4 = Peer engagement written into policies, job descriptions and governance.

## What the schedule of support says beside its milestones
progress-schedule-set = The schedule of support holds { $total } { $total ->
        [one] activity
       *[other] activities
    }: { $training } training, { $coaching } coaching, { $wrap } WRAP.
progress-coaching-held = Coaching sessions due by today and delivered: { $held } of { $due } (schedule of support).
