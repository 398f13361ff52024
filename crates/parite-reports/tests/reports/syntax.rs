//! The wide export's description and the R, SPSS and Stata scripts made from it. The scripts
//! are run by R and PSPP in the root crate's tests/syntax_files.rs; here, what they say.

use parite_core::Instrument;
use parite_core::shipped::SURVEYS;
use parite_reports::export::syntax::variable_names;
use parite_reports::export::{
    Codes, CsvOptions, Dataset, HeaderStyle, ResponsesWideWriter, SyntaxKind, ValueLabel, Variable,
    VariableKind, responses_wide_dataset, write_syntax,
};

use crate::{en, fr, read_csv, survey};

fn shipped_surveys() -> Vec<Instrument> {
    let surveys: Vec<Instrument> = SURVEYS
        .iter()
        .map(|(_, source)| Instrument::parse(source).unwrap())
        .filter(|i| i.kind == parite_core::InstrumentKind::Survey)
        .collect();
    assert!(
        surveys.len() >= 4,
        "both team-survey versions, peer-values, peer-engagement"
    );
    surveys
}

#[test]
fn the_dataset_names_the_wide_files_columns_for_every_shipped_survey() {
    for instrument in shipped_surveys() {
        for texts in [fr(), en()] {
            for free_text in [false, true] {
                let options = CsvOptions {
                    headers: HeaderStyle::Codes,
                    include_free_text: free_text,
                    ..CsvOptions::for_locale(texts.locale())
                };
                let writer =
                    ResponsesWideWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
                let bytes = writer.finish().unwrap();
                let (header, _) = read_csv(&bytes, options.delimiter.byte(), true);
                let dataset =
                    responses_wide_dataset(&instrument, &texts, &options, "x.csv").unwrap();
                let names: Vec<&str> = dataset.variables.iter().map(|v| v.name.as_str()).collect();
                assert_eq!(names, header, "{} v{}", instrument.id, instrument.version);
                assert_eq!(
                    variable_names(&dataset),
                    header,
                    "shipped codes are valid names in R, SPSS and Stata as they are"
                );
                assert_eq!(dataset.options, options);
            }
        }
    }
}

#[test]
fn the_role_is_one_column_coded_with_the_role_items_choices() {
    let texts = fr();
    let options = CsvOptions::for_locale(texts.locale());
    let dataset = responses_wide_dataset(&survey(), &texts, &options, "x.csv").unwrap();
    let roles: Vec<&Variable> = dataset
        .variables
        .iter()
        .filter(|v| v.name == "role")
        .collect();
    assert_eq!(roles.len(), 1, "the role item's answer is the role column");
    let VariableKind::Coded(codes) = &roles[0].kind else {
        panic!("{:?}", roles[0].kind)
    };
    assert_eq!(
        codes.values[0],
        ValueLabel::new("peer", texts.t("team-survey-role-peer"))
    );
    assert!(!codes.numeric());
    assert_eq!(dataset.variables[0].kind, VariableKind::Text);

    let likert = dataset
        .variables
        .iter()
        .find(|v| v.name == "b_cult_1")
        .unwrap();
    assert_eq!(likert.label, texts.t("team-survey-b-cult-1"));
    let VariableKind::Coded(codes) = &likert.kind else {
        panic!("{:?}", likert.kind)
    };
    let codes_of: Vec<&str> = codes.values.iter().map(|v| v.code.as_str()).collect();
    assert_eq!(codes_of, ["1", "2", "3", "4", "5", "dk"]);
    assert_eq!(codes.missing, ["dk"]);
    assert!(codes.numeric());
    assert!(
        !dataset.variables.iter().any(|v| v.name == "t_barrier"),
        "free text only when the export holds it"
    );

    let mini = Instrument::parse(include_str!(
        "../../../parite-core/tests/fixtures/mini-survey.toml"
    ))
    .unwrap();
    let options = CsvOptions {
        include_free_text: true,
        ..options
    };
    let dataset = responses_wide_dataset(&mini, &texts, &options, "x.csv").unwrap();
    let kind = |name: &str| {
        &dataset
            .variables
            .iter()
            .find(|v| v.name == name)
            .unwrap()
            .kind
    };
    assert_eq!(kind("years"), &VariableKind::Number);
    assert_eq!(kind("comment"), &VariableKind::Text);
}

/// A dataset with every kind of column and labels that need escaping in every language.
fn awkward() -> Dataset {
    let label = "L’équipe « dit » \"oui\"; c'est\nsur deux lignes $x `y' \\ fin";
    let codes = |values: &[(&str, &str)], missing: &[&str]| Codes {
        values: values
            .iter()
            .map(|(c, l)| ValueLabel::new(*c, *l))
            .collect(),
        missing: missing.iter().map(|m| (*m).to_owned()).collect(),
    };
    let variables = vec![
        Variable::new("id", "Identifiant", VariableKind::Text),
        Variable::new("score", label, VariableKind::Number),
        Variable::new(
            "agree",
            label,
            VariableKind::Coded(codes(
                &[
                    ("1", "Pas d’accord"),
                    ("2", label),
                    ("dk", "Je ne sais pas"),
                ],
                &["dk"],
            )),
        ),
        Variable::new(
            "kind",
            "Genre",
            VariableKind::Coded(codes(&[("a-b", "\"A\"'"), ("c", "C ; d")], &[])),
        ),
        Variable::new(
            "many",
            "Plusieurs",
            VariableKind::MultipleCodes(codes(&[("x", "Ex"), ("y", "Why")], &[])),
        ),
    ];
    let options = CsvOptions {
        headers: HeaderStyle::Labels,
        ..CsvOptions::for_locale(&parite_i18n::Locale::fr_ca())
    };
    Dataset::new("awkward.csv", options, variables)
}

