//! The survey's reads and writes of drafts and submissions.
//!
//! A respondent's browser holds one secret per invitation in a cookie: the key of their draft.
//! Only its SHA-256 is stored (as the draft's resume-code hash). "Save and continue later" swaps
//! it for a short code the person can type, which the cookie then holds too; after submitting,
//! the cookie says `done`, so a resent form or the back button shows the thank-you page again.
//! Should that reply be lost (the server stopped after storing the submission), the cookie
//! still holds the key: the store remembers the keys of submitted responses, so the key leads
//! to the thank-you page too, never to a second response.

use parite_core::{Answer, Answers, Instrument};
use parite_store::{
    DraftUpdate, InvitationId, NewResponse, ResponseId, StoreError, Submission, SubmitOutcome,
    Timestamp, WaveId, WaveStatus,
};
use sha2::{Digest, Sha256};

use crate::app::AppState;

/// The cookie value once the response is submitted.
pub const SUBMITTED_MARKER: &str = "done";

pub struct WaveData {
    pub id: WaveId,
    pub invitation_id: InvitationId,
    pub instrument_id: parite_core::InstrumentId,
    pub instrument_version: u32,
    pub opens_at: i64,
    pub closes_at: Option<i64>,
    pub closed: bool,
    /// Until when drafts started before the closing may still be saved and submitted.
    pub grace_ends_at: Option<i64>,
}

impl WaveData {
    /// When the wave closed, by hand or on its date, if it has by `now`.
    pub fn closed_at(&self, now: i64) -> Option<i64> {
        if self.closed {
            Some(self.closes_at.unwrap_or(now))
        } else {
            self.closes_at.filter(|c| now >= *c)
        }
    }
}

pub struct DraftData {
    pub id: Option<ResponseId>,
    pub wave_id: WaveId,
    pub submitted: bool,
    /// When it started: only drafts started before a wave closed may finish in its grace period.
    pub created_at: i64,
    pub answers: Answers,
}

/// The page a draft was saved on, reopened when the respondent resumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumePage {
    Section(usize),
    Review,
}

impl ResumePage {
    fn stored(self) -> String {
        match self {
            ResumePage::Section(number) => number.to_string(),
            ResumePage::Review => "review".to_owned(),
        }
    }

    fn parse(stored: &str) -> Option<ResumePage> {
        match stored {
            "review" => Some(ResumePage::Review),
            number => number.parse().ok().map(ResumePage::Section),
        }
    }

    /// The page's path under the invitation's; the first section when nothing was saved.
    pub fn path(page: Option<ResumePage>, instrument: &Instrument) -> String {
        match page {
            Some(ResumePage::Review) => "review".to_owned(),
            Some(ResumePage::Section(n)) if super::flow::section(instrument, n).is_some() => {
                n.to_string()
            }
            _ => "1".to_owned(),
        }
    }
}

pub enum ResumeOutcome {
    /// The draft's key, for the cookie, and the page it was saved on.
    Resumed(String, Option<ResumePage>),
    Expired,
    Unknown,
}

pub enum SubmitResult {
    Submitted,
    AlreadySubmitted,
}

pub fn now() -> i64 {
    Timestamp::now().unix()
}

/// Keys and codes are compared without case, spaces or dashes: `k7pm 4qxd` is `K7PM-4QXD`.
fn normalize(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(normalize(code).as_bytes()))
}

/// A 12-character code (60 bits), shown as `XXXX-XXXX-XXXX`.
fn new_resume_code() -> Result<String, StoreError> {
    crate::security::random_code(12).map_err(|reason| StoreError::Unavailable { reason })
}

/// The invitation's wave, unless the invitation is unknown or revoked. Every survey request asks;
/// the store keeps the answer in memory briefly (see `Store::open_invitation`).
pub async fn wave_of_invitation(
    state: &AppState,
    code: &str,
) -> Result<Option<WaveData>, StoreError> {
    let Some((invitation, wave)) = state.store.open_invitation(code).await? else {
        return Ok(None);
    };
    Ok(Some(WaveData {
        grace_ends_at: wave.grace_ends_at().map(Timestamp::unix),
        id: wave.id,
        invitation_id: invitation.id,
        instrument_id: wave.instrument_id,
        instrument_version: wave.instrument_version,
        opens_at: wave.opens_at.unix(),
        closes_at: wave.closes_at.map(Timestamp::unix),
        closed: wave.status == WaveStatus::Closed,
    }))
}

/// The role chosen, as its stable code.
fn role(instrument: &Instrument, answers: &Answers) -> Option<String> {
    let item = instrument.role_item.as_ref()?;
    match answers.get(item)? {
        Answer::Choice(code) => Some(code.to_string()),
        _ => None,
    }
}

