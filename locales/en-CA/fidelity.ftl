### Implementation fidelity checklist (fidelity) — en-CA.
### Structure and scoring: surveys/fidelity.toml. The rating labels (0, 1, 2, N/A) are shared
### messages defined elsewhere.

fidelity-title = Implementation fidelity checklist
fidelity-description = Completed by an evaluator for one organization and one data collection wave, using documents, interviews and observation. Rate each item and note the evidence or observations that support your rating.

## Bands — overall and domain scores

fidelity-band-high = High fidelity
fidelity-band-moderate = Moderate fidelity
fidelity-band-low = Low fidelity

## Domain 1 — Organizational commitment

fidelity-domain-commitment = Organizational commitment
fidelity-domain-commitment-intro = This domain covers the organization’s formal, funded commitment to engaging peers.

fidelity-f-com-1 = A written policy or strategic plan commits the organization to engaging peers.
fidelity-f-com-2 = A designated leader is accountable for peer integration and reports on it to the board.
fidelity-f-com-3 = A dedicated budget covers peer roles, compensation and training.
fidelity-f-com-4 = Peers are paid fairly for their time and expertise.

## Domain 2 — Peers in service design

fidelity-domain-design = Peers in service design
fidelity-domain-design-intro = This domain covers how peers help plan and change services.

fidelity-f-des-1 = Peers sit on the committees that plan or change services, with at least two peers on each committee.
fidelity-f-des-2 = Peers are involved from the start of new initiatives, not just asked for comments at the end.
fidelity-f-des-3 = In the past year, peer input led to a visible change in a program, policy or document.

## Domain 3 — Peers in service delivery

fidelity-domain-delivery = Peers in service delivery
fidelity-domain-delivery-intro = This domain covers peer support positions and how people using services can access peer support.

fidelity-f-del-1 = Peer support positions have written job descriptions that are grounded in peer support values and distinct from clinical roles.
fidelity-f-del-2 = Peer support workers are supervised by someone trained or experienced in peer support.
fidelity-f-del-3 = Peer support workers have access to core training (for example, peer support training or WRAP).
fidelity-f-del-4 = People using services are told that peer support is available and can choose to use it.
# N/A allowed for this item.
fidelity-f-del-5 = Peer support is actively offered in French, by peers who share the community’s language and culture.

## Domain 4 — Peers in review and evaluation

fidelity-domain-review = Peers in review and evaluation
fidelity-domain-review-intro = This domain covers how peers take part in deciding what is measured, in the evaluation itself and in sharing the results.

fidelity-f-rev-1 = Peers help decide what is measured and how.
fidelity-f-rev-2 = Peers take part in collecting or interpreting evaluation data.
fidelity-f-rev-3 = Results are shared with peers and the community in plain language.

## Domain 5 — Power, safety and culture

fidelity-domain-power = Power, safety and culture
fidelity-domain-power-intro = This domain covers how power is shared and whether peers can take part safely, on their own terms.

fidelity-f-pow-1 = In decision-making processes, peers have an equal voice.
fidelity-f-pow-2 = Peers decide what they share about their own experience; disclosure is never required.
fidelity-f-pow-3 = Staff are trained in peer support values and the history of the peer movement.
fidelity-f-pow-4 = Peers have a safe and well-known way to raise concerns without fear of retaliation.