fn script(kind: SyntaxKind, dataset: &Dataset) -> String {
    String::from_utf8(write_syntax(kind, dataset, &fr(), Vec::new()).unwrap()).unwrap()
}

#[test]
fn labels_are_quoted_and_escaped_for_each_tool() {
    let dataset = awkward();
    let r = script(SyntaxKind::R, &dataset);
    assert!(
        r.contains(r#""L’équipe « dit » \"oui\"; c'est\nsur deux lignes $x `y' \\ fin""#),
        "{r}"
    );
    let spss = script(SyntaxKind::Spss, &dataset);
    assert!(
        spss.contains("'L’équipe « dit » \"oui\"; c''est sur deux lignes $x `y'' \\ fin'"),
        "one line, apostrophes doubled: {spss}"
    );
    assert!(spss.contains("'a-b' '\"A\"'''"), "{spss}");
    let stata = script(SyntaxKind::Stata, &dataset);
    assert!(
        stata.contains("`\"L’équipe « dit » \"oui\"; c'est sur deux lignes \\$x ‘y' \\ fin\"'"),
        "compound quotes, macros kept out: {stata}"
    );
    assert!(
        stata.contains("`\"\"A\u{201d}'\"'"),
        "a \" before ' cannot stay: {stata}"
    );
    for text in [&spss, &stata] {
        assert!(
            !text.contains("est\nsur"),
            "a label's line break is a space there"
        );
    }
}

#[test]
fn each_script_reads_by_position_with_the_files_conventions() {
    let dataset = awkward();
    assert_eq!(SyntaxKind::Stata.file_name(&dataset), "awkward.do");
    assert_eq!(
        SyntaxKind::ALL.map(SyntaxKind::extension),
        ["R", "sps", "do"]
    );
    assert_eq!(SyntaxKind::from_extension("sps"), Some(SyntaxKind::Spss));

    let r = script(SyntaxKind::R, &dataset);
    for expected in [
        "fileEncoding = \"UTF-8-BOM\"",
        "sep = \";\"",
        "na.strings = \"\"",
        "colClasses = \"character\"",
        "names(parite_raw) <- c(\"id\", \"score\", \"agree\", \"kind\", \"many\")",
        "as.numeric(chartr(\",\", \".\", x))",
        "missing = c(\"dk\")",
        "attr(x, \"label\") <- label",
    ] {
        assert!(r.contains(expected), "{expected}: {r}");
    }

    let spss = script(SyntaxKind::Spss, &dataset);
    for expected in [
        "SET DECIMAL=COMMA.",
        "/DELIMITERS=';'",
        "/QUALIFIER='\"'",
        "/FIRSTCASE=2",
        "/ENCODING='UTF8'",
        "    score F12.2\n",
        "    @agree A2\n",
        "    kind A3\n",
        "RECODE @agree ('dk'=-9) (CONVERT) INTO agree.",
        "MISSING VALUES agree (-9).",
        "    -9 'Je ne sais pas'",
        "EXECUTE.",
    ] {
        assert!(spss.contains(expected), "{expected}: {spss}");
    }

    let stata = script(SyntaxKind::Stata, &dataset);
    for expected in [
        "delimiters(\";\") encoding(\"utf-8\") varnames(nonames) rowrange(2)",
        "rename v1 id\n",
        "rename v5 many\n",
        "destring score, replace dpcomma",
        "replace `code' = .a if agree == `\"dk\"'",
        "    .a `\"Je ne sais pas\"' ///",
        "label values agree agree",
        "replace `code' = 1 if kind == `\"a-b\"'",
    ] {
        assert!(stata.contains(expected), "{expected}: {stata}");
    }

    let english = CsvOptions::for_locale(&parite_i18n::Locale::en_ca());
    let dataset = Dataset::new("a.csv", english, dataset.variables);
    assert!(script(SyntaxKind::Spss, &dataset).contains("SET DECIMAL=DOT."));
    assert!(script(SyntaxKind::Stata, &dataset).contains("destring score, replace\n"));
    assert!(script(SyntaxKind::R, &dataset).contains("y <- as.numeric(x)"));
}

#[test]
fn comments_are_in_the_readers_language() {
    let dataset = awkward();
    for kind in SyntaxKind::ALL {
        let french = script(kind, &dataset);
        assert!(french.contains("Lit awkward.csv dans"), "{french}");
        assert!(
            french.contains("colonnes séparées par «\u{a0};\u{a0}»"),
            "{french}"
        );
        let english =
            String::from_utf8(write_syntax(kind, &dataset, &en(), Vec::new()).unwrap()).unwrap();
        assert!(english.contains("Reads awkward.csv into"), "{english}");
    }
}
