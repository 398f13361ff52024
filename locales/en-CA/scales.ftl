### Answer scales shared by the surveys (en-CA).
### Labels only: the stored codes (1 to 5, dk) and their scores are set in surveys/*.toml.

## Scale agree5 — five-point agreement, plus “Don’t know” (offered, never scored)

scale-agree5-1 = Strongly disagree
scale-agree5-2 = Disagree
scale-agree5-3 = Neither agree nor disagree
scale-agree5-4 = Agree
scale-agree5-5 = Strongly agree
scale-agree5-dk = Don’t know
