### Échelles de réponse communes aux sondages (fr-CA).
### Libellés seulement — les codes enregistrés (1 à 5, dk) et leurs scores sont dans surveys/*.toml.

## Échelle agree5 — accord en cinq points, plus « Je ne sais pas » (offert, jamais compté)

scale-agree5-1 = Tout à fait en désaccord
scale-agree5-2 = Plutôt en désaccord
scale-agree5-3 = Ni d’accord ni en désaccord
scale-agree5-4 = Plutôt d’accord
scale-agree5-5 = Tout à fait d’accord
scale-agree5-dk = Je ne sais pas
