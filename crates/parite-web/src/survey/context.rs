//! What every survey request starts from: the invitation, its wave and instrument, and the
//! respondent's draft if their browser holds one.

use std::sync::Arc;

use axum::http::HeaderMap;
use parite_core::{Answers, Instrument};

use super::data::{self, DraftData, WaveData};
use crate::app::AppState;
use crate::errors::PageError;
use crate::security;

pub struct SurveyContext {
    pub code: String,
    pub wave: WaveData,
    pub instrument: Arc<Instrument>,
    pub draft: Option<DraftData>,
}

/// The cookie that holds a respondent's draft key for one invitation code.
pub fn draft_cookie_name(code: &str) -> String {
    format!("parite_draft_{code}")
}

/// Invitation codes are short and alphanumeric; anything else cannot be one, and is never looked
/// up or put in a cookie name.
pub fn plausible_code(code: &str) -> bool {
    (4..=64).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl SurveyContext {
    /// Loads the invitation and checks that its wave is open now, or that the browser holds a
    /// draft started before the wave closed and its grace period runs (or a submitted response,
    /// whose pages say thank you).
    pub async fn load(
        state: &AppState,
        code: &str,
        headers: &HeaderMap,
        now: i64,
    ) -> Result<SurveyContext, PageError> {
        if !plausible_code(code) {
            return Err(PageError::Invitation);
        }
        let wave = data::wave_of_invitation(state, code)
            .await
            .map_err(PageError::nothing_lost)?;
        let Some(wave) = wave else {
            return Err(PageError::Invitation);
        };
        if now < wave.opens_at {
            return Err(PageError::NotOpenYet(
                parite_store::Timestamp::from_unix(wave.opens_at).iso_date(),
            ));
        }
        let closed_at = wave.closed_at(now);
        let Some(instrument) = state
            .instruments
            .get(wave.instrument_id.as_str(), wave.instrument_version)
            .cloned()
        else {
            tracing::error!(instrument = %wave.instrument_id, version = wave.instrument_version, "wave names an unknown instrument version");
            return Err(PageError::NotFound);
        };
        let draft = match security::cookie(headers, &draft_cookie_name(code)) {
            Some(key) => data::draft_by_key(state, key, &wave.id)
                .await
                .map_err(PageError::nothing_lost)?
                .filter(|d| d.wave_id == wave.id),
            None => None,
        };
        if let Some(closed_at) = closed_at {
            let in_grace = wave.grace_ends_at.is_some_and(|end| now < end);
            let may_finish = draft
                .as_ref()
                .is_some_and(|d| d.submitted || (in_grace && d.created_at <= closed_at));
            if !may_finish {
                return Err(PageError::Closed(
                    parite_store::Timestamp::from_unix(closed_at).iso_date(),
                ));
            }
        }
        Ok(SurveyContext {
            code: code.to_owned(),
            wave,
            instrument,
            draft,
        })
    }

    /// The draft's saved answers (none without a draft).
    pub fn saved(&self) -> &Answers {
        static NONE: Answers = Answers::new();
        self.draft.as_ref().map_or(&NONE, |d| &d.answers)
    }
}
