### Fichiers de syntaxe écrits à côté d’un export : les commentaires et messages des scripts R,
### SPSS et Stata (crates/parite-reports/src/export/syntax/). Aucun code dans ces textes.

syntax-intro = Lit { $file } dans { $tool }, avec les libellés de ses colonnes et de ses codes. Parité a écrit ce script pour ce fichier tel qu’il a été exporté : il ne doit pas avoir été ouvert puis enregistré de nouveau dans un tableur.
syntax-run = Exécutez-le depuis le dossier qui contient { $file } :
syntax-folder = dossier
syntax-layout = { $file } a { $columns } colonnes séparées par « { $delimiter } », avec « { $decimal } » comme séparateur décimal, en UTF-8. Elles sont nommées selon leur position, quelle que soit la ligne d’en-tête.
syntax-r-result = Résultat : le tableau de données parite, où les réponses codées sont des facteurs aux libellés en français ; parite_num, le même avec les codes numériques en nombres ; et parite_raw, chaque cellule telle que lue, en texte. Le libellé de chaque colonne est dans attr(x, "label").
syntax-r-missing = Les codes qui sont des réponses sans valeur (comme « Je ne sais pas ») sont NA dans parite et parite_num ; attr(x, "missing") les nomme, et parite_raw les garde.
syntax-spss-missing = Les codes qui sont des réponses sans valeur (comme « Je ne sais pas ») sont recodés en nombres négatifs (−9, puis −10…), avec leur libellé, et déclarés valeurs manquantes.
syntax-spss-lines = SPSS et PSPP lisent une observation par ligne : une cellule de texte qui contient un saut de ligne couperait son observation en deux. Si des réponses libres en contiennent, lisez le fichier avec R ou Stata, ou retirez d’abord les sauts de ligne.
syntax-stata-missing = Les codes qui sont des réponses sans valeur (comme « Je ne sais pas ») deviennent des valeurs manquantes étendues (.a, .b…), avec leur libellé.
syntax-stata-labels = Stata garde 80 caractères du libellé d’une variable : un libellé plus long est coupé, et le texte entier est dans les notes de la variable.
syntax-stata-check = Chaque colonne codée devient un nombre avec ses libellés ; l’assert arrête le script si une cellule contient un code que ce script ne connaît pas.
syntax-multiple = { $name } contient plusieurs codes séparés par « | » :
syntax-section-read = Lire le fichier
syntax-section-numbers = Nombres
syntax-section-codes = Réponses codées
syntax-section-labels = Libellés
syntax-wrong-columns = { $file } devrait avoir { $columns } colonnes, mais en a un autre nombre : est-ce bien le fichier fourni avec ce script, tel qu’il a été exporté ?
syntax-unknown-codes = { $name } : des codes que ce script ne connaît pas sont devenus NA : { $codes }
