//! `parite export responses --wide` writes `X.R`, `X.sps` and `X.do` beside `X.csv`; here the
//! real tools run them on the demo's data, in French and in English: R (`Rscript`, Debian's
//! `r-base-core`) and PSPP (`pspp`, which runs SPSS syntax). Stata is proprietary and cannot
//! be installed here, so its do-file is checked for its structure only (every column renamed,
//! every coded column labelled).
//!
//! A missing Rscript or pspp fails these tests when CI=true (`.ci/run` installs both) and skips
//! them, with a message, anywhere else.

use std::path::Path;
use std::process::{Command, Output};

use parite_i18n::Locale;
use parite_reports::export::{
    Codes, CsvOptions, Dataset, SyntaxKind, ValueLabel, Variable, VariableKind, write_syntax,
};

fn parite(dir: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .current_dir(dir)
        .env("PARITE_DEFAULT_LOCALE", "fr-CA")
        .env_remove("PARITE_DATABASE_URL")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    assert!(
        output.status.success(),
        "parite {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Whether `program` runs; outside CI a missing one skips the test with a message.
fn available(program: &str, package: &str) -> bool {
    if Command::new(program).arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{program} is missing (Debian package {package}) and CI=true"
    );
    eprintln!("skipped: {program} is not installed (apt-get install {package})");
    false
}

/// Runs a tool in `dir`. R reads UTF-8 text only in a UTF-8 locale, as every desktop has.
fn run(dir: &Path, program: &str, args: &[&str]) -> (String, String) {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "{program} {args:?}: {stdout}\n{stderr}"
    );
    (stdout, stderr)
}

/// One export of the demo: its language, the words expected in it, its file.
struct Export {
    locale: &'static str,
    /// The five points of agree5, then "don't know", in that language.
    points: [&'static str; 6],
    /// The text of b_cult_1.
    item: &'static str,
    file: &'static str,
    /// Extra flags: the English export has codes in its header, to show it does not matter.
    flags: &'static [&'static str],
}

const EXPORTS: [Export; 2] = [
    Export {
        locale: "fr-CA",
        points: [
            "Tout à fait en désaccord",
            "Plutôt en désaccord",
            "Ni d’accord ni en désaccord",
            "Plutôt d’accord",
            "Tout à fait d’accord",
            "Je ne sais pas",
        ],
        item: "Ici, le savoir expérientiel est reconnu comme une forme d’expertise.",
        file: "wide-fr.csv",
        flags: &[],
    },
    Export {
        locale: "en-CA",
        points: [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
            "Don’t know",
        ],
        item: "Here, lived experience is valued as a form of expertise.",
        file: "wide-en.csv",
        flags: &["--codes"],
    },
];

/// The header and rows of an export, read back with its own delimiter.
fn read(dir: &Path, export: &Export) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(dir.join(export.file)).unwrap_or_else(|e| panic!("{e}"));
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let delimiter = if export.locale == "fr-CA" { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body);
    let header = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_else(|e| panic!("{e}"));
    let rows = reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_owned).collect()))
        .collect::<Result<Vec<Vec<String>>, _>>()
        .unwrap_or_else(|e| panic!("{e}"));
    (header, rows)
}

/// The demo seeded in a fresh folder and exported wide in both languages; for each export, the
/// first item column holding a `dk`, with its number of `dk` and of empty cells.
fn seeded() -> (tempfile::TempDir, Vec<(String, usize, usize)>) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    parite(
        dir.path(),
        &["demo", "seed", "--orgs", "2", "--responses", "8"],
    );
    let mut columns = Vec::new();
    for export in &EXPORTS {
        let args = [
            &["export", "responses", "--wide", "--locale", export.locale][..],
            export.flags,
            &["--out", export.file],
        ]
        .concat();
        parite(dir.path(), &args);
        let (header, rows) = read(dir.path(), export);
        let column = (0..header.len())
            .find(|i| rows.iter().any(|r| r[*i] == "dk"))
            .unwrap_or_else(|| panic!("the demo answers dk somewhere"));
        let count = |value: &str| rows.iter().filter(|r| r[column] == value).count();
        columns.push((header[column].clone(), count("dk"), count("")));
    }
    (dir, columns)
}

