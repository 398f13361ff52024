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

use crate::answers::ValueRow;

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

/// Reads a packed text back into `(item, value)` pairs, in the order they were packed (item,
/// then position); `None` when it does not follow the grammar.
pub(crate) fn unpack(packed: &str) -> Option<Vec<(&str, &str)>> {
    let mut pairs = Vec::new();
    let mut rest = packed;
    while !rest.is_empty() {
        let (item_id, after) = take_counted(rest)?;
        let (value, after) = take_counted(after)?;
        pairs.push((item_id, value));
        rest = after;
    }
    Some(pairs)
}

/// What [`packed_answers!`] reads for these rows, in byte order of item ids then position;
/// `None` for no rows, as SQL's aggregate of nothing.
pub(crate) fn pack(rows: &[ValueRow]) -> Option<String> {
    let mut sorted: Vec<&ValueRow> = rows.iter().collect();
    sorted.sort_by(|a, b| (a.item_id.as_str(), a.seq).cmp(&(b.item_id.as_str(), b.seq)));
    let mut packed = String::new();
    for row in sorted {
        for part in [&row.item_id, &row.value] {
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
    use super::{ValueRow, pack, unpack};

    fn row(item_id: &str, seq: i64, value: &str) -> ValueRow {
        ValueRow {
            item_id: item_id.to_owned(),
            seq,
            value: value.to_owned(),
        }
    }

    #[test]
    fn packed_answers_read_back_whatever_they_hold() {
        let packed = "5:b_1_a1:41:b3:1:25:t_bar9:a:1 «é»\u{1e}:";
        assert_eq!(
            unpack(packed),
            Some(vec![
                ("b_1_a", "4"),
                ("b", "1:2"),
                ("t_bar", "a:1 «é»\u{1e}:")
            ])
        );
        assert_eq!(unpack(""), Some(Vec::new()));
        assert_eq!(unpack("5:b_1_a9:4"), None);
    }

    #[test]
    fn packing_sorts_by_item_then_position_and_reads_back() {
        let packed = pack(&[
            row("roles", 0, "peer"),
            row("q01", 0, "12:3 « é »"),
            row("roles", 1, "lead"),
        ]);
        assert_eq!(
            packed.as_deref().and_then(unpack),
            Some(vec![
                ("q01", "12:3 « é »"),
                ("roles", "peer"),
                ("roles", "lead")
            ])
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
