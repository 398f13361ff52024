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

## Version 2 (surveys/fidelity-v2.toml): new items, new texts of kept items, and the 0/1/2
## anchor of every item (its help, one line per rating)

fidelity-f-com-5 = Peer roles are permanent, paid positions with the same benefits and chances of advancement as other staff.
fidelity-f-des-4 = Peers help choose which services or policies are reviewed or redesigned: they help set the agenda, not only respond to it.
fidelity-f-des-5 = Participation is made accessible: timing, place, transport, plain language and French are arranged, and peers are paid for preparation time.
fidelity-f-del-2-v2 = Peer support workers are supervised by someone trained or experienced in peer support.
fidelity-f-del-3-v2 = Peer support workers have access to core training (for example, training toward Peer Support Canada certification, or WRAP®).
fidelity-f-del-6 = Peer workers are not given clinical tasks (e.g. managing medication) or tasks outside the peer role (e.g. reception, driving) in place of peer support.
fidelity-f-del-7 = Peer workers take part in team meetings and case discussions with the same standing as other team members.
fidelity-f-del-8 = The organization has a working link with a peer-run organization (e.g. a Consumer/Survivor Initiative or a Francophone peer group) for peer workers’ support and networking.
fidelity-f-rev-4 = Peers who gave input are told what was done with it, including what was not done and why, and this is documented.
fidelity-f-pow-2b = Peers decide what, when and how much they share about their own experience. Sharing details is never a condition of taking part, and peer workers are supported to disclose with intention.
fidelity-f-pow-5 = Staff and peers have regular, protected time to reflect together on power, privilege and equity in their work (at least quarterly).
fidelity-f-pow-6 = The organization applies an anti-oppression and anti-racism approach to peer engagement (recruitment reaches diverse communities; barriers are removed).
# N/A allowed for this item.
fidelity-f-pow-7 = People using services can refuse or leave any peer or engagement activity without losing access to other services.

## Anchors — Organizational commitment

fidelity-f-com-1-help =
    0 = No written document commits the organization to engaging peers.
    1 = A document mentions engaging peers but sets no concrete commitments (who, what, by when), or it is a draft not yet adopted.
    2 = An adopted policy or strategic plan sets out concrete commitments to engaging peers.
# Two conditions: 1 = one of them.
fidelity-f-com-2-help =
    0 = Neither condition is met: no designated leader is accountable for peer integration, and the board receives no report on it.
    1 = One of the two conditions is met: a designated leader is accountable, or the board receives reports on peer integration, but not both.
    2 = Both conditions are met: a designated leader is accountable for peer integration and reports on it to the board.
# Two conditions: 1 = one of them.
fidelity-f-com-3-help =
    0 = Neither condition is met: no budget is set aside for peer engagement, and peer roles, pay and training are funded case by case, if at all.
    1 = One of the two conditions is met: a dedicated budget exists but does not cover all of peer roles, pay and training, or all three are funded but not from a dedicated budget (e.g. one-time or borrowed funds).
    2 = Both conditions are met: a dedicated budget covers peer roles, pay and training.
fidelity-f-com-4-help =
    0 = Peers are not paid, or receive only a token (e.g. a gift card).
    1 = Peers are paid for some activities (e.g. meetings) but not others (preparation, travel), or at a lower rate than staff for comparable work.
    2 = Peers are paid for all the time they give, preparation included, at a rate set by a written policy.
fidelity-f-com-5-help =
    0 = Peer roles are volunteer, casual or short-term only (e.g. funded by a one-time grant).
    1 = Some peer positions are permanent and paid, but without the same benefits or chances of advancement as other staff.
    2 = Peer positions are permanent and paid, with the same benefits and chances of advancement as other staff.

## Anchors — Peers in service design

fidelity-f-des-1-help =
    0 = No peer sits on any committee that plans or changes services.
    1 = Peers sit on some of these committees only, or a committee has a single peer.
    2 = At least two peers sit on every committee that plans or changes services.
