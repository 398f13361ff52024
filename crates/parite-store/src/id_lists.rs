//! Reads over a set of organizations: one statement for the whole set, each id bound to a
//! placeholder of an `IN (…)` list (neither backend takes a list as one parameter through
//! `Any`), rather than one statement per organization.

use std::collections::BTreeSet;

use crate::OrgId;

/// Ids bound per statement: far below either backend's limit on parameters (32,766 on
/// SQLite, 65,535 on PostgreSQL) while one statement still covers any realistic scope.
const IDS_PER_STATEMENT: usize = 500;

/// The distinct ids in chunks of at most [`IDS_PER_STATEMENT`], so each id is read by one
/// statement only and its rows stay together.
pub(crate) fn chunks(ids: &[OrgId]) -> Vec<Vec<&str>> {
    let distinct: Vec<&str> = ids
        .iter()
        .map(OrgId::as_str)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    distinct
        .chunks(IDS_PER_STATEMENT)
        .map(<[&str]>::to_vec)
        .collect()
}

/// `$first, $first+1, …`: `count` placeholders for an `IN (…)` list or a row of `VALUES`.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|at| format!("${at}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::{IDS_PER_STATEMENT, chunks, placeholders};
    use crate::OrgId;

    #[test]
    fn placeholders_are_numbered_from_the_first() {
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
        assert_eq!(placeholders(1, 1), "$1");
    }

    #[test]
    fn each_id_goes_to_one_chunk_once() {
        let ids: Vec<OrgId> = (0..IDS_PER_STATEMENT + 10)
            .chain([3, 3, 7])
            .map(|n| OrgId::from(format!("{n:04}")))
            .collect();
        let chunked = chunks(&ids);
        assert_eq!(
            chunked.iter().map(Vec::len).collect::<Vec<_>>(),
            [IDS_PER_STATEMENT, 10]
        );
        assert!(chunks(&[]).is_empty());
    }
}
