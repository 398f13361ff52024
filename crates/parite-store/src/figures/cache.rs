//! The summary cache's rows and reads: each wave's tally of submitted responses, its stored
//! summary with the tally it counts, and the responses submitted since a given time. Only
//! [`super`]'s freshness check reads them (and the store's tests); reports get their figures
//! from [`super::load`].

use futures_util::{Stream, StreamExt};
use sqlx::Row;
use sqlx::any::AnyRow;
use tokio::sync::mpsc;

use parite_core::InstrumentId;

use crate::row::{count, instrument_id, optional_time, small, text, time};
use crate::{OrgId, ResponseId, Store, StoreError, Timestamp, WaveId, WaveStatus};

/// Responses read ahead of the consumer (each with its answers): memory stays flat.
const BUFFER: usize = 64;

/// A wave's submitted responses as they stand: how many, and when the latest came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveTally {
    /// The wave.
    pub wave_id: WaveId,
    /// Its organization.
    pub organization_id: OrgId,
    /// Its label.
    pub label: String,
    /// When it opened (orders an organization's waves).
    pub opens_at: Timestamp,
    /// The instrument answered…
    pub instrument_id: InstrumentId,
    /// …in this version.
    pub instrument_version: u32,
    /// Submitted responses.
    pub submitted: u64,
    /// The latest submission, if any.
    pub last_submitted_at: Option<Timestamp>,
    /// Open or closed: team leads and funders see a wave's figures once it is closed.
    pub status: WaveStatus,
    /// The team it surveys, when recorded.
    pub team: Option<crate::Team>,
}

/// A summary as stored, with the tally it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSummary {
    /// The wave summarized.
    pub wave_id: WaveId,
    /// Submitted responses it counts.
    pub submitted: u64,
    /// The latest submission it counts.
    pub last_submitted_at: Option<Timestamp>,
    /// What parite-core encoded.
    pub body: String,
}

/// One submitted response with its answers, `(item, value)` in item order, then position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveResponse {
    /// The response.
    pub id: ResponseId,
    /// When it was submitted.
    pub submitted_at: Timestamp,
    /// Its answer values.
    pub answers: Vec<(String, String)>,
}

