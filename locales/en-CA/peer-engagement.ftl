### Peer engagement experience questionnaire (peer-engagement) — en-CA.
### Structure and scoring: surveys/peer-engagement.toml. Scale labels: scales.ftl.

peer-engagement-title = Peer engagement experience questionnaire
peer-engagement-description = This anonymous questionnaire takes about 5 minutes. It asks about your experience of taking part, as a peer, in designing, reviewing or evaluating a service, policy or document. Answers from all the activities in your organization are combined, so no one activity is reported on its own.

## Section A — The activity (integrity of design)

peer-engagement-section-activity = The activity
peer-engagement-section-activity-intro = These questions are about how the activity was set up: its purpose, the information, the support and the payment you received. Your answers are anonymous.

peer-engagement-e-level = What best describes the peers’ role in this activity?
peer-engagement-e-level-informed = Peers were informed
peer-engagement-e-level-consulted = Peers were consulted
peer-engagement-e-level-involved = Peers were involved throughout
peer-engagement-e-level-decided-together = Peers and staff made the decisions together
peer-engagement-e-level-peer-led = The activity was led by peers

peer-engagement-e-purpose = I understood the purpose of the activity and what was expected of me.
peer-engagement-e-info = I received the information I needed, in time and in my language.
peer-engagement-e-support = I had the support I needed to take part (e.g. transport, schedule, accommodations).
peer-engagement-e-paid = I received fair payment, on time, for my time and expertise.

## Section B — Your voice and working together (participatory culture; collaboration and common purpose)

peer-engagement-section-voice = Your voice and working together
peer-engagement-section-voice-intro = These statements are about how you were listened to and how peers and staff worked together. Your answers are anonymous.

peer-engagement-e-heard = My views were listened to and respected.
peer-engagement-e-disagree = I could disagree with staff without negative consequences.
peer-engagement-e-share = I shared only what I chose to share about my own experience.
peer-engagement-e-partners = Peers and staff worked as partners toward a shared goal.
peer-engagement-e-not-alone = Other peers took part in the activity with me.

## Section C — What comes of it (influence and impact)

peer-engagement-section-impact = What comes of it
peer-engagement-section-impact-intro = These statements are about what your input may change, and whether you would take part again. Your answers are anonymous.

peer-engagement-e-influence = My input is likely to change the service, policy or document.
peer-engagement-e-told = I was told what was done with our input (or when I will be told).
peer-engagement-e-again = I would take part in an activity like this again.

## Section D — In your own words (optional free text)

peer-engagement-section-comments = In your own words
peer-engagement-section-comments-intro = This question is optional, and only the evaluation team reads your answer. Please leave out names or details that could identify anyone, or the activity.

peer-engagement-t-easier = What would have made your participation easier or more meaningful?

## Indices — names used in results and reports

peer-engagement-index-design = Integrity of design
peer-engagement-index-participation = Participatory culture
peer-engagement-index-collaboration = Collaboration and common purpose
peer-engagement-index-impact = Influence and impact
