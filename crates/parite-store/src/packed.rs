//! The packed-answers format: all of a response's answers as one text, defined here and only
//! here. Every reader and writer of it goes through this module.
//!
//! # Why
//!
//! Every row fetched is a hop from SQLite's worker thread (or a PostgreSQL message), so a
//! response is read as one row with its answers packed in one column (`Store::response`,
//! `Store::load_draft`), and a submission compares the stored answers with the submitted ones
//! in SQL, as packed texts, to skip rewriting answers that did not change.
//!
//! # Grammar
//!
//! ```text
//! packed = { counted(item_id) counted(value) }      one pair per stored answer row
//! counted(text) = <decimal count of text's characters> ":" text
//! ```
//!
//! Each part is prefixed with its length in characters (SQL's `length` of text on both
//! backends, Rust's `chars().count()`), so a value may hold any character — separators, digits
//! or colons — and still reads back exactly. Rows come in item order, then position (`seq`);
//! no answers at all is SQL's `NULL` (the aggregate of nothing), `None` here.
//!
//! The SQL that builds it is [`packed_answers!`]; [`pack`] builds the same text in Rust and
//! [`unpack`] reads it back. For a packed text built in Rust to equal the one SQL builds, both
//! must order items the same way: Rust's byte order is SQLite's default (`BINARY`), and
//! PostgreSQL needs `COLLATE "C"` (its default collation follows the locale).

use crate::responses::Answer;

/// A response's answers as one packed text; `$id` names the response. The optional second
/// argument is a collation clause for the item order (PostgreSQL's `COLLATE "C"`, when the text
/// is compared with one [`pack`] built).
macro_rules! packed_answers {
    ($id:literal) => {
        $crate::packed::packed_answers!($id, "")
    };
    ($id:literal, $collate:literal) => {
        concat!(
            "(SELECT string_agg(length(a.item_id) || ':' || a.item_id || \
                                length(a.value) || ':' || a.value, '' ORDER BY a.item_id",
            $collate,
            ", a.seq) FROM answers a WHERE a.response_id = ",
            $id,
            ")"
        )
    };
}
pub(crate) use packed_answers;

/// Reads a packed text back into answer rows, in the order they were packed; `None` when it
/// does not follow the grammar.
pub(crate) fn unpack(packed: &str) -> Option<Vec<Answer>> {
    let mut answers = Vec::new();
    let mut rest = packed;
    while !rest.is_empty() {
        let (item_id, after) = take_counted(rest)?;
        let (value, after) = take_counted(after)?;
        answers.push(Answer::new(item_id, value));
        rest = after;
    }
    Some(answers)
}

/// What [`packed_answers!`] reads for these rows (answer, position) in byte order of item ids;
/// `None` for no answers, as SQL's aggregate of nothing.
pub(crate) fn pack(rows: &[(&Answer, i64)]) -> Option<String> {
    let mut sorted: Vec<&(&Answer, i64)> = rows.iter().collect();
    sorted.sort_by(|a, b| (a.0.item_id.as_str(), a.1).cmp(&(b.0.item_id.as_str(), b.1)));
    let mut packed = String::new();
    for (answer, _) in sorted {
        for part in [&answer.item_id, &answer.value] {
            packed.push_str(&format!("{}:{part}", part.chars().count()));
        }
    }
    (!packed.is_empty()).then_some(packed)
}

/// One `<chars>:<text>` part and what follows it.
fn take_counted(text: &str) -> Option<(&str, &str)> {
    let (count, rest) = text.split_once(':')?;
    let count: usize = count.parse().ok()?;
    let end = match rest.char_indices().nth(count) {
        Some((at, _)) => at,
        None if rest.chars().count() == count => rest.len(),
        None => return None,
    };
    Some(rest.split_at(end))
}

#[cfg(test)]
mod tests {
    use super::{Answer, pack, unpack};

    #[test]
    fn packed_answers_read_back_whatever_they_hold() {
        let packed = "5:b_1_a1:41:b3:1:25:t_bar9:a:1 «é»\u{1e}:";
        assert_eq!(
            unpack(packed),
            Some(vec![
                Answer::new("b_1_a", "4"),
                Answer::new("b", "1:2"),
                Answer::new("t_bar", "a:1 «é»\u{1e}:"),
            ])
        );
        assert_eq!(unpack(""), Some(Vec::new()));
        assert_eq!(unpack("5:b_1_a9:4"), None);
    }

    #[test]
    fn packing_sorts_by_item_then_position_and_reads_back() {
        let (peer, lead, text) = (
            Answer::new("roles", "peer"),
            Answer::new("roles", "lead"),
            Answer::new("q01", "12:3 « é »"),
        );
        let packed = pack(&[(&peer, 0), (&text, 0), (&lead, 1)]);
        assert_eq!(
            packed.as_deref().and_then(unpack),
            Some(vec![text.clone(), peer.clone(), lead.clone()])
        );
        assert_eq!(pack(&[]), None);
    }

    #[test]
    fn the_sql_spells_the_grammar_once() {
        assert!(
            packed_answers!("$1", " COLLATE \"C\"")
                .contains("ORDER BY a.item_id COLLATE \"C\", a.seq")
        );
        assert!(packed_answers!("r.id").ends_with("WHERE a.response_id = r.id)"));
    }
}
