//! French spacing before `:`, `;`, `?` and `!`, as `parite check` applies it to fr-CA.

use parite_i18n::typography::{Before, french_spacing};

const NBSP: char = '\u{a0}';
const NARROW: char = '\u{202f}';

/// `(id, line, mark, found)` of each problem in `ftl`, which must be valid Fluent (an entry
/// the parser drops would have no problem to find).
fn problems(ftl: &str) -> Vec<(String, usize, char, Before)> {
    let scanned = parite_i18n::catalog::scan_file("test.ftl".into(), ftl);
    assert!(
        scanned.syntax_errors.is_empty(),
        "{:?}",
        scanned.syntax_errors
    );
    french_spacing(ftl)
        .into_iter()
        .map(|p| (p.id, p.line, p.mark, p.found))
        .collect()
}

#[test]
fn correct_french_spacing_passes() {
    let ftl = "bonjour = Bonjour\u{202f}! Ça va\u{202f}?\n\
         liste = Ceci\u{202f}; cela\u{a0}: tout\u{202f}?!\n\
         -marque = Parité\u{202f}!\n";
    assert_eq!(problems(ftl), []);
}

#[test]
fn a_plain_space_no_space_or_the_wrong_space_is_reported_with_its_line() {
    let ftl = "un = Premier ; second\n\
         deux = Vraiment?\n\
         trois = Attention\u{a0}!\n\
         quatre = Note\u{202f}: ceci\n\
         cinq = Fin\n    sur deux lignes\u{202f}; puis une autre !\n";
    assert_eq!(
        problems(ftl),
        [
            ("un".to_owned(), 1, ';', Before::PlainSpace),
            ("deux".to_owned(), 2, '?', Before::Nothing),
            ("trois".to_owned(), 3, '!', Before::OtherSpace(NBSP)),
            ("quatre".to_owned(), 4, ':', Before::OtherSpace(NARROW)),
            ("cinq".to_owned(), 6, '!', Before::PlainSpace),
        ]
    );
}

#[test]
fn attributes_terms_and_select_variants_are_french_text_too() {
    let ftl = "bouton = Envoyer\n    .title = Prêt ?\n\
               -produit = Parité!\n\
               compte = { $n ->\n        [one] Une réponse ; merci\n       *[other] { $n } réponses\n    }\n";
    assert_eq!(
        problems(ftl),
        [
            ("bouton".to_owned(), 2, '?', Before::PlainSpace),
            ("-produit".to_owned(), 3, '!', Before::Nothing),
            ("compte".to_owned(), 5, ';', Before::PlainSpace),
        ]
    );
}

#[test]
fn placeables_addresses_doubled_and_quoted_marks_are_not_french_punctuation() {
    let ftl = "adresse = Ouvrez https://parite.example.org/fr/?lang=fr ou 127.0.0.1:9000\n\
         nombre = { NUMBER($n, minimumFractionDigits: 1) } réponses\n\
         choix = { $kind ->\n        [a] A\n       *[b] B\n    }\u{202f}!\n\
         double = Quoi\u{202f}?!\n\
         cite = utilisez «\u{a0};\u{a0}» ou «\u{a0}:\u{a0}»\n";
    assert_eq!(problems(ftl), []);
}

#[test]
fn a_mark_right_after_a_placeable_has_no_space() {
    let ftl = "apres = Total { $count }?\n";
    assert_eq!(
        problems(ftl),
        [("apres".to_owned(), 1, '?', Before::Nothing)]
    );
}

#[test]
fn the_shipped_french_text_is_spaced() {
    for (locale, path, contents) in parite_i18n::catalog::embedded_sources() {
        if locale.starts_with("fr") {
            let found = french_spacing(&contents);
            assert!(found.is_empty(), "{}: {found:?}", path.display());
        }
    }
}

#[test]
fn median_point_doublets_are_found_once_per_word_with_their_line() {
    let ftl = "equipe = Les pairs et les professionnel·le·s travaillent ensemble.\n\
         role = Intervenant·e (clinique)\n\
         choix = { $n ->\n    [one] un·e répondant·e\n   *[other] { $n } répondant·e·s\n}\n\
         liste = Les items · séparés · par un point médian isolé, et « professionnel(le)s ».\n\
         propre = Les pairs et les membres du personnel.\n";
    let found: Vec<(String, usize, String)> = parite_i18n::typography::median_point_forms(ftl)
        .into_iter()
        .map(|f| (f.id, f.line, f.form))
        .collect();
    assert_eq!(
        found,
        [
            ("equipe".to_owned(), 1, "professionnel·le·s".to_owned()),
            ("role".to_owned(), 2, "Intervenant·e".to_owned()),
            ("choix".to_owned(), 4, "un·e".to_owned()),
            ("choix".to_owned(), 4, "répondant·e".to_owned()),
            ("choix".to_owned(), 5, "répondant·e·s".to_owned()),
        ]
    );
}