#[test]
fn rscript_reads_the_wide_export_with_labels_in_its_language_and_dk_as_na() {
    if !available("Rscript", "r-base-core") {
        return;
    }
    let (dir, columns) = seeded();
    for (export, (dk_column, dk, empty)) in EXPORTS.iter().zip(&columns) {
        let script = export.file.replace(".csv", ".R");
        // As the script's comment says to run it, alone: no error, no warning.
        let (_, stderr) = run(dir.path(), "Rscript", &[&script]);
        assert_eq!(stderr, "", "{script} runs without a warning");
        let probe = format!(
            "source({script:?}, encoding = \"UTF-8\")\n\
             cat(levels(parite$b_cult_1), sep = \"\\n\")\n\
             cat(\"label:\", attr(parite$b_cult_1, \"label\"), \"\\n\")\n\
             print(table(is.na(parite${dk_column})))\n\
             cat(\"na:\", sum(is.na(parite${dk_column})), \"\\n\")\n\
             cat(\"missing:\", names(attr(parite${dk_column}, \"missing\")), \
                 attr(parite${dk_column}, \"missing\"), \"\\n\")\n\
             cat(\"numbers:\", class(parite_num${dk_column}), \
                 sum(is.na(parite_num${dk_column})), \"\\n\")\n\
             cat(\"raw dk:\", sum(parite_raw${dk_column} == \"dk\", na.rm = TRUE), \"\\n\")\n\
             cat(\"role:\", levels(parite$role)[1], \"\\n\")\n"
        );
        let name = format!("probe-{}.R", export.locale);
        std::fs::write(dir.path().join(&name), probe).unwrap_or_else(|e| panic!("{e}"));
        let (out, _) = run(dir.path(), "Rscript", &[&name]);
        eprintln!("{} — Rscript {name}:\n{out}", export.locale);
        let levels: Vec<&str> = out.lines().take(5).collect();
        assert_eq!(levels, export.points[..5], "levels in code order: {out}");
        assert!(out.contains(&format!("label: {} ", export.item)), "{out}");
        assert!(
            out.contains(&format!("na: {} ", dk + empty)),
            "{dk} dk and {empty} empty cells of {dk_column} are NA: {out}"
        );
        assert!(
            out.contains(&format!("missing: dk {} ", export.points[5])),
            "{out}"
        );
        assert!(
            out.contains(&format!("numbers: numeric {} ", dk + empty)),
            "{out}"
        );
        assert!(
            out.contains(&format!("raw dk: {dk} ")),
            "parite_raw keeps dk: {out}"
        );
        let peer = if export.locale == "fr-CA" {
            "Pair, pair aidant ou paire aidante"
        } else {
            "Peer or peer support worker"
        };
        assert!(out.contains(&format!("role: {peer}")), "{out}");
    }
}

#[test]
fn pspp_reads_the_wide_export_with_value_labels_and_dk_as_a_missing_value() {
    if !available("pspp", "pspp") {
        return;
    }
    let (dir, columns) = seeded();
    for (export, (dk_column, dk, _)) in EXPORTS.iter().zip(&columns) {
        let script = export.file.replace(".csv", ".sps");
        let probe = format!(
            "INSERT FILE='{script}'.\n\
             DISPLAY DICTIONARY /VARIABLES=b_cult_1 {dk_column}.\n\
             FREQUENCIES {dk_column}.\n"
        );
        let name = format!("probe-{}.sps", export.locale);
        let output = format!("probe-{}.csv", export.locale);
        std::fs::write(dir.path().join(&name), probe).unwrap_or_else(|e| panic!("{e}"));
        let (stdout, stderr) = run(
            dir.path(),
            "pspp",
            &["-O", "format=csv", "-o", &output, &name],
        );
        let out = std::fs::read_to_string(dir.path().join(&output)).unwrap_or_default();
        eprintln!("{} — pspp {name}:\n{out}", export.locale);
        assert!(
            !format!("{stdout}{stderr}{out}")
                .to_lowercase()
                .contains("error")
                && !out.to_lowercase().contains("warning"),
            "PSPP runs {script} without an error or a warning: {stdout}{stderr}{out}"
        );
        assert!(
            out.contains(&format!("b_cult_1,11,\"{}\",Ordinal", export.item))
                || out.contains(&format!("b_cult_1,11,{},Ordinal", export.item)),
            "the variable label: {out}"
        );
        assert!(
            out.contains(",F2.0,F2.0,-9\n"),
            "-9 declared missing: {out}"
        );
        for (code, label) in (1..=5).zip(&export.points[..5]) {
            assert!(
                out.contains(&format!(",{code},{label}\n")),
                "{code} {label}: {out}"
            );
        }
        assert!(
            out.contains(&format!(",-9[a],{}\n", export.points[5])),
            "dk is -9, labelled, user-missing: {out}"
        );
        assert!(
            out.contains(&format!(",{},{dk},", export.points[5])),
            "the {dk} dk of {dk_column} counted as missing: {out}"
        );
    }
}

