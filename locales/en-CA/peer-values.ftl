### Peer-support values self-assessment (peer-values) — en-CA.
### Structure and scoring: surveys/peer-values.toml. Scale labels: scales.ftl.

peer-values-title = Peer-support values self-assessment
peer-values-description = This anonymous survey takes about 5 minutes. It asks how closely peer support in your organization follows the seven values of peer support set out by the Mental Health Commission of Canada. Peer workers and their supervisors and managers answer the same statements.

## Section A — About you

peer-values-section-about = About you
peer-values-section-about-intro = One question about your role. It lets us compare the views of peer workers with those of their supervisors and managers, and your answers stay anonymous.

peer-values-role = What is your role?
peer-values-role-peer-worker = Peer support worker
peer-values-role-manager = Supervisor or manager of peer workers
peer-values-role-other = Other
peer-values-role-na = Prefer not to say

## Section B — The values in everyday practice

peer-values-section-practice = The values in everyday practice
peer-values-section-practice-intro = These statements are about how peer support is practised in your organization from day to day. Your answers are anonymous, and “Don’t know” is a fine answer.

peer-values-v-hope-1 = Peer workers here are encouraged to share hope that recovery is possible, in a way that fits each person.
peer-values-v-hope-2 = Recovery is understood here as each person’s own journey, not only the absence of symptoms.
peer-values-v-self-1 = Peer workers support people in their own choices, even when staff would choose differently.
peer-values-v-self-2 = Peer workers are not asked to persuade people to follow a treatment plan.
peer-values-v-equal-1 = Peer relationships here are mutual: both people learn from each other.
peer-values-v-equal-2 = Rules and paperwork leave room for the informal, equal relationship that peer support needs.
peer-values-v-dign-1 = People are spoken of here with respect, not reduced to a diagnosis.
peer-values-v-dign-2 = Peer workers help people build ties in the community, beyond our services.

## Section C — Support for peer workers

peer-values-section-support = Support for peer workers
peer-values-section-support-intro = These statements are about the trust, well-being and learning your organization makes room for in peer work. Your answers are anonymous, and “Don’t know” is a fine answer.

peer-values-v-trust-1 = Peer workers can speak openly about their own experience at work without being judged.
peer-values-v-trust-2 = The confidentiality rules for peer work are clear to peers, staff and the people served.
peer-values-v-well-1 = Peer workers can look after their own well-being at work (e.g. flexible hours, accommodations) without fear for their job.
peer-values-v-well-2 = Peer workers have time to talk things through after difficult situations (debriefing).
peer-values-v-learn-1 = Peer workers have paid time for ongoing training chosen with them.
peer-values-v-learn-2 = There is a path for peer workers to move into senior peer or leadership roles.

## Indices — the seven values, names used in results and reports

peer-values-index-hope = Hope and recovery
peer-values-index-self-determination = Self-determination
peer-values-index-equal-relationships = Empathetic and equal relationships
peer-values-index-dignity = Dignity, respect and social inclusion
peer-values-index-trust = Integrity, authenticity and trust
peer-values-index-wellness = Health and wellness
peer-values-index-learning = Lifelong learning and personal growth
