//! Instrument fingerprints (migration 0011): what each instrument version's file said when the
//! store first used it, so a file edited under answers already given on that version is refused
//! rather than silently changing what those answers mean.

use std::collections::{BTreeMap, BTreeSet};

use parite_core::Fingerprint;
use sqlx::Row;

use crate::{Store, StoreError, Timestamp};

/// One instrument version as the files loaded now give it.
#[derive(Debug, Clone)]
pub struct InstrumentPrint {
    pub instrument_id: String,
    pub version: u32,
    pub fingerprint: Fingerprint,
}

/// A version whose file no longer matches its fingerprint although it is in use (answers,
/// drafts, an open wave, ratings or milestones name it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedInUse {
    pub instrument_id: String,
    pub version: u32,
    /// The first entry (item, group, index, or the instrument itself) that differs.
    pub first_difference: Option<String>,
}

/// What [`Store::reconcile_fingerprints`] found. When `changed` or `missing` is not empty,
/// nothing was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciled {
    /// Versions fingerprinted for the first time.
    pub recorded: usize,
    /// Versions nobody used yet whose file changed: fingerprinted again.
    pub updated: usize,
    pub changed: Vec<ChangedInUse>,
    /// Versions in use that no file loaded now defines: `(instrument id, version)`.
    pub missing: Vec<(String, u32)>,
}

impl Reconciled {
    /// Whether the files may be used on this database.
    pub fn accepted(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty()
    }
}

/// Every (instrument, version) something is recorded on: a response (even a draft) in one of
/// its waves, an open wave (its link is out), an assessment or a milestone.
const IN_USE: &str = "SELECT instrument_id, instrument_version FROM waves \
     WHERE status = 'open' OR EXISTS (SELECT 1 FROM responses r WHERE r.wave_id = waves.id) \
     UNION SELECT instrument_id, instrument_version FROM assessments \
     UNION SELECT instrument_id, instrument_version FROM milestones";

impl Store {
    /// Compares the loaded files' fingerprints with the recorded ones, in one transaction:
    /// records those never seen, updates those changed on versions not in use, and — if any
    /// version in use changed or lost its file — writes nothing and says which.
    pub async fn reconcile_fingerprints(
        &self,
        prints: Vec<InstrumentPrint>,
    ) -> Result<Reconciled, StoreError> {
        self.write(move |c| {
            Box::pin(async move {
                let mut in_use: BTreeSet<(String, u32)> = BTreeSet::new();
                for row in sqlx::query(IN_USE).fetch_all(&mut *c).await? {
                    in_use.insert(key(&row)?);
                }
                let mut recorded: BTreeMap<(String, u32), (String, String)> = BTreeMap::new();
                let rows = sqlx::query(
                    "SELECT instrument_id, instrument_version, digest, entries \
                     FROM instrument_fingerprints",
                )
                .fetch_all(&mut *c)
                .await?;
                for row in rows {
                    let digest: String = row.try_get("digest")?;
                    let entries: String = row.try_get("entries")?;
                    recorded.insert(key(&row)?, (digest, entries));
                }
                let mut outcome = Reconciled::default();
                let mut writes = Vec::new();
                for print in &prints {
                    let at = (print.instrument_id.clone(), print.version);
                    match recorded.get(&at) {
                        Some((digest, _)) if *digest == print.fingerprint.digest => {}
                        Some((_, entries)) if in_use.contains(&at) => {
                            outcome.changed.push(ChangedInUse {
                                instrument_id: print.instrument_id.clone(),
                                version: print.version,
                                first_difference: print.fingerprint.first_difference(entries),
                            });
                        }
                        Some(_) => {
                            outcome.updated += 1;
                            writes.push(print);
                        }
                        None => {
                            outcome.recorded += 1;
                            writes.push(print);
                        }
                    }
                }
                let loaded: BTreeSet<(String, u32)> = prints
                    .iter()
                    .map(|p| (p.instrument_id.clone(), p.version))
                    .collect();
                outcome.missing = in_use.difference(&loaded).cloned().collect();
                if !outcome.accepted() {
                    return Ok(outcome);
                }
                let now = Timestamp::now().unix();
                for print in writes {
                    sqlx::query(
                        "INSERT INTO instrument_fingerprints \
                         (instrument_id, instrument_version, digest, entries, recorded_at) \
                         VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (instrument_id, instrument_version) DO UPDATE SET \
                         digest = excluded.digest, entries = excluded.entries, \
                         recorded_at = excluded.recorded_at",
                    )
                    .bind(print.instrument_id.as_str())
                    .bind(i64::from(print.version))
                    .bind(print.fingerprint.digest.as_str())
                    .bind(print.fingerprint.entries_text())
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                }
                Ok(outcome)
            })
        })
        .await
    }
}

fn key(row: &sqlx::any::AnyRow) -> Result<(String, u32), StoreError> {
    Ok((
        row.try_get("instrument_id")?,
        crate::row::small(row, "instrument_version")?,
    ))
}
