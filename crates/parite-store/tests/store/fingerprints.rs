//! Instrument fingerprints: a file changed under answers is refused, a changed file nobody
//! answered is simply fingerprinted again, and a new version is accepted beside the old one.

use parite_core::Fingerprint;
use parite_store::{ChangedInUse, InstrumentPrint, Reconciled};

use crate::harness::{Ctx, on_both_backends, org_and_wave, start};

on_both_backends!(fingerprints);

const SURVEY: &str = include_str!("../fixtures/team-survey.toml");
const FIDELITY: &str = include_str!("../fixtures/fidelity.toml");

fn print(source: &str) -> InstrumentPrint {
    let instrument = parite_core::Instrument::parse(source).unwrap();
    InstrumentPrint {
        instrument_id: instrument.id.to_string(),
        version: instrument.version,
        fingerprint: Fingerprint::of_source(source).unwrap(),
    }
}

fn counts(recorded: usize, updated: usize) -> Reconciled {
    Reconciled {
        recorded,
        updated,
        ..Reconciled::default()
    }
}

async fn fingerprints(ctx: &Ctx) {
    let store = &ctx.store;
    let reworded = SURVEY.replace("text = \"t-q02\"", "text = \"t-q02-new\"");
    let reconcile =
        |sources: &[&str]| store.reconcile_fingerprints(sources.iter().map(|s| print(s)).collect());
    assert_eq!(reconcile(&[SURVEY, FIDELITY]).await.unwrap(), counts(2, 0));
    assert_eq!(reconcile(&[SURVEY, FIDELITY]).await.unwrap(), counts(0, 0));
    // Nobody used version 1 yet: its file may still change.
    assert_eq!(
        reconcile(&[&reworded, FIDELITY]).await.unwrap(),
        counts(0, 1)
    );
    assert_eq!(reconcile(&[SURVEY, FIDELITY]).await.unwrap(), counts(0, 1));

    // An open wave (its link is out) and a draft: version 1 is in use.
    let (_, wave) = org_and_wave(store).await;
    start(store, &wave).await;
    let refused = reconcile(&[&reworded, FIDELITY]).await.unwrap();
    assert_eq!(
        refused.changed,
        vec![ChangedInUse {
            instrument_id: "team-survey".into(),
            version: 1,
            first_difference: Some("q02".into()),
        }]
    );
    assert!(!refused.accepted());
    // Nothing was written: the recorded file is still the one answered.
    assert_eq!(reconcile(&[SURVEY, FIDELITY]).await.unwrap(), counts(0, 0));
    // Reopened (as at the next start), the store still refuses.
    let reopened = ctx.reopen().await;
    let again = reopened
        .reconcile_fingerprints(vec![print(&reworded), print(FIDELITY)])
        .await
        .unwrap();
    assert!(!again.accepted());
    reopened.close().await;

    // Its file gone, the version in use is missing.
    let missing = reconcile(&[FIDELITY]).await.unwrap();
    assert_eq!(missing.missing, vec![("team-survey".to_owned(), 1)]);

    // The change as version 2, beside the kept version 1: accepted.
    let bumped = reworded.replace("version = 1", "version = 2");
    assert_eq!(
        reconcile(&[SURVEY, &bumped, FIDELITY]).await.unwrap(),
        counts(1, 0)
    );
}
