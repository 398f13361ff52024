//! A wave's summary brought up to date (the rule is in [`super`]'s module doc).

use futures_util::StreamExt;
use parite_core::aggregate::{ResponseAnswers, WaveSummary};
use parite_core::answer::answers_from_values;
use parite_core::{Answers, Instrument};

use super::cache::{StoredSummary, WaveResponse, WaveTally};
use crate::{Store, StoreError};

/// A wave's summary brought up to date, and what to store when it changed.
pub(super) async fn current_summary(
    store: &Store,
    instrument: &Instrument,
    wave: &WaveTally,
    stored: Option<StoredSummary>,
) -> Result<(WaveSummary, Option<StoredSummary>), StoreError> {
    let decoded = stored.and_then(|s| WaveSummary::decode(instrument, &s.body).map(|d| (s, d)));
    let (mut sums, counted, after) = match decoded {
        Some((s, sums))
            if s.submitted == wave.submitted && s.last_submitted_at == wave.last_submitted_at =>
        {
            return Ok((sums, None));
        }
        // Only later submissions were added when the count up to the stored latest one holds.
        Some((
            StoredSummary {
                submitted,
                last_submitted_at: Some(at),
                ..
            },
            sums,
        )) if submitted <= wave.submitted
            && store.submitted_up_to(&wave.wave_id, at).await? == submitted =>
        {
            (sums, submitted, Some(at))
        }
        _ if wave.submitted == 0 => return Ok((WaveSummary::new(instrument), None)),
        _ => (WaveSummary::new(instrument), 0, None),
    };
    let mut added = WaveSummary::new(instrument);
    let mut latest = after;
    let mut responses = std::pin::pin!(store.stream_wave_responses(&wave.wave_id, after));
    while let Some(response) = responses.next().await {
        let response = response?;
        latest = latest.max(Some(response.submitted_at));
        let answers = answers_of(instrument, &response);
        added.add(
            instrument,
            ResponseAnswers::role_group_of(instrument, &answers),
            &answers,
        );
    }
    sums.merge(&added);
    // The tally saved is the one of the responses read, which is what the sums count.
    let save = StoredSummary {
        wave_id: wave.wave_id.clone(),
        submitted: counted + added.responses(),
        last_submitted_at: latest,
        body: sums.encode(instrument),
    };
    Ok((sums, Some(save)))
}

/// A stored response's values as the instrument's answers.
fn answers_of(instrument: &Instrument, response: &WaveResponse) -> Answers {
    let pairs = response.answers.iter();
    answers_from_values(
        instrument,
        pairs.map(|(item, value)| (item.as_str(), value.as_str())),
    )
}
