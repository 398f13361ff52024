//! Reports keep per-wave summaries and bring them up to date on read: a report shown after new
//! submissions must count them, with the same figures as scoring every response afresh.

use futures_util::TryStreamExt;
use parite_core::report::{ReportData, ReportInstruments, WaveVisibility};
use parite_store::figures::load;
use parite_store::{NewResponse, Role, Store, Submission, SubmitOutcome, WaveStatus};
use parite_testkit::TempSqlite;
use parite_web::demo::{SeedOptions, seed};
use sqlx::Connection;

use crate::accounts::person;
use crate::helpers::instruments;

async fn report(store: &Store) -> ReportData {
    let instruments = instruments();
    let which = ReportInstruments::latest(&instruments, parite_web::support::kinds())
        .expect("shipped instruments");
    let orgs = store.organizations(false).await.expect("organizations");
    load(store, &instruments, &which, &orgs, WaveVisibility::Live)
        .await
        .expect("report")
}

#[tokio::test]
async fn a_report_after_new_submissions_counts_them_as_a_fresh_one_does() {
    let sqlite = TempSqlite::create();
    let store = Store::connect(sqlite.url(), instruments())
        .await
        .expect("store");
    let evaluator = person(&store, "eva@example.ca", Role::Evaluator, &[]).await;
    let options = SeedOptions {
        organizations: 2,
        responses: 6,
        seed: 5,
    };
    seed(&store, &instruments(), &options, &evaluator.id)
        .await
        .expect("demo data");
    let first = report(&store).await;

    // One more response in an open wave, answered like one already there.
    let mut open = None;
    for tally in store.wave_tallies(None).await.expect("tallies") {
        let wave = store
            .wave(&tally.wave_id)
            .await
            .expect("read")
            .expect("wave");
        if tally.submitted > 0 && wave.status == WaveStatus::Open {
            open = Some(tally);
        }
    }
    let wave = open.expect("an open wave with responses");
    let model = store
        .stream_wave_responses(&wave.wave_id, None)
        .try_next()
        .await
        .expect("read")
        .expect("a response");
    let id = store
        .start_response(NewResponse {
            wave_id: wave.wave_id.clone(),
            invitation_id: None,
            locale: "fr-CA".into(),
        })
        .await
        .expect("start");
    let instruments = instruments();
    let survey = instruments
        .get(wave.instrument_id.as_str(), wave.instrument_version)
        .expect("the wave's instrument");
    let pairs = model.answers.iter().map(|(i, v)| (i.as_str(), v.as_str()));
    let answers = parite_core::answer::answers_from_values(survey, pairs);
    let outcome = store
        .submit_response(
            &id,
            Submission {
                respondent_role: None,
                answers,
            },
        )
        .await
        .expect("submit");
    assert_eq!(outcome, SubmitOutcome::Submitted);

    let updated = report(&store).await;
    let count = |data: &ReportData| -> u64 {
        data.aggregates
            .participation
            .iter()
            .map(|p| p.responses.all)
            .sum()
    };
    assert_eq!(count(&updated), count(&first) + 1);

    // Without any stored summary every response is scored again: the same figures.
    let mut raw = sqlx::AnyConnection::connect(sqlite.url())
        .await
        .expect("connect");
    sqlx::query("DELETE FROM wave_summaries")
        .execute(&mut raw)
        .await
        .expect("clear summaries");
    raw.close().await.expect("close");
    let fresh = report(&store).await;
    assert_eq!(
        fresh.aggregates.participation,
        updated.aggregates.participation
    );
    assert_eq!(
        fresh.aggregates.indices.len(),
        updated.aggregates.indices.len()
    );
    for (a, b) in fresh
        .aggregates
        .indices
        .iter()
        .zip(&updated.aggregates.indices)
    {
        assert_eq!(
            (&a.organization, &a.wave, &a.index),
            (&b.organization, &b.wave, &b.index)
        );
        assert_eq!(a.estimates.all.n, b.estimates.all.n);
        let (x, y) = (a.estimates.all.mean, b.estimates.all.mean);
        assert!(
            (x.unwrap_or(0.0) - y.unwrap_or(0.0)).abs() < 1e-9,
            "{x:?} vs {y:?}"
        );
    }
    store.close().await;
}
