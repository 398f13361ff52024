//! What the database holds after a run, read directly with the store (not through the server):
//! the wave's submitted responses and drafts, and each submitted response's answers.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use futures_util::StreamExt;
use parite_store::{AnswerFilter, Status};

use crate::support::ORG;
use crate::survey::ANSWERS_PER_RESPONSE;

/// What the database holds for the wave: submitted responses, each with its answers by item.
pub struct Stored {
    pub submitted: u64,
    pub drafts: u64,
    /// Submitted responses' answers, by response id then item.
    pub answers: HashMap<String, BTreeMap<String, String>>,
}

impl Stored {
    pub async fn read(url: &str) -> Stored {
        let store = crate::support::open_store(url).await;
        let org = store
            .organization_by_slug(ORG)
            .await
            .expect("read")
            .expect("the organization");
        let waves = store.waves_of(&org.id).await.expect("waves");
        let wave = waves.first().expect("a wave");
        let counts = store.wave_response_counts(&wave.id).await.expect("counts");
        let filter = AnswerFilter {
            organization: None,
            wave: Some(wave.id.clone()),
            submitted_only: true,
            instrument: None,
        };
        let mut answers: HashMap<String, BTreeMap<String, String>> = HashMap::new();
        let mut rows = store.stream_answers(&filter);
        while let Some(row) = rows.next().await {
            let row = row.expect("answer row");
            assert_eq!(row.status, Status::Submitted);
            answers
                .entry(row.response_id.as_str().to_owned())
                .or_default()
                .insert(row.item_id, row.value);
        }
        drop(rows);
        store.close().await;
        Stored {
            submitted: counts.submitted,
            drafts: counts.drafts,
            answers,
        }
    }

    /// The markers of the submitted responses.
    pub fn markers(&self) -> BTreeSet<String> {
        self.answers
            .values()
            .filter_map(|a| a.get("t_barrier").cloned())
            .collect()
    }

    /// Markers stored in more than one submitted response.
    pub fn duplicated_markers(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut twice: Vec<String> = self
            .answers
            .values()
            .filter_map(|a| a.get("t_barrier").cloned())
            .filter(|m| !seen.insert(m.clone()))
            .collect();
        twice.sort();
        twice.dedup();
        twice
    }

    /// Every submitted response holds all its answers: none half-written.
    pub fn assert_complete(&self) {
        assert_eq!(
            self.answers.len() as u64,
            self.submitted,
            "submitted responses without any answer"
        );
        for (id, answers) in &self.answers {
            assert_eq!(
                answers.len(),
                ANSWERS_PER_RESPONSE,
                "response {id} holds a partial set of answers: {answers:?}"
            );
        }
    }
}
