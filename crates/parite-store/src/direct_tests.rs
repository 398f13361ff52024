//! The direct read answers exactly what the pool's read answers, and stops with the store.

use std::sync::Arc;

use crate::{
    Answer, DraftUpdate, InstrumentCatalog, NewResponse, NewWave, ResponseId, Store, Timestamp,
};

struct EveryItem;

impl InstrumentCatalog for EveryItem {
    fn has_item(&self, _: &str, _: u32, _: &str) -> Option<bool> {
        Some(true)
    }
}

async fn store_with_draft(dir: &tempfile::TempDir) -> (Store, ResponseId) {
    let url = format!("sqlite://{}/direct.db", dir.path().display());
    let store = Store::connect(&url, Arc::new(EveryItem)).await.unwrap();
    let org = store.create_organization("centre", "Centre").await.unwrap();
    let wave = store
        .open_wave(NewWave {
            organization_id: org,
            instrument_id: "team-survey".into(),
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

fn direct(store: &Store, hash: &str) -> Option<Option<crate::Response>> {
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
                answers: Vec::new(),
                resume_code_hash: Some("h".into()),
            },
        )
        .await
        .unwrap();
    let empty = direct(&store, "h").unwrap().unwrap();
    assert!(empty.answers.is_empty());
    assert_eq!(Some(empty), store.load_draft_pooled("h").await.unwrap());

    let answers = vec![
        Answer::new("z_last", "1"),
        Answer::new("roles", "peer"),
        Answer::new("roles", "manager"),
        Answer::new("t_text", "12:3 « é » \u{1e}\u{1f} 😀 ''; --"),
        Answer::new("a_first", ""),
    ];
    store
        .save_draft(
            &id,
            DraftUpdate {
                respondent_role: Some("peer".into()),
                answers,
                resume_code_hash: None,
            },
        )
        .await
        .unwrap();
    let read = direct(&store, "h").unwrap().unwrap();
    assert_eq!(
        read.answers
            .iter()
            .map(|a| a.item_id.as_str())
            .collect::<Vec<_>>(),
        ["a_first", "roles", "roles", "t_text", "z_last"]
    );
    assert_eq!(
        read.answers[1].value, "peer",
        "a multiple choice keeps its order"
    );
    assert_eq!(Some(read), store.load_draft_pooled("h").await.unwrap());
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