fidelity-f-des-2-help =
    0 = Peers are not involved in new initiatives, or are only asked to comment on finished work.
    1 = Peers are involved from the start in some new initiatives only, or partway through in most.
    2 = Peers were involved from the start (the planning stage) in every new initiative of the past year.
fidelity-f-des-3-help =
    0 = No change in the past year comes from peer input.
    1 = A change is credited to peer input, but it is minor (e.g. wording) or cannot be documented.
    2 = At least one documented change to a program, policy or document in the past year comes from peer input.
fidelity-f-des-4-help =
    0 = Staff alone choose what is reviewed, and peers only respond to what is put before them.
    1 = Peers can suggest topics but staff alone decide which are taken up, or peers helped set priorities only once.
    2 = Peers decide with staff which services or policies are reviewed or redesigned (e.g. by setting a committee’s or the year’s priorities).
fidelity-f-des-5-help =
    0 = Nothing is arranged: meetings are set when staff are free, and preparation time is not paid.
    1 = Some arrangements are made (e.g. transport or plain language), but not all that peers need, or preparation time is not paid.
    2 = Timing, place, transport, plain language and French are arranged as peers need them, and preparation time is paid.

## Anchors — Peers in service delivery

fidelity-f-del-1-help =
    0 = Peer support positions have no written job description, or one copied from a clinical or support role.
    1 = Written job descriptions exist but are not clearly grounded in peer support values, or partly overlap clinical roles.
    2 = Every peer support position has a written job description grounded in peer support values and distinct from clinical roles.
fidelity-f-del-2-help =
    0 = Peer support workers are supervised only by people with no training or experience in peer support.
    1 = Such a person supervises only some peer support workers, or takes part only now and then (e.g. occasional mentoring from outside).
    2 = Every peer support worker is supervised by someone trained or experienced in peer support.
fidelity-f-del-3-help =
    0 = Peer support workers have no access to core peer support training.
    1 = Only some have had core training, or only general staff orientation is offered, or WRAP® is delivered by someone who is not a trained WRAP facilitator.
    2 = Every peer support worker has access to core training: for example, training toward Peer Support Canada certification, or WRAP® delivered by a trained WRAP facilitator.
fidelity-f-del-4-help =
    0 = People using services are not routinely told that peer support is available.
    1 = They are told in some programs only, or on request, or can reach peer support only through a referral by staff.
    2 = Everyone using services is told that peer support is available and can choose to use it directly.
# Two conditions: 1 = one of them.
fidelity-f-del-5-help =
    0 = Neither condition is met: peer support is not actively offered in French, and no peer shares the community’s language and culture.
    1 = One of the two conditions is met: peer support is actively offered in French, or it is given by peers who share the community’s language and culture, but not both.
    2 = Both conditions are met: peer support is actively offered in French, by peers who share the community’s language and culture.
    N/A = The organization serves no Francophone community.
    Active offer: services in French are offered from the first contact, without the person having to ask for them.
fidelity-f-del-6-help =
    0 = Peer workers regularly do clinical tasks or tasks outside the peer role in place of peer support.
    1 = This happens now and then (e.g. to cover a staff shortage), or the limits of the peer role are not written down.
    2 = Peer workers do peer support: their written role rules out clinical tasks and tasks outside the role, and this holds in practice.
fidelity-f-del-7-help =
    0 = Peer workers are not invited to team meetings or case discussions.
    1 = They are invited to some meetings only, or are not asked for their view, or are left out of case discussions.
    2 = Peer workers take part in team meetings and case discussions, and their view counts as much as other team members’.
fidelity-f-del-8-help =
    0 = The organization has no link with a peer-run organization.
    1 = A link exists but is informal or inactive (e.g. a contact person, with no joint activity in the past year).
    2 = An active link (e.g. an agreement, regular meetings or joint activities in the past year) gives peer workers support and networking.

