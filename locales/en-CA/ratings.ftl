## Fidelity ratings: what each rating of a checklist item means

rating-not-in-place = 0 – Not in place
rating-partly = 1 – Partly in place
rating-fully = 2 – Fully in place
rating-not-applicable = Not applicable
