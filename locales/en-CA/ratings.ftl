## Fidelity ratings: what each rating of a checklist item means

rating-not-in-place = 0 – Not in place
rating-partly = 1 – Partly in place
rating-fully = 2 – Fully in place
rating-not-applicable = Not applicable

## Where the evidence of a rating comes from (several may be ticked)

rating-source-documents = Documents
rating-source-peer-interview = Interview with peers
rating-source-staff-interview = Interview with staff
rating-source-observation = Observation
