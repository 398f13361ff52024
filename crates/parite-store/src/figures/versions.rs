//! Figures over the items two survey versions share, for the change between consecutive waves
//! given on different versions (the rule is in `parite_core::aggregate::versions`).
//!
//! Scored from the responses each time: stored summaries hold whole indices, not items, and a
//! version changes once in a deployment's life, so only the pair of waves around each change
//! is read again.

use parite_core::Instrument;
use parite_core::aggregate::{
    BarrierAccumulator, SharedItemFigures, indices_with_different_items, restricted_to_shared,
};

use super::cache::WaveTally;
use super::{fresh, scoring};
use crate::{Organization, Store, StoreError};

/// For each pair of consecutive waves of `org` (among `waves`, in any order) given on two
/// versions of one survey: what the versions share, and both waves' figures over it.
pub(super) async fn shared_item_figures(
    store: &Store,
    org: &Organization,
    waves: &mut [(&Instrument, WaveTally)],
) -> Result<Vec<SharedItemFigures>, StoreError> {
    // The order `wave_changes` pairs waves in.
    waves.sort_by(|(_, a), (_, b)| {
        (a.opens_at.unix(), &a.label).cmp(&(b.opens_at.unix(), &b.label))
    });
    let mut all = Vec::new();
    for pair in waves.windows(2) {
        let [(from, from_wave), (to, to_wave)] = pair else {
            continue;
        };
        if from.id != to.id || from.version == to.version {
            continue;
        }
        let indices = indices_with_different_items(from, to);
        let mut aggregates = Vec::new();
        for (instrument, other, wave) in [(from, to, from_wave), (to, from, to_wave)] {
            if !indices.iter().any(|index| index.comparable()) {
                break;
            }
            let restricted = restricted_to_shared(instrument, other);
            let (sums, _) = fresh::current_summary(store, &restricted, wave, None).await?;
            let mut accumulator = BarrierAccumulator::new(&restricted);
            accumulator.add_summary(scoring::wave_ref(org, wave), &sums);
            aggregates.extend(
                accumulator
                    .finish()
                    .indices
                    .into_iter()
                    .filter(|aggregate| {
                        indices
                            .iter()
                            .any(|index| index.index == aggregate.index && index.comparable())
                    }),
            );
        }
        all.push(SharedItemFigures {
            from_wave_id: from_wave.wave_id.as_str().to_owned(),
            to_wave_id: to_wave.wave_id.as_str().to_owned(),
            from_version: from.version,
            to_version: to.version,
            indices,
            aggregates,
        });
    }
    Ok(all)
}
