## parite check: the summary

check-instrument-ok = { $id } v{ $version } ({ $kind ->
        [survey] survey
        [checklist] checklist
       *[progress] progress milestones
    }): { $items } { $items ->
        [one] item
       *[other] items
    } in { $groups } { $kind ->
        [survey] { $groups ->
            [one] section
           *[other] sections
        }
        [checklist] { $groups ->
            [one] domain
           *[other] domains
        }
       *[progress] { $groups ->
            [one] stage
           *[other] stages
        }
    }, complete in { $locales }
check-failed = { $count ->
        [one] 1 problem found.
       *[other] { $count } problems found.
    }
check-warnings = { $count ->
        [one] 1 warning.
       *[other] { $count } warnings.
    }
check-median-point = warning: “{ $form }” is a median-point form: write the full doublet or an epicene wording, or in a table or a chart a short form in parentheses, “professionnel(le)s”.
check-outdated = outdated: the English text has changed since this was translated; translate it again, then parite translations import (or, if it still fits, parite translations record --id).
check-cannot-read = cannot read { $path }: { $error }
check-no-locales = no locale folder (such as fr-CA/) with .ftl files in { $path }

## parite check: instrument files

check-toml-syntax = not valid here: { $detail }
check-unknown-kind = unknown kind “{ $value }” (expected survey, checklist or progress)
check-bad-identifier = “{ $value }” is not a valid code: use letters, digits, “_” and “-”, starting with a letter or digit
check-bad-message-id = “{ $value }” is not a valid message id: use letters, digits, “_” and “-”, starting with a letter
check-duplicate-id = this id is already used on line { $line }
check-duplicate-choice-code = the choice code “{ $code }” is used twice
check-unknown-scale = unknown scale “{ $scale }”
check-unknown-index = unknown index “{ $index }”
check-unknown-index-kind = unknown index kind “{ $value }” (expected barrier or readiness)
check-unknown-role-group = unknown role group “{ $value }” (expected peer or professional)
check-unknown-item-type = unknown item type “{ $value }”
check-scale-too-few-scored = a scale needs at least two scored points
check-key-not-for-kind = “{ $key }” does not belong in a { $kind } instrument
check-key-not-for-type = “{ $key }” does not apply to a { $type } item
check-item-type-not-for-kind = a { $type } item does not belong in a { $kind } instrument
check-missing-key = “{ $key }” is required here
check-missing-groups = the instrument has no [[{ $key }]]
check-empty-group = this group has no items
check-no-choices = a choice item needs at least one choice
check-bad-range = min must be a number no greater than max
check-bad-selection-bounds = min_selected and max_selected must fit the number of choices
check-zero-length = max_length must be at least 1
check-min-items-zero = min_items must be at least 1
check-index-without-items = no item feeds this index
check-index-min-items-too-high = min_items is { $min } but only { $items } { $items ->
        [one] item feeds
       *[other] items feed
    } this index
check-bands-out-of-order = bands must go from the highest minimum down to 0, each between 0 and 100
check-unknown-role-item = the role item “{ $item }” does not exist
check-role-item-not-single = the role item must be a single-choice item
check-condition-syntax = the condition does not parse: { $detail }
check-condition-unknown-item = the condition names “{ $item }”, which does not exist
check-condition-later-item = the condition names “{ $item }”, which is not asked before this item
check-condition-unknown-code = the condition compares “{ $item }” with “{ $code }”, which is not one of its codes
check-condition-not-numeric = the condition compares “{ $item }” with a number, but its answers have no score

## parite check: locale files

check-duplicate-instrument = another file already defines this instrument at version { $version }
check-fluent-syntax = Fluent syntax error: { $detail }
check-duplicate-message = this message is defined twice in { $locale } (first in { $file }, line { $line })
check-missing-in-locale = missing in { $locale }
check-missing-message = this message is missing from every locale
check-unused-message = no instrument, page or command uses this message
check-missing-used-message = missing: the program shows this message (the built-in copy defines it in { $file })
check-french-space = { $found ->
        [none] no space
        [plain] a plain space
       *[other] { $found }
    } before “{ $mark }”: French needs { $needed ->
        [nbsp] a no-break space (U+00A0)
       *[narrow] a narrow no-break space (U+202F)
    } there

## Serving and setting up

