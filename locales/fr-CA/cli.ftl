## parite check : le résumé

check-instrument-ok = { $id } v{ $version } ({ $kind ->
        [survey] sondage
        [checklist] grille de fidélité
       *[progress] jalons de mise en œuvre
    }) : { $items } { $items ->
        [one] élément
       *[other] éléments
    } en { $groups } { $kind ->
        [survey] { $groups ->
            [one] section
           *[other] sections
        }
        [checklist] { $groups ->
            [one] domaine
           *[other] domaines
        }
       *[progress] { $groups ->
            [one] étape
           *[other] étapes
        }
    }, complet en { $locales }
check-failed = { $count ->
        [one] 1 problème trouvé.
       *[other] { $count } problèmes trouvés.
    }
check-warnings = { $count ->
        [one] 1 avertissement.
       *[other] { $count } avertissements.
    }
check-median-point = avertissement : « { $form } » est une forme à point médian : écrivez le doublet complet ou une formulation épicène, ou, dans un tableau ou un graphique, une forme abrégée entre parenthèses, « professionnel(le)s ».
check-outdated = traduction périmée : le texte anglais a changé depuis qu’elle a été faite ; traduisez-le de nouveau, puis parite translations import (ou, si elle convient toujours, parite translations record --id).
check-cannot-read = impossible de lire { $path } : { $error }
check-no-locales = aucun dossier de langue (comme fr-CA/) contenant des fichiers .ftl dans { $path }

## parite check : fichiers d’instruments

check-toml-syntax = invalide ici : { $detail }
check-unknown-kind = type d’instrument inconnu « { $value } » (attendu : survey, checklist ou progress)
check-bad-identifier = « { $value } » n’est pas un code valide : utilisez des lettres, des chiffres, « _ » et « - », en commençant par une lettre ou un chiffre
check-bad-message-id = « { $value } » n’est pas un identifiant de message valide : utilisez des lettres, des chiffres, « _ » et « - », en commençant par une lettre
check-duplicate-id = cet identifiant est déjà utilisé à la ligne { $line }
check-duplicate-choice-code = le code de choix « { $code } » est utilisé deux fois
check-unknown-scale = échelle inconnue « { $scale } »
check-unknown-index = indice inconnu « { $index } »
check-unknown-index-kind = type d’indice inconnu « { $value } » (attendu : barrier ou readiness)
check-unknown-role-group = groupe de rôle inconnu « { $value } » (attendu : peer ou professional)
check-unknown-item-type = type d’élément inconnu « { $value } »
check-scale-too-few-scored = une échelle doit compter au moins deux points notés
check-key-not-for-kind = « { $key } » n’a pas sa place dans un instrument de type { $kind }
check-key-not-for-type = « { $key } » ne s’applique pas à un élément de type { $type }
check-item-type-not-for-kind = un élément de type { $type } n’a pas sa place dans un instrument de type { $kind }
check-missing-key = « { $key } » est obligatoire ici
check-missing-groups = l’instrument n’a aucun [[{ $key }]]
check-empty-group = ce groupe ne contient aucun élément
check-no-choices = un élément à choix doit proposer au moins un choix
check-bad-range = min doit être un nombre inférieur ou égal à max
check-bad-selection-bounds = min_selected et max_selected doivent correspondre au nombre de choix
check-zero-length = max_length doit valoir au moins 1
check-min-items-zero = min_items doit valoir au moins 1
check-index-without-items = aucun élément n’alimente cet indice
check-index-min-items-too-high = min_items vaut { $min }, mais { $items ->
        [one] un seul élément alimente
       *[other] seulement { $items } éléments alimentent
    } cet indice
check-bands-out-of-order = les seuils doivent aller du minimum le plus élevé jusqu’à 0, chacun entre 0 et 100
check-unknown-role-item = l’élément de rôle « { $item } » n’existe pas
check-role-item-not-single = l’élément de rôle doit être un élément à choix unique
check-condition-syntax = la condition est illisible : { $detail }
check-condition-unknown-item = la condition nomme « { $item } », qui n’existe pas
check-condition-later-item = la condition nomme « { $item } », qui n’est pas posé avant cet élément
check-condition-unknown-code = la condition compare « { $item } » à « { $code } », qui ne fait pas partie de ses codes
check-condition-not-numeric = la condition compare « { $item } » à un nombre, mais ses réponses n’ont pas de score

