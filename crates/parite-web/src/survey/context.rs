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
fn plausible_code(code: &str) -> bool {
    (4..=64).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl SurveyContext {
    /// Loads the invitation and checks that its wave is open now.
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
            .map_err(|_| PageError::Unavailable { saved: true })?;
        let Some(wave) = wave else {
            return Err(PageError::Invitation);
        };
        if now < wave.opens_at {
            return Err(PageError::NotOpenYet(data::iso_date(wave.opens_at)));
        }
        if let Some(closes_at) = wave.closes_at.filter(|c| now >= *c) {
            return Err(PageError::Closed(data::iso_date(closes_at)));
        }
        if wave.closed {
            return Err(PageError::Closed(data::iso_date(
                wave.closes_at.unwrap_or(now),
            )));
        }
        let Some(instrument) = state
            .instruments
            .get(&wave.instrument_id, wave.instrument_version)
            .cloned()
        else {
            tracing::error!(instrument = %wave.instrument_id, version = wave.instrument_version, "wave names an unknown instrument version");
            return Err(PageError::NotFound);
        };
        let draft = match security::cookie(headers, &draft_cookie_name(code)) {
            Some(key) => data::draft_by_key(state, &instrument, key, &wave.id)
                .await
                .map_err(|_| PageError::Unavailable { saved: true })?
                .filter(|d| d.wave_id == wave.id),
            None => None,
        };
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
