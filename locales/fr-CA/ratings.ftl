## Cotes de fidélité : ce que signifie chaque cote d’un élément de la grille

rating-not-in-place = 0 – Absent
rating-partly = 1 – Partiellement en place
rating-fully = 2 – Entièrement en place
rating-not-applicable = Sans objet