## parite check : fichiers de langue

check-duplicate-instrument = un autre fichier définit déjà cet instrument à la version { $version }
check-fluent-syntax = erreur de syntaxe Fluent : { $detail }
check-duplicate-message = ce message est défini deux fois en { $locale } (d’abord dans { $file }, ligne { $line })
check-missing-in-locale = absent en { $locale }
check-missing-message = ce message est absent de toutes les langues
check-unused-message = aucun instrument, aucune page ni aucune commande n’utilise ce message
check-missing-used-message = absent : le programme affiche ce message (la copie intégrée le définit dans { $file })
check-french-space = { $found ->
        [none] aucune espace
        [plain] une espace ordinaire
       *[other] { $found }
    } avant « { $mark } » : le français demande { $needed ->
        [nbsp] une espace insécable (U+00A0)
       *[narrow] une espace fine insécable (U+202F)
    } à cet endroit

## Service et mise en place

setup-instruments-invalid = Les instruments intégrés à ce programme sont invalides : lancez « parite check ».
setup-content-refused = { $count ->
        [one] 1 problème dans les fichiers d’instruments ou de langues donnés : rien n’a été démarré.
       *[other] { $count } problèmes dans les fichiers d’instruments ou de langues donnés : rien n’a été démarré.
    }
setup-instrument-changed = { $file } : l’instrument { $id } version { $version } a changé alors que des réponses existent sur cette version (première différence : { $item }) : augmentez « version » dans ce fichier et gardez l’ancien fichier à côté.
setup-instrument-missing = { $dir } : l’instrument { $id } version { $version } a des réponses, mais aucun fichier ne le définit : remettez son fichier à côté de la nouvelle version.
serve-listening = Parité écoute sur { $url } (Ctrl+C pour arrêter).
serve-demo-created = Démo : création d’organismes, de réponses et de grilles d’exemple.
serve-demo-skipped = Démo : la base de données contient déjà des organismes ; rien n’a été ajouté.
serve-metrics-addr-invalid = « { $addr } » n’est pas une adresse où servir les métriques : indiquez une adresse IP et un port, par exemple 127.0.0.1:9464.
migrate-done = La base de données est à jour.
migrate-check-current = Le schéma de la base de données est à jour (version { $version }).
migrate-check-pending = Des migrations sont en attente : la base de données est à la version { $database }, cette version de Parité à la version { $binary }. Lancez « parite migrate » avant de démarrer les nouveaux serveurs.
migrate-check-newer = Le schéma de la base de données (version { $database }) est plus récent que celui de cette version de Parité (version { $binary }) : une version ultérieure l’a migrée. Lancez cette version, ou restaurez une sauvegarde faite avant la mise à niveau.
schema-newer = Cette base de données a été migrée par une version plus récente de Parité : son schéma est à la version { $database }, ce programme ne connaît que jusqu’à la version { $binary }. Rien n’a été modifié. Lancez la version qui l’a migrée (ou une plus récente), ou restaurez une sauvegarde faite avant la mise à niveau.
org-added = Organisme « { $slug } » créé.
org-delete-unconfirmed = Rien n’a été supprimé : pour supprimer l’organisme « { $slug } » et tout ce qui lui appartient (vagues, réponses, grilles, jalons, accès), répétez son identifiant avec --confirm { $slug }. Exportez d’abord ses données : parite export responses --org { $slug } --out FICHIER.
org-deleted = L’organisme « { $slug } » a été supprimé avec tout ce qui lui appartenait ({ $waves } vagues, { $responses } réponses).
wave-opened = Vague « { $label } » ouverte. Liens d’invitation :
wave-bad-date = « { $date } » n’est pas une date au format AAAA-MM-JJ.
setup-not-a-survey = « { $instrument } » n’est pas un questionnaire (on ouvre les vagues et on exporte les réponses des questionnaires). Questionnaires : { $surveys }.
backup-done = Sauvegarde écrite dans { $path }.
restore-done = { $path } restaurée : schéma version { $version }, { $organizations } organismes, { $responses } réponses soumises. Redémarrez les serveurs.
restore-not-sqlite = parite restore fonctionne sur les bases SQLite. Restaurez PostgreSQL avec pg_restore (voir le guide d’exploitation).
restore-missing = { $path } : fichier introuvable. Rien n’a été modifié.
restore-not-a-database = { $path } n’est pas une base de données SQLite, donc pas une sauvegarde de Parité. Rien n’a été modifié.
restore-damaged = { $path } est endommagé ({ $detail }). Rien n’a été modifié : restaurez une sauvegarde antérieure.
restore-not-parite = { $path } est une base de données SQLite, mais pas une base de Parité. Rien n’a été modifié.
restore-newer = { $path } a été écrit par une version plus récente (schéma version { $database } ; ce programme connaît jusqu’à la version { $binary }). Rien n’a été modifié : restaurez-le avec cette version.
restore-in-use = La base de données { $path } est ouverte par un serveur ou une commande en cours. Rien n’a été modifié : arrêtez tous les serveurs qui l’utilisent, puis relancez la restauration.
restore-write-failed = Impossible d’écrire { $path } ({ $detail }). La base de données est restée telle quelle.
purge-drafts-done = { $count ->
        [0] Aucun brouillon n’a été enregistré pour la dernière fois il y a plus de { $days } jours : rien n’a été supprimé.
        [one] 1 brouillon enregistré pour la dernière fois il y a plus de { $days } jours a été supprimé, avec ses réponses.
       *[other] { $count } brouillons enregistrés pour la dernière fois il y a plus de { $days } jours ont été supprimés, avec leurs réponses.
    }