/// Stata cannot run here (see the module's comment): the do-file's structure instead.
#[test]
fn the_stata_do_file_renames_every_column_and_labels_every_coded_one() {
    let (dir, _) = seeded();
    for export in &EXPORTS {
        let (header, _) = read(dir.path(), export);
        let stem = export.file.trim_end_matches(".csv");
        let script = std::fs::read_to_string(dir.path().join(format!("{stem}.do")))
            .unwrap_or_else(|e| panic!("{e}"));
        let codebook = std::fs::read_to_string(dir.path().join(format!("{stem}.codebook.csv")))
            .unwrap_or_else(|e| panic!("{e}"));
        let delimiter = if export.locale == "fr-CA" { ';' } else { ',' };
        // Item (column 2) and value (column 10) of the codebook: the items with codes.
        let mut coded: Vec<String> = codebook
            .lines()
            .skip(1)
            .filter_map(|line| {
                let cells: Vec<&str> = line.split(delimiter).collect();
                let value = cells.get(9).copied().unwrap_or_default();
                (!value.is_empty()).then(|| cells[1].to_owned())
            })
            .collect();
        coded.dedup();
        assert!(coded.len() > 20, "{coded:?}");
        assert!(script.contains(&format!("if c(k) != {} {{", header.len())));
        assert!(script.contains("varnames(nonames) rowrange(2)"));
        assert!(script.contains("encoding(\"utf-8\")"));
        assert!(script.contains(&format!("delimiters(\"{delimiter}\")")));
        let names: Vec<&str> = if export.flags.contains(&"--codes") {
            header.iter().map(String::as_str).collect()
        } else {
            // A labels header: the details' columns under their codes.
            ["response_id", "organization", "wave", "locale", "role"]
                .into_iter()
                .chain(header[5..].iter().map(String::as_str))
                .collect()
        };
        for (i, name) in names.iter().enumerate() {
            assert!(name.len() <= 32, "{name}");
            assert!(
                script.contains(&format!("\nrename v{} {name}\n", i + 1)),
                "column {} renamed {name}",
                i + 1
            );
        }
        for name in &coded {
            assert!(
                script.contains(&format!("\nlabel define {name} ///\n")),
                "label define {name}"
            );
            assert!(
                script.contains(&format!("\nlabel values {name} {name}\n")),
                "label values {name}"
            );
            assert!(script.contains(&format!("\nlabel variable {name} `\"")));
        }
        let dk = format!("    .a `\"{}\"' ///\n", export.points[5]);
        assert!(script.contains(&dk), "dk is .a with its label");
        assert!(script.contains("replace `code' = .a if b_cult_1 == `\"dk\"'"));
    }
}

fn options() -> CsvOptions {
    CsvOptions::for_locale(&Locale::fr_ca())
}