## Anchors — Peers in review and evaluation

fidelity-f-rev-1-help =
    0 = Staff or evaluators alone decide what is measured and how.
    1 = Peers are consulted on measures already chosen, or help decide what is measured but not how.
    2 = Peers help decide both what is measured and how (e.g. by choosing indicators and tools).
fidelity-f-rev-2-help =
    0 = Peers take part neither in collecting nor in interpreting evaluation data.
    1 = Peers take part in one evaluation activity now and then (e.g. a single focus group), or only in a minor role.
    2 = Peers regularly take part in collecting or interpreting evaluation data (e.g. they run interviews or help make sense of the results).
fidelity-f-rev-3-help =
    0 = Results are shared with neither peers nor the community, or only in technical reports.
    1 = Results are shared with peers or with the community but not both, or not in plain language.
    2 = Results are shared with peers and the community in plain language (e.g. a summary, a meeting, an infographic).
fidelity-f-rev-4-help =
    0 = Peers are not told what became of their input.
    1 = Peers are told what was done, but not what was not done and why, or this feedback is not documented.
    2 = Peers are told what was done with their input and what was not, and why, and this feedback is documented (e.g. in minutes or a follow-up table).

## Anchors — Power, safety and culture

fidelity-f-pow-1-help =
    0 = Peers have no part in decisions, or only an advisory voice that is rarely taken up.
    1 = Peers have a say in some decisions only, or a vote but fewer seats or less information than others.
    2 = Peers take part in decisions with the same voice, information and vote as other members.
fidelity-f-pow-2b-help =
    0 = Peers are expected or pressed to tell their story (e.g. at events or when hired), or sharing is a condition of taking part.
    1 = Sharing is not required, but peer workers get no support (training, supervision) to disclose with intention, or peers do not always decide what is said about their experience.
    2 = Peers decide what, when and how much they share, sharing is never a condition of taking part, and peer workers are supported (training, supervision) to disclose with intention.
# Two conditions: 1 = one of them.
fidelity-f-pow-3-help =
    0 = Neither condition is met: staff are trained neither in peer support values nor in the history of the peer movement.
    1 = One of the two conditions is met: staff are trained in peer support values, or in the history of the peer movement, but not both.
    2 = Both conditions are met: staff are trained in peer support values and in the history of the peer movement (e.g. the Consumer/Survivor movement).
# Two conditions: 1 = one of them.
fidelity-f-pow-4-help =
    0 = Neither condition is met: peers have no way to raise concerns, or the way there is is neither safe nor known.
    1 = One of the two conditions is met: the way to raise concerns is safe (e.g. confidential, outside the line of supervision), or it is well known, but not both.
    2 = Both conditions are met: peers know of a way to raise concerns, and it is safe (confidential, protected from retaliation).
fidelity-f-pow-5-help =
    0 = No time is set aside for staff and peers to reflect together on power, privilege and equity.
    1 = Such reflection happens, but less than once a quarter, only when a problem comes up, or without peers or without staff.
    2 = Staff and peers have protected time to reflect together on power, privilege and equity at least once a quarter.
fidelity-f-pow-6-help =
    0 = No anti-oppression or anti-racism approach is applied to peer engagement.
    1 = The approach is stated (e.g. in a policy), but recruitment does not reach diverse communities, or barriers are not removed in practice.
    2 = The approach is applied: recruitment reaches diverse communities (e.g. racialized, newcomer, 2SLGBTQI+ and Indigenous people), and the barriers found are removed.
fidelity-f-pow-7-help =
    0 = Refusing or leaving a peer or engagement activity can cost people access to other services (e.g. it is a condition of a program).
    1 = No rule ties the two together, but people are not told they may refuse or leave, or a refusal has affected someone’s access to services.
    2 = People are told they may refuse or leave any peer or engagement activity, and doing so never affects their access to other services.
    N/A = The organization offers people using services no peer or engagement activity.