demo-seeded = Données de démonstration : { $orgs } organismes, { $responses } réponses au sondage, grilles et jalons. Liens des sondages ouverts :

## Rapports et exportations

report-unknown-org = Aucun organisme « { $slug } ».
report-unknown-report = Aucun rapport « { $report } » (voir les fichiers de reports/).
report-needs-org = Ce rapport porte sur un organisme : précisez-le avec --org.
report-unknown-chart = Ce rapport n’a pas ce graphique.
report-unknown-table = Ce rapport n’a pas ce tableau.
report-no-figures = Il n’y a encore aucune donnée à représenter.
report-written = Écrit dans { $path }.
export-bad-delimiter = « { $delimiter } » n’est pas un séparateur : utilisez « , » ou « ; »
export-written = { $rows } valeurs de réponse écrites dans { $path }.
export-rows-written = { $rows ->
        [one] 1 ligne écrite dans { $path }.
       *[other] { $rows } lignes écrites dans { $path }.
    }
demo-accounts = Comptes de démonstration (courriel / mot de passe), pour vous connecter à { $url } :

serve-bad-public-url = « { $url } » n’est pas une adresse comme https://parite.example.org (--public-url).

## Le journal d’audit et les identités

cli-audit-refused = Le journal d’audit ne peut pas être écrit ({ $error }) ; rien n’a été remis.
cli-audit-unrecorded = La modification a été faite, mais le journal d’audit ne peut pas être écrit ({ $error }) : notez-la à la main.
identity-clash-email = Ces comptes ont des adresses courriel qui paraissent identiques ({ $value }), mais s’écrivent différemment : { $rows }. Ils ont été laissés tels quels ; désactivez-les ou modifiez-les tous sauf un.
identity-clash-name = Ces organismes ont des noms qui paraissent identiques ({ $value }), mais s’écrivent différemment : { $rows }. Ils ont été laissés tels quels ; renommez-les tous sauf un.
identity-clash-slug = Ces organismes ont des noms courts qui paraissent identiques ({ $value }), mais s’écrivent différemment : { $rows }. Ils ont été laissés tels quels.