fn tally(row: &AnyRow) -> Result<WaveTally, StoreError> {
    Ok(WaveTally {
        wave_id: WaveId::from(text(row, "wave_id")?),
        organization_id: OrgId::from(text(row, "organization_id")?),
        label: text(row, "label")?,
        opens_at: time(row, "opens_at")?,
        instrument_id: instrument_id(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        submitted: count(row, "submitted")?,
        last_submitted_at: optional_time(row, "last_submitted_at")?,
        // Any status but closed (including one added later) keeps the figures provisional.
        status: if text(row, "status")? == WaveStatus::Closed.as_str() {
            WaveStatus::Closed
        } else {
            WaveStatus::Open
        },
        team: crate::teams::team_of(row)?,
    })
}

fn summary(row: &AnyRow) -> Result<StoredSummary, StoreError> {
    Ok(StoredSummary {
        wave_id: WaveId::from(text(row, "wave_id")?),
        submitted: count(row, "submitted")?,
        last_submitted_at: optional_time(row, "last_submitted_at")?,
        body: text(row, "body")?,
    })
}

impl Store {
    /// Every wave of `organization` (of all organizations with `None`) with its tally of
    /// submitted responses. Reads only the `responses_by_wave` index.
    pub async fn wave_tallies(
        &self,
        organization: Option<&OrgId>,
    ) -> Result<Vec<WaveTally>, StoreError> {
        const SELECT: &str = "SELECT w.id AS wave_id, w.organization_id, w.label, w.opens_at, \
             w.instrument_id, w.instrument_version, w.status, w.team_members, w.team_peers, \
             COUNT(r.id) AS submitted, \
             MAX(r.submitted_at) AS last_submitted_at \
             FROM waves w LEFT JOIN responses r ON r.wave_id = w.id AND r.status = 'submitted' ";
        const GROUP: &str = " GROUP BY w.id, w.organization_id, w.label, w.opens_at, w.instrument_id, \
             w.instrument_version, w.status, w.team_members, w.team_peers";
        let rows = match organization {
            Some(org) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{SELECT}WHERE w.organization_id = $1{GROUP}"
                )))
                .bind(org.as_str())
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT}{GROUP}")))
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter().map(tally).collect()
    }

    /// The stored summaries of `organization`'s waves (of every wave with `None`).
    pub async fn wave_summaries(
        &self,
        organization: Option<&OrgId>,
    ) -> Result<Vec<StoredSummary>, StoreError> {
        const SELECT: &str = "SELECT s.wave_id, s.submitted, s.last_submitted_at, s.body \
             FROM wave_summaries s";
        let rows = match organization {
            Some(org) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{SELECT} JOIN waves w ON w.id = s.wave_id WHERE w.organization_id = $1"
                )))
                .bind(org.as_str())
                .fetch_all(self.pool())
                .await?
            }
            None => sqlx::query(SELECT).fetch_all(self.pool()).await?,
        };
        rows.iter().map(summary).collect()
    }

    /// Submitted responses of `wave` submitted at or before `at`: equal to a stored summary's
    /// count when nothing it counted was removed and nothing was added up to its latest time.
    pub async fn submitted_up_to(&self, wave: &WaveId, at: Timestamp) -> Result<u64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS submitted FROM responses \
             WHERE wave_id = $1 AND status = 'submitted' AND submitted_at <= $2",
        )
        .bind(wave.as_str())
        .bind(at.unix())
        .fetch_one(self.pool())
        .await?;
        count(&row, "submitted")
    }

    /// Stores (or replaces) a wave's summary.
    pub async fn save_wave_summary(&self, summary: StoredSummary) -> Result<(), StoreError> {
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO wave_summaries \
                     (wave_id, submitted, last_submitted_at, body, computed_at) \
                     VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (wave_id) DO UPDATE SET submitted = excluded.submitted, \
                     last_submitted_at = excluded.last_submitted_at, body = excluded.body, \
                     computed_at = excluded.computed_at",
                )
                .bind(summary.wave_id.as_str())
                .bind(i64::try_from(summary.submitted).unwrap_or(i64::MAX))
                .bind(summary.last_submitted_at.map(Timestamp::unix))
                .bind(summary.body)
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Streams the submitted responses of `wave` (only those submitted after `after`, when
    /// given) with their answers, in response id order — the order the full answer stream
    /// uses, so running sums come out the same. Needs a Tokio runtime.
    pub fn stream_wave_responses(
        &self,
        wave: &WaveId,
        after: Option<Timestamp>,
    ) -> impl Stream<Item = Result<WaveResponse, StoreError>> + Send + 'static {
        let pool = self.pool().clone();
        let wave = wave.as_str().to_owned();
        let (sender, mut receiver) = mpsc::channel(BUFFER);
        tokio::spawn(async move {
            // Three narrow columns by position: decoding is most of the cost per row.
            let query = sqlx::query(
                "SELECT r.id, r.submitted_at, a.item_id, a.value \
                 FROM responses r JOIN answers a ON a.response_id = r.id \
                 WHERE r.wave_id = $1 AND r.status = 'submitted' AND r.submitted_at > $2 \
                 ORDER BY r.id, a.item_id, a.seq",
            )
            .bind(wave)
            .bind(after.map_or(i64::MIN, Timestamp::unix));
            let mut rows = query.fetch(&pool);
            let mut current: Option<WaveResponse> = None;
            while let Some(row) = rows.next().await {
                let row = match row.map_err(StoreError::from).and_then(|row| decode(&row)) {
                    Ok(row) => row,
                    Err(error) => {
                        let _ = sender.send(Err(error)).await;
                        return;
                    }
                };
                let (id, submitted_at, item, value) = row;
                match &mut current {
                    Some(response) if response.id.as_str() == id => {
                        response.answers.push((item, value));
                    }
                    _ => {
                        let next = WaveResponse {
                            id: ResponseId::from(id),
                            submitted_at,
                            answers: vec![(item, value)],
                        };
                        if let Some(done) = current.replace(next) {
                            // The consumer dropped the stream: stop reading.
                            if sender.send(Ok(done)).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            }
            if let Some(done) = current {
                let _ = sender.send(Ok(done)).await;
            }
        });
        futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx))
    }
}

fn decode(row: &AnyRow) -> Result<(String, Timestamp, String, String), StoreError> {
    Ok((
        row.try_get(0)?,
        Timestamp::from_unix(row.try_get(1)?),
        row.try_get(2)?,
        row.try_get(3)?,
    ))
}
