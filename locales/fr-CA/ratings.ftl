## Cotes de fidélité : ce que signifie chaque cote d’un élément de la grille

rating-not-in-place = 0 – Absent
rating-partly = 1 – Partiellement en place
rating-fully = 2 – Entièrement en place
rating-not-applicable = Sans objet

## D’où viennent les preuves d’une cote (on peut en cocher plusieurs)

rating-source-documents = Documents
rating-source-peer-interview = Entrevue avec des pairs
rating-source-staff-interview = Entrevue avec le personnel
rating-source-observation = Observation