setup-instruments-invalid = The instruments compiled into this program are invalid: run `parite check`.
setup-content-refused = { $count ->
        [one] 1 problem in the instrument or locale files given: nothing was started.
       *[other] { $count } problems in the instrument or locale files given: nothing was started.
    }
setup-instrument-changed = { $file }: instrument { $id } version { $version } changed but answers exist on it (first difference: { $item }): bump `version` in this file and keep the old file beside it.
setup-instrument-missing = { $dir }: instrument { $id } version { $version } has answers, but no file defines it: put its file back beside the newer version.
serve-listening = Parité is listening on { $url } (Ctrl+C to stop).
serve-demo-created = Demo: generating example organizations, responses and checklists.
serve-demo-skipped = Demo: the database already holds organizations; nothing was added.
serve-metrics-addr-invalid = “{ $addr }” is not an address to serve metrics on: write an IP address and a port, e.g. 127.0.0.1:9464.
migrate-done = The database is up to date.
migrate-check-current = The database schema is current (version { $version }).
migrate-check-pending = Migrations are pending: the database is at version { $database }, this release at { $binary }. Run “parite migrate” before starting the new servers.
migrate-check-newer = The database schema (version { $database }) is newer than this release’s (version { $binary }): a later release migrated it. Run that release, or restore a backup taken before the upgrade.
schema-newer = This database was migrated by a newer release of Parité: its schema is version { $database }, this program knows up to version { $binary }. Nothing was changed. Run the release that migrated it (or a later one), or restore a backup taken before the upgrade.
org-added = Organization “{ $slug }” created.
org-delete-unconfirmed = Nothing was deleted: to delete the organization “{ $slug }” and everything that belongs to it (waves, responses, checklists, milestones, access), repeat its slug with --confirm { $slug }. Export its data first: parite export responses --org { $slug } --out FILE.
org-deleted = The organization “{ $slug }” was deleted with everything that belonged to it ({ $waves } waves, { $responses } responses).
wave-opened = Wave “{ $label }” opened. Invitation links:
wave-bad-date = “{ $date }” is not a date written YYYY-MM-DD.
setup-not-a-survey = “{ $instrument }” is not a survey (surveys are what waves are opened on and answers exported from). Surveys: { $surveys }.
backup-done = Backup written to { $path }.
restore-done = Restored { $path }: schema version { $version }, { $organizations } organizations, { $responses } submitted responses. Start the servers again.
restore-not-sqlite = parite restore works on SQLite databases. Restore PostgreSQL with pg_restore (see the operator’s guide).
restore-missing = { $path }: no such file. Nothing was changed.
restore-not-a-database = { $path } is not an SQLite database, so it is not a Parité backup. Nothing was changed.
restore-damaged = { $path } is damaged ({ $detail }). Nothing was changed: restore an earlier backup.
restore-not-parite = { $path } is an SQLite database but not a Parité one. Nothing was changed.
restore-newer = { $path } was written by a newer release (schema version { $database }; this program knows up to { $binary }). Nothing was changed: restore it with that release.
restore-in-use = The database { $path } is open by a running server or command. Nothing was changed: stop every server using it, then restore again.
restore-write-failed = Cannot write { $path } ({ $detail }). The database was left as it was.
purge-drafts-done = { $count ->
        [0] No draft was last saved more than { $days } days ago: nothing was deleted.
        [one] 1 draft last saved more than { $days } days ago was deleted, with its answers.
       *[other] { $count } drafts last saved more than { $days } days ago were deleted, with their answers.
    }
demo-seeded = Demo data: { $orgs } organizations, { $responses } survey responses, checklists and milestones. Open survey links:

## Reports and exports

report-unknown-org = No organization “{ $slug }”.
report-unknown-report = No report “{ $report }” (see the files of reports/).
report-needs-org = This report is about one organization: name it with --org.
report-unknown-chart = This report has no such chart.
report-unknown-table = This report has no such table.
report-no-figures = There are no figures to draw yet.
report-written = Written to { $path }.
export-bad-delimiter = “{ $delimiter }” is not a delimiter: use “,” or “;”
export-written = { $rows } answer values written to { $path }.
export-rows-written = { $rows ->
        [one] 1 row written to { $path }.
       *[other] { $rows } rows written to { $path }.
    }
demo-accounts = Demo accounts (email / password), to sign in at { $url }:

serve-bad-public-url = “{ $url }” is not an address such as https://parite.example.org (--public-url).

## The audit log and identities

