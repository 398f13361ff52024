//! The direct read answers exactly what the pool's read answers, and stops with the store.

use std::sync::Arc;

use futures_util::StreamExt;

use crate::export::{ExportRow, pooled_export};
use parite_core::{Answer, Answers, ChoiceCode};

use crate::{
    AnswerFilter, DraftUpdate, NewResponse, NewWave, ResponseId, Store, Submission, SubmitOutcome,
    Timestamp,
};

fn instruments() -> Arc<parite_core::InstrumentSet> {
    let survey = include_str!("../tests/fixtures/direct-survey.toml");
    let set = parite_core::InstrumentSet::from_sources([("direct-survey.toml", survey)]);
    Arc::new(set.unwrap_or_else(|problems| panic!("{problems:?}")))
}

/// Stored `(item, value)` pairs as the fixture survey's answers.
fn answers<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Answers {
    let instruments = instruments();
    let survey = instruments.get("team-survey", 1).unwrap();
    parite_core::answer::answers_from_values(survey, pairs)
}

async fn store_with_draft(dir: &tempfile::TempDir) -> (Store, ResponseId) {
    let url = format!("sqlite://{}/direct.db", dir.path().display());
    let store = Store::connect(&url, instruments()).await.unwrap();
    let org = store.create_organization("centre", "Centre").await.unwrap();
    let wave = store
        .open_wave(NewWave {
            organization_id: org,
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
            instrument_version: 1,
            label: "Automne 2026".into(),
            opens_at: Timestamp::now(),
            closes_at: None,
        })
        .await
        .unwrap();
    let id = store
        .start_response(NewResponse {
            wave_id: wave,
            invitation_id: None,
            locale: "fr-CA".into(),
        })
        .await
        .unwrap();
    (store, id)
}

fn direct(store: &Store, hash: &str) -> Option<Option<crate::responses::StoredResponse>> {
    store.direct().and_then(|d| d.load_draft(hash))
}

#[tokio::test]
async fn the_direct_read_matches_the_pool_read_for_any_text() {
    let dir = tempfile::tempdir().unwrap();
    let (store, id) = store_with_draft(&dir).await;
    // No answers yet: one row with NULL answer columns, read as a draft without answers.
    store
        .save_draft(
            &id,
            DraftUpdate {
                respondent_role: None,
                answers: Answers::new(),
                resume_code_hash: Some("h".into()),
                resume_page: None,
            },
        )
        .await
        .unwrap();
    let empty = direct(&store, "h").unwrap().unwrap();
    assert_eq!(empty.packed_answers, None);
    assert_eq!(Some(empty), store.load_draft_pooled("h").await.unwrap());
    assert!(
        store
            .load_draft("h")
            .await
            .unwrap()
            .unwrap()
            .answers
            .is_empty()
    );

    let saved = answers([
        ("z_last", "1"),
        ("roles", "peer"),
        ("roles", "manager"),
        ("t_text", "12:3 « é » \u{1e}\u{1f} 😀 ''; --"),
        ("a_first", ""),
    ]);
    store
        .save_draft(
            &id,
            DraftUpdate {
                respondent_role: Some("peer".into()),
                answers: saved.clone(),
                resume_code_hash: None,
                resume_page: None,
            },
        )
        .await
        .unwrap();
    let read = direct(&store, "h").unwrap().unwrap();
    assert_eq!(Some(read), store.load_draft_pooled("h").await.unwrap());
    let loaded = store.load_draft("h").await.unwrap().unwrap().answers;
    assert_eq!(loaded, saved, "every value reads back as it was written");
    let code = |c: &str| ChoiceCode::parse(c).unwrap();
    assert_eq!(
        loaded.get("roles"),
        Some(&Answer::Choices(vec![code("peer"), code("manager")])),
        "a multiple choice keeps its order"
    );
    assert_eq!(direct(&store, "unknown"), Some(None));
    store.close().await;
}

#[tokio::test]
async fn a_closed_store_reads_nothing_directly() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_with_draft(&dir).await;
    assert_eq!(direct(&store, "none"), Some(None));
    store.close().await;
    assert_eq!(direct(&store, "none"), None);
    assert!(store.load_draft("none").await.is_err());
}

async fn direct_export(store: &Store, filter: &AnswerFilter) -> Vec<ExportRow> {
    let batches: Vec<_> = store.stream_export(filter).collect().await;
    batches.into_iter().flat_map(Result::unwrap).collect()
}

#[tokio::test]
async fn the_direct_export_matches_the_pool_export_row_for_row() {
    let dir = tempfile::tempdir().unwrap();
    let (store, draft) = store_with_draft(&dir).await;
    let wave = store.response(&draft).await.unwrap().unwrap().wave_id;
    // Past one batch (256 rows), with a role and without one, any text, and a draft left out
    // of the submitted-only export.
    for (n, role) in [(0, Some("peer")), (1, None), (2, Some("provider"))] {
        let id = store
            .start_response(NewResponse {
                wave_id: wave.clone(),
                invitation_id: None,
                locale: "fr-CA".into(),
            })
            .await
            .unwrap();
        let values: Vec<(String, String)> = (0..150)
            .map(|i| (format!("q_{i:03}"), format!("{}", (i + n) % 5)))
            .chain([
                (
                    "t_text".to_owned(),
                    "12:3 « é » \u{1e} 😀 \"a\",b\n''; --".to_owned(),
                ),
                ("t_empty".to_owned(), String::new()),
            ])
            .collect();
        let submission = Submission {
            respondent_role: role.map(str::to_owned),
            answers: answers(values.iter().map(|(i, v)| (i.as_str(), v.as_str()))),
        };
        assert_eq!(
            store.submit_response(&id, submission).await.unwrap(),
            SubmitOutcome::Submitted
        );
    }
    store
        .save_draft(
            &draft,
            DraftUpdate {
                respondent_role: None,
                answers: answers([("q_000", "1")]),
                resume_code_hash: None,
                resume_page: None,
            },
        )
        .await
        .unwrap();
    let submitted = AnswerFilter {
        submitted_only: true,
        ..AnswerFilter::default()
    };
    let of_wave = AnswerFilter {
        wave: Some(wave),
        ..AnswerFilter::default()
    };
    for filter in [submitted, of_wave, AnswerFilter::default()] {
        let direct = direct_export(&store, &filter).await;
        assert_eq!(direct, pooled_export(&store, &filter).await, "{filter:?}");
        assert!(direct.len() >= 3 * 152, "{} rows", direct.len());
    }
    let rows = direct_export(&store, &AnswerFilter::default()).await;
    assert!(rows.iter().any(|r| r.respondent_role.is_none()));
    assert!(rows.iter().any(|r| r.value.contains('😀')));
    assert_eq!(
        rows.len(),
        3 * 152 + 1,
        "the draft's one answer is in the full export"
    );
    store.close().await;
}