/// Labels that need quoting in every language, read back by R and PSPP from a small file.
#[test]
fn labels_with_quotes_apostrophes_semicolons_and_line_breaks_reach_r_and_pspp_intact() {
    let r = available("Rscript", "r-base-core");
    let pspp = available("pspp", "pspp");
    if !r && !pspp {
        return;
    }
    let label = "L’équipe « dit » \"oui\"; c'est\nsur deux lignes";
    let agree = Codes {
        values: vec![
            ValueLabel::new("1", "Pas d’accord ; «\u{a0}non\u{a0}»"),
            ValueLabel::new("2", "D'accord, \"oui\""),
            ValueLabel::new("dk", "Je ne sais pas"),
        ],
        missing: vec!["dk".to_owned()],
    };
    let dataset = Dataset::new(
        "awkward.csv",
        options(),
        vec![
            Variable::new("id", "Identifiant", VariableKind::Text),
            Variable::new("agree", label, VariableKind::Coded(agree)),
            Variable::new("score", "Score ; total", VariableKind::Number),
        ],
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("awkward.csv"),
        "\u{feff}id;agree;score\r\na;1;3,5\r\nb;dk;\r\nc;2;-0,25\r\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let texts = parite_i18n::Texts::new(
        std::sync::Arc::new(
            parite_i18n::Localizer::embedded(Locale::fr_ca()).unwrap_or_else(|e| panic!("{e}")),
        ),
        Locale::fr_ca(),
    );
    for kind in [SyntaxKind::R, SyntaxKind::Spss] {
        let bytes =
            write_syntax(kind, &dataset, &texts, Vec::new()).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join(kind.file_name(&dataset)), bytes)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    if r {
        let probe = "source(\"awkward.R\", encoding = \"UTF-8\")\n\
             cat(attr(parite$agree, \"label\"), levels(parite$agree), sep = \"|\")\n\
             cat(\"\\nscores:\", parite$score, \"\\n\")\n";
        std::fs::write(dir.path().join("probe.R"), probe).unwrap_or_else(|e| panic!("{e}"));
        let (out, _) = run(dir.path(), "Rscript", &["probe.R"]);
        assert!(
            out.starts_with(&format!(
                "{label}|Pas d’accord ; «\u{a0}non\u{a0}»|D'accord, \"oui\"\n"
            )),
            "{out}"
        );
        assert!(out.contains("scores: 3.5 NA -0.25"), "{out}");
    }
    if pspp {
        let probe = "INSERT FILE='awkward.sps'.\nDISPLAY DICTIONARY.\nLIST.\n";
        std::fs::write(dir.path().join("probe.sps"), probe).unwrap_or_else(|e| panic!("{e}"));
        run(
            dir.path(),
            "pspp",
            &["-O", "format=csv", "-o", "probe.csv", "probe.sps"],
        );
        let out = std::fs::read_to_string(dir.path().join("probe.csv")).unwrap_or_default();
        let one_line = label.replace('\n', " ").replace('"', "\"\"");
        assert!(out.contains(&format!("\"{one_line}\"")), "{out}");
        assert!(out.contains("Pas d’accord ; «\u{a0}non\u{a0}»"), "{out}");
        assert!(out.contains("\"D'accord, \"\"oui\"\"\""), "{out}");
        assert!(out.contains("-9[a],Je ne sais pas"), "{out}");
        assert!(out.contains("\"3,50\"") || out.contains("3,50"), "{out}");
        assert!(!out.to_lowercase().contains("error"), "{out}");
    }
}

/// The case: an evaluator exports an organization's checklist ratings and gets, in R,
/// labelled factors — and the same labels in PSPP — with "not applicable" as missing.
#[test]
fn checklist_ratings_read_in_r_and_pspp_as_labelled_factors_with_na_as_missing() {
    let (r, pspp) = (
        available("Rscript", "r-base-core"),
        available("pspp", "pspp"),
    );
    if !r && !pspp {
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    parite(
        dir.path(),
        &[
            "demo",
            "seed",
            "--orgs",
            "1",
            "--responses",
            "6",
            "--seed",
            "7",
        ],
    );
    parite(
        dir.path(),
        &[
            "export",
            "ratings",
            "--org",
            "centre-horizon",
            "--wide",
            "--locale",
            "en-CA",
            "--out",
            "ratings.csv",
        ],
    );
    for beside in ["ratings.R", "ratings.sps", "ratings.do"] {
        assert!(
            dir.path().join(beside).exists(),
            "{beside} beside the export"
        );
    }
    if r {
        let probe = "source(\"ratings.R\", encoding = \"UTF-8\")\n\
             cat(levels(parite$f_com_1), sep = \"\\n\")\n\
             cat(\"rows:\", nrow(parite), \"\\n\")\n\
             cat(\"kind:\", levels(parite$assessment_kind), \"\\n\")\n\
             cat(\"class:\", class(parite$f_com_1), \"\\n\")\n";
        std::fs::write(dir.path().join("probe.R"), probe).unwrap_or_else(|e| panic!("{e}"));
        let (out, _) = run(dir.path(), "Rscript", &["probe.R"]);
        eprintln!("Rscript probe.R:\n{out}");
        let levels: Vec<&str> = out.lines().take(3).collect();
        assert_eq!(
            levels,
            [
                "0 – Not in place",
                "1 – Partly in place",
                "2 – Fully in place"
            ],
            "{out}"
        );
        assert!(out.contains("rows: 4 "), "one row per assessment: {out}");
        assert!(
            out.contains("kind: One rater Consensus of the raters"),
            "{out}"
        );
        assert!(out.contains("class: factor"), "{out}");
    }
    if pspp {
        let script = "INCLUDE FILE='ratings.sps'.\nDISPLAY DICTIONARY /VARIABLES=f_com_1.\n";
        std::fs::write(dir.path().join("probe.sps"), script).unwrap_or_else(|e| panic!("{e}"));
        let (out, _) = run(dir.path(), "pspp", &["-O", "format=csv", "probe.sps"]);
        eprintln!("pspp probe.sps:\n{out}");
        assert!(out.contains("2 – Fully in place"), "{out}");
        assert!(!out.contains("Error") && !out.contains("Warning"), "{out}");
    }
}