cli-audit-refused = The audit log cannot be written ({ $error }); nothing was handed out.
cli-audit-unrecorded = The change was made but the audit log cannot be written ({ $error }): record it by hand.
identity-clash-email = These accounts have email addresses that look the same ({ $value }) but are spelled differently: { $rows }. They were left as they are; disable or change all but one.
identity-clash-name = These organizations have names that look the same ({ $value }) but are spelled differently: { $rows }. They were left as they are; rename all but one.
identity-clash-slug = These organizations have short names that look the same ({ $value }) but are spelled differently: { $rows }. They were left as they are.

# parite copy
copy-table-done = Copied { $table }: { $rows } rows.
copy-done = Copied { $from } into { $to }: { $tables } tables, { $rows } rows. Point the servers’ --database at the new database, then start them.
copy-same-database = The source and the target are the same database. Nothing was changed.
copy-unreachable = Cannot use { $url } ({ $detail }). Nothing was changed.
copy-not-parite = { $url } holds no Parité database. Nothing was changed.
copy-source-older = { $url } has schema version { $database }, older than this release’s ({ $binary }). Nothing was changed: run parite migrate on it first, then copy again.
copy-source-newer = { $url } was migrated by a newer release (schema version { $database }; this program knows up to { $binary }). Nothing was changed: copy it with that release.
copy-target-newer = { $url } was migrated by a newer release (schema version { $database }; this program knows up to { $binary }). Nothing was changed.
copy-target-not-empty = { $url } already holds data (table { $table }). Nothing was changed: copy into an empty database.
copy-target-in-use = The database { $path } is open by a running server or command. Nothing was changed: stop it, then copy again.
copy-mismatch = The table { $table } differs between the two databases. Nothing was changed: bring both to this release with parite migrate.

## Translations: export, import, record

translations-exported = { $units ->
        [one] { $units } text
       *[other] { $units } texts
    } of { $locale } written to { $path } ({ $missing } missing, { $outdated } outdated).
translations-imported = { $changed ->
        [one] 1 translation
       *[other] { $changed } translations
    } written into { $files ->
        [one] 1 file
       *[other] { $files } files
    } of { $locale }; { $unchanged } unchanged.
translations-recorded = { $count ->
        [one] 1 English source recorded
       *[other] { $count } English sources recorded
    } in { $path }.
translations-refused = { $count } problems: nothing was written.
translations-bad-locale = “{ $locale }” cannot be translated into: name a locale folder other than en-CA, such as fr-CA.
translations-unknown-format = { $path }: the name does not tell CSV from XLIFF; end it in .csv or .xlf, or add --format csv or --format xliff.
translations-cannot-read = cannot read { $path }: { $error }
translations-cannot-write = cannot write { $path }: { $error }
translations-syntax = { $path }:{ $line }: the file is not valid Fluent ({ $detail }); fix it first.
translations-bad-sources = { $path }: not a list of English hashes ({ $detail }).
translations-unwritable = { $file }: { $id }: the text holds a control character that XLIFF cannot carry; export it as CSV.
translations-locale-mismatch = { $path } translates into { $found }, not { $expected }.
translations-no-locale = { $path } does not say which locale it translates into: add --locale.
translations-bad-csv = { $path }, line { $line }: { $detail }
translations-missing-column = { $path }: the header row has no “{ $column }” column.
translations-bad-status = { $file }: { $id }: “{ $status }” is not a status: write translated, missing or outdated.
translations-bad-xliff = { $path }: not readable XML ({ $detail }).
translations-not-xliff-2 = { $path }: not an XLIFF 2.0 document (namespace “{ $namespace }”).
translations-xliff-inline = { $path }: { $id }: the target holds markup (<{ $element }>); write the Fluent text as plain text.
translations-bad-file = { $file }: { $id }: “{ $file }” is not the name of a .ftl file of the locale folder.
translations-duplicate-unit = { $file }: { $id }: appears twice in the file.
translations-unknown-unit = warning: { $file }: { $id }: no longer an English text; skipped.
translations-bad-hash = { $file }: { $id }: the source hash “{ $hash }” is not the one the export wrote (16 hexadecimal digits).
translations-invalid = { $file }: { $id }: the translation is not valid Fluent ({ $detail }).
translations-reads-differently = { $file }: { $id }: written into the file, the translation would read differently (a line starting with “.”, “[” or “*”, or spaces at the start?).
translations-not-translated = { $file }: { $id }: no translation to record (not an English text, or missing in this locale).