# parite copy
copy-table-done = Table { $table } copiée : { $rows } lignes.
copy-done = { $from } a été copiée dans { $to } : { $tables } tables, { $rows } lignes. Faites pointer l’option --database des serveurs vers la nouvelle base, puis démarrez-les.
copy-same-database = La source et la cible sont la même base de données. Rien n’a été modifié.
copy-unreachable = Impossible d’utiliser { $url } ({ $detail }). Rien n’a été modifié.
copy-not-parite = { $url } ne contient pas de base de données Parité. Rien n’a été modifié.
copy-source-older = { $url } a le schéma version { $database }, plus ancien que celui de cette version ({ $binary }). Rien n’a été modifié : lancez d’abord parite migrate sur cette base, puis copiez de nouveau.
copy-source-newer = { $url } a été migrée par une version plus récente (schéma version { $database } ; ce programme connaît jusqu’à { $binary }). Rien n’a été modifié : copiez-la avec cette version.
copy-target-newer = { $url } a été migrée par une version plus récente (schéma version { $database } ; ce programme connaît jusqu’à { $binary }). Rien n’a été modifié.
copy-target-not-empty = { $url } contient déjà des données (table { $table }). Rien n’a été modifié : copiez dans une base vide.
copy-target-in-use = La base de données { $path } est ouverte par un serveur ou une commande en cours. Rien n’a été modifié : arrêtez-les, puis copiez de nouveau.
copy-mismatch = La table { $table } diffère entre les deux bases. Rien n’a été modifié : amenez-les toutes deux à cette version avec parite migrate.

## Traductions : exportation, importation, sources

translations-exported = { $units ->
        [one] { $units } texte de { $locale } écrit
       *[other] { $units } textes de { $locale } écrits
    } dans { $path } ({ $missing } { $missing ->
        [one] manquant
       *[other] manquants
    }, { $outdated } { $outdated ->
        [one] périmé
       *[other] périmés
    }).
translations-imported = { $changed ->
        [one] { $changed } traduction écrite
       *[other] { $changed } traductions écrites
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } de { $locale } ; { $unchanged } inchangées.
translations-recorded = { $count ->
        [one] { $count } source anglaise inscrite
       *[other] { $count } sources anglaises inscrites
    } dans { $path }.
translations-refused = { $count } problèmes : rien n’a été écrit.
translations-bad-locale = « { $locale } » n’est pas une langue de traduction : nommez un dossier de langue autre que en-CA, par exemple fr-CA.
translations-unknown-format = { $path } : le nom ne dit pas s’il s’agit de CSV ou de XLIFF ; terminez-le par .csv ou .xlf, ou ajoutez --format csv ou --format xliff.
translations-cannot-read = impossible de lire { $path } : { $error }
translations-cannot-write = impossible d’écrire { $path } : { $error }
translations-syntax = { $path }, ligne { $line } : le fichier n’est pas du Fluent valide ({ $detail }) ; corrigez-le d’abord.
translations-bad-sources = { $path } : ce n’est pas une liste d’empreintes anglaises ({ $detail }).
translations-unwritable = { $file } : { $id } : le texte contient un caractère de contrôle que XLIFF ne peut pas transporter ; exportez-le en CSV.
translations-locale-mismatch = { $path } traduit vers { $found }, pas vers { $expected }.
translations-no-locale = { $path } ne dit pas vers quelle langue il traduit : ajoutez --locale.
translations-bad-csv = { $path }, ligne { $line } : { $detail }
translations-missing-column = { $path } : la ligne d’en-tête n’a pas de colonne « { $column } ».
translations-bad-status = { $file } : { $id } : « { $status } » n’est pas un statut : écrivez translated, missing ou outdated.
translations-bad-xliff = { $path } : XML illisible ({ $detail }).
translations-not-xliff-2 = { $path } : ce n’est pas un document XLIFF 2.0 (espace de noms « { $namespace } »).
translations-xliff-inline = { $path } : { $id } : la cible contient du balisage (<{ $element }>) ; écrivez le texte Fluent en texte brut.
translations-bad-file = { $file } : { $id } : « { $file } » n’est pas le nom d’un fichier .ftl du dossier de langue.
translations-duplicate-unit = { $file } : { $id } : figure deux fois dans le fichier.
translations-unknown-unit = avertissement : { $file } : { $id } : n’est plus un texte anglais ; ignoré.
translations-bad-hash = { $file } : { $id } : l’empreinte de la source « { $hash } » n’est pas celle de l’exportation (16 chiffres hexadécimaux).
translations-invalid = { $file } : { $id } : la traduction n’est pas du Fluent valide ({ $detail }).
translations-reads-differently = { $file } : { $id } : écrite dans le fichier, la traduction se lirait autrement (une ligne qui commence par « . », « [ » ou « * », ou des espaces en début de ligne ?).
translations-not-translated = { $file } : { $id } : aucune traduction à inscrire (ce n’est pas un texte anglais, ou il manque dans cette langue).