/// The draft a cookie names. `done` means the response was submitted from this browser.
pub async fn draft_by_key(
    state: &AppState,
    key: &str,
    wave: &WaveId,
) -> Result<Option<DraftData>, StoreError> {
    let submitted = || DraftData {
        id: None,
        wave_id: wave.clone(),
        submitted: true,
        created_at: 0,
        answers: Answers::new(),
    };
    if key == SUBMITTED_MARKER {
        return Ok(Some(submitted()));
    }
    let Some(response) = state.store.load_draft(&hash(key)).await? else {
        // A key whose draft was submitted, the thank-you page lost on the way.
        return Ok(state
            .store
            .submitted_under(&hash(key))
            .await?
            .then(submitted));
    };
    Ok(Some(DraftData {
        answers: response.answers,
        id: Some(response.id),
        wave_id: response.wave_id,
        submitted: false,
        created_at: response.created_at.unix(),
    }))
}

/// Starts a response and returns the key its browser will hold.
pub async fn start(state: &AppState, wave: &WaveData, locale: &str) -> Result<String, StoreError> {
    let new = NewResponse {
        wave_id: wave.id.clone(),
        invitation_id: Some(wave.invitation_id.clone()),
        locale: locale.to_owned(),
    };
    let id = state.store.start_response(new).await?;
    let key = crate::security::random_token();
    let update = DraftUpdate {
        respondent_role: None,
        answers: Answers::new(),
        resume_code_hash: Some(hash(&key)),
        resume_page: None,
    };
    state.store.save_draft(&id, update).await?;
    Ok(key)
}

pub async fn save(
    state: &AppState,
    draft: &DraftData,
    instrument: &Instrument,
    answers: &Answers,
) -> Result<(), StoreError> {
    let Some(id) = &draft.id else {
        return Err(StoreError::Final { what: "response" });
    };
    let update = DraftUpdate {
        respondent_role: role(instrument, answers),
        answers: answers.clone(),
        resume_code_hash: None,
        resume_page: None,
    };
    state.store.save_draft(id, update).await
}

/// A new code to type later; it replaces the browser's key, so the cookie must take it too.
pub async fn new_resume_code_for(
    state: &AppState,
    draft: &DraftData,
    instrument: &Instrument,
    answers: &Answers,
    page: ResumePage,
) -> Result<String, StoreError> {
    let Some(id) = &draft.id else {
        return Err(StoreError::Final { what: "response" });
    };
    let code = new_resume_code()?;
    let update = DraftUpdate {
        respondent_role: role(instrument, answers),
        answers: answers.clone(),
        resume_code_hash: Some(hash(&code)),
        resume_page: Some(page.stored()),
    };
    state.store.save_draft(id, update).await?;
    Ok(code)
}

/// When a draft's code stops working: some days after its last save, and never past the wave's
/// grace period.
pub fn resume_expiry(state: &AppState, wave: &WaveData, updated_at: i64) -> i64 {
    let expiry = updated_at + state.config.resume_days * 24 * 3600;
    wave.grace_ends_at.map_or(expiry, |c| c.min(expiry))
}

pub async fn resume(
    state: &AppState,
    wave: &WaveData,
    typed: &str,
    now: i64,
) -> Result<ResumeOutcome, StoreError> {
    if normalize(typed).len() < 8 {
        return Ok(ResumeOutcome::Unknown);
    }
    let Some(response) = state.store.load_draft(&hash(typed)).await? else {
        return Ok(ResumeOutcome::Unknown);
    };
    if response.wave_id != wave.id {
        return Ok(ResumeOutcome::Unknown);
    }
    if now >= resume_expiry(state, wave, response.updated_at.unix()) {
        return Ok(ResumeOutcome::Expired);
    }
    let page = response.resume_page.as_deref().and_then(ResumePage::parse);
    Ok(ResumeOutcome::Resumed(normalize(typed), page))
}

pub async fn submit(
    state: &AppState,
    draft: &DraftData,
    instrument: &Instrument,
    answers: &Answers,
) -> Result<SubmitResult, StoreError> {
    let Some(id) = &draft.id else {
        return Ok(SubmitResult::AlreadySubmitted);
    };
    let submission = Submission {
        respondent_role: role(instrument, answers),
        answers: answers.clone(),
    };
    Ok(match state.store.submit_response(id, submission).await? {
        SubmitOutcome::Submitted => SubmitResult::Submitted,
        SubmitOutcome::AlreadySubmitted => SubmitResult::AlreadySubmitted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_codes_are_typable_and_compared_loosely() {
        let code = new_resume_code().unwrap_or_default();
        assert_eq!(code.len(), 14);
        assert!(
            code.chars()
                .all(|c| c == '-' || crate::security::CODE_ALPHABET.contains(&(c as u8)))
        );
        assert_eq!(hash(&code), hash(&code.to_lowercase().replace('-', " ")));
        assert_ne!(hash("AAAA-BBBB-CCCC"), hash("AAAA-BBBB-CCCD"));
    }
}
