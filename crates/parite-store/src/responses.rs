//! Anonymous survey responses: start, save a draft, resume it, read it back.

use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use parite_core::Answers;
use parite_core::answer::answers_from_values;

use crate::answers::{replace_answers, value_rows};
use crate::catalog::InstrumentRef;
use crate::ids::new_id;
use crate::packed::{packed_answers, unpack};
use crate::row::{instrument_id, optional_text, optional_time, parsed, small, text, time};
use crate::{InvitationId, ResponseId, Store, StoreError, Timestamp, WaveId};

/// Where a response or an assessment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Being filled; may change.
    Draft,
    /// Final; the database refuses any change.
    Submitted,
}

impl Status {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
        }
    }

    pub(crate) fn parse(name: &str) -> Option<Status> {
        match name {
            "draft" => Some(Status::Draft),
            "submitted" => Some(Status::Submitted),
            _ => None,
        }
    }
}

/// What starting a response needs. Nothing about the respondent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewResponse {
    /// The wave answered.
    pub wave_id: WaveId,
    /// The invitation followed, which must lead to that wave.
    pub invitation_id: Option<InvitationId>,
    /// `fr-CA` or `en-CA`.
    pub locale: String,
}

/// A draft's new content: it replaces the previous answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DraftUpdate {
    /// The respondent's role group, if asked yet.
    pub respondent_role: Option<String>,
    /// Every answer so far.
    pub answers: Answers,
    /// Hash of the resume code given to the respondent; `None` keeps the current one.
    pub resume_code_hash: Option<String>,
    /// The page the respondent saved on, to reopen when they resume; `None` keeps the current one.
    pub resume_page: Option<String>,
}

/// A response with its answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Its id.
    pub id: ResponseId,
    /// The wave answered.
    pub wave_id: WaveId,
    /// The invitation followed.
    pub invitation_id: Option<InvitationId>,
    /// The language it was answered in.
    pub locale: String,
    /// The respondent's role group.
    pub respondent_role: Option<String>,
    /// Draft or submitted.
    pub status: Status,
    /// When it started.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// When it was submitted.
    pub submitted_at: Option<Timestamp>,
    /// The page the respondent last saved on ("save and continue later"), if they did.
    pub resume_page: Option<String>,
    /// Its answers, read as its wave's instrument version defines them.
    pub answers: Answers,
}

const LOCALES: [&str; 2] = ["fr-CA", "en-CA"];

/// A response and everything needed to read its answers, in one statement, so in one
/// consistent snapshot on both backends and as one row: the answers come packed in one column
/// (see `packed.rs`) because every row fetched is a hop from SQLite's worker thread (or a
/// PostgreSQL message), and one row instead of 30 is what makes a survey page cheap to show.
macro_rules! select_with_answers {
    ($rest:literal) => {
        concat!(
            "SELECT r.id, r.wave_id, r.invitation_id, r.locale, r.respondent_role, r.status, \
             r.created_at, r.updated_at, r.submitted_at, r.resume_page, \
             w.instrument_id, w.instrument_version, ",
            packed_answers!("r.id"),
            " AS packed_answers FROM responses r JOIN waves w ON w.id = r.wave_id ",
            $rest
        )
    };
}

/// The draft whose resume code has the hash `$1`: every survey page's read, by the pool or by
/// SQLite's direct reader (`direct.rs`), which both decode it with [`Store::decode_response`].
pub(crate) const DRAFT_BY_RESUME_HASH: &str =
    select_with_answers!("WHERE r.resume_code_hash = $1 AND r.status = 'draft'");

/// A response as read by [`select_with_answers!`], its answers still packed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredResponse {
    pub(crate) id: ResponseId,
    pub(crate) wave_id: WaveId,
    pub(crate) invitation_id: Option<InvitationId>,
    pub(crate) locale: String,
    pub(crate) respondent_role: Option<String>,
    pub(crate) status: Status,
    pub(crate) created_at: Timestamp,
    pub(crate) updated_at: Timestamp,
    pub(crate) submitted_at: Option<Timestamp>,
    pub(crate) resume_page: Option<String>,
    pub(crate) instrument: InstrumentRef,
    pub(crate) packed_answers: Option<String>,
}

fn from_row(row: &AnyRow) -> Result<StoredResponse, StoreError> {
    Ok(StoredResponse {
        id: ResponseId::from(text(row, "id")?),
        wave_id: WaveId::from(text(row, "wave_id")?),
        invitation_id: optional_text(row, "invitation_id")?.map(InvitationId::from),
        locale: text(row, "locale")?,
        respondent_role: optional_text(row, "respondent_role")?,
        status: parsed(row, "status", Status::parse)?,
        created_at: time(row, "created_at")?,
        updated_at: time(row, "updated_at")?,
        submitted_at: optional_time(row, "submitted_at")?,
        resume_page: optional_text(row, "resume_page")?,
        instrument: InstrumentRef {
            id: instrument_id(row, "instrument_id")?,
            version: small(row, "instrument_version")?,
        },
        packed_answers: optional_text(row, "packed_answers")?,
    })
}

/// A response's status and the instrument version its answers must belong to.
pub(crate) async fn status_and_instrument(
    c: &mut AnyConnection,
    id: &ResponseId,
) -> Result<(Status, InstrumentRef), StoreError> {
    let row = sqlx::query(
        "SELECT r.status, w.instrument_id, w.instrument_version \
         FROM responses r JOIN waves w ON w.id = r.wave_id WHERE r.id = $1",
    )
    .bind(id.as_str())
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::NotFound { what: "response" })?;
    let instrument = InstrumentRef {
        id: instrument_id(&row, "instrument_id")?,
        version: small(&row, "instrument_version")?,
    };
    Ok((parsed(&row, "status", Status::parse)?, instrument))
}

impl Store {
    /// Starts a response in an open wave, through a valid invitation if given.
    pub async fn start_response(&self, new: NewResponse) -> Result<ResponseId, StoreError> {
        if !LOCALES.contains(&new.locale.as_str()) {
            return Err(StoreError::Invalid {
                what: "locale",
                reason: format!("{:?} is not fr-CA or en-CA", new.locale),
            });
        }
        let id = new_id()?;
        self.write(move |c| {
            Box::pin(async move {
                check_can_start(c, &new).await?;
                let now = Timestamp::now().unix();
                sqlx::query(
                    "INSERT INTO responses (id, wave_id, invitation_id, locale, status, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, 'draft', $5, $5)",
                )
                .bind(&id)
                .bind(new.wave_id.as_str())
                .bind(new.invitation_id.as_ref().map(InvitationId::as_str))
                .bind(new.locale.as_str())
                .bind(now)
                .execute(&mut *c)
                .await?;
                Ok(ResponseId::from(id))
            })
        })
        .await
    }

    /// Saves a draft: replaces its answers and role, sets the resume-code hash if given.
    /// `Final` when it was submitted, `UnknownItem` (and nothing saved) for a foreign item.
    pub async fn save_draft(&self, id: &ResponseId, draft: DraftUpdate) -> Result<(), StoreError> {
        let catalog = self.catalog();
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let (status, instrument) = status_and_instrument(c, &id).await?;
                if status == Status::Submitted {
                    return Err(StoreError::Final { what: "response" });
                }
                instrument.check_items(
                    catalog.as_ref(),
                    draft.answers.keys().map(|item| item.as_str()),
                )?;
                sqlx::query(
                    "UPDATE responses SET respondent_role = $2, updated_at = $3, \
                     resume_code_hash = COALESCE($4, resume_code_hash), \
                     resume_page = COALESCE($5, resume_page) \
                     WHERE id = $1 AND status = 'draft'",
                )
                .bind(id.as_str())
                .bind(draft.respondent_role)
                .bind(Timestamp::now().unix())
                .bind(draft.resume_code_hash)
                .bind(draft.resume_page)
                .execute(&mut *c)
                .await?;
                replace_answers(c, &id, &value_rows(&draft.answers)).await
            })
        })
        .await
    }

    /// The draft whose resume code has this hash; `None` once submitted (submitting clears the
    /// hash) or when no draft has it.
    pub async fn load_draft(&self, resume_code_hash: &str) -> Result<Option<Response>, StoreError> {
        let stored = match self.direct().and_then(|d| d.load_draft(resume_code_hash)) {
            Some(read) => read,
            None => self.load_draft_pooled(resume_code_hash).await?,
        };
        stored.map(|s| self.decode_response(s)).transpose()
    }

    /// [`Store::load_draft`] through the pool: PostgreSQL's read, and SQLite's when the direct
    /// read could not answer.
    pub(crate) async fn load_draft_pooled(
        &self,
        resume_code_hash: &str,
    ) -> Result<Option<StoredResponse>, StoreError> {
        let row = sqlx::query(DRAFT_BY_RESUME_HASH)
            .bind(resume_code_hash)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// A response read with [`select_with_answers!`], its answers read against its instrument.
    pub(crate) fn decode_response(&self, stored: StoredResponse) -> Result<Response, StoreError> {
        let catalog = self.catalog();
        let instrument = stored.instrument.known(catalog.as_ref())?;
        let pairs =
            unpack(stored.packed_answers.as_deref().unwrap_or_default()).ok_or_else(|| {
                StoreError::Invalid {
                    what: "stored value",
                    reason: "answers could not be read back".to_owned(),
                }
            })?;
        Ok(Response {
            id: stored.id,
            wave_id: stored.wave_id,
            invitation_id: stored.invitation_id,
            locale: stored.locale,
            respondent_role: stored.respondent_role,
            status: stored.status,
            created_at: stored.created_at,
            updated_at: stored.updated_at,
            submitted_at: stored.submitted_at,
            resume_page: stored.resume_page,
            answers: answers_from_values(instrument, pairs),
        })
    }

    /// Whether a response was submitted under the draft key or resume code with this hash: a
    /// resent submit or a later visit from the same browser then shows the thank-you page.
    pub async fn submitted_under(&self, resume_code_hash: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 AS found FROM submitted_keys WHERE key_hash = $1")
            .bind(resume_code_hash)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.is_some())
    }

    /// A response with its answers, draft or submitted.
    pub async fn response(&self, id: &ResponseId) -> Result<Option<Response>, StoreError> {
        let row = sqlx::query(select_with_answers!("WHERE r.id = $1"))
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref()
            .map(|row| from_row(row).and_then(|s| self.decode_response(s)))
            .transpose()
    }
}

async fn check_can_start(c: &mut AnyConnection, new: &NewResponse) -> Result<(), StoreError> {
    let wave = sqlx::query("SELECT status FROM waves WHERE id = $1")
        .bind(new.wave_id.as_str())
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound { what: "wave" })?;
    if text(&wave, "status")? != "open" {
        return Err(StoreError::Closed { what: "wave" });
    }
    let Some(invitation) = &new.invitation_id else {
        return Ok(());
    };
    let row = sqlx::query("SELECT wave_id, revoked_at FROM invitations WHERE id = $1")
        .bind(invitation.as_str())
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound { what: "invitation" })?;
    if text(&row, "wave_id")? != new.wave_id.as_str() {
        return Err(StoreError::Invalid {
            what: "invitation",
            reason: "it leads to another wave".to_owned(),
        });
    }
    if optional_time(&row, "revoked_at")?.is_some() {
        return Err(StoreError::Closed { what: "invitation" });
    }
    Ok(())
}
