//! Group-commit throughput: concurrent submissions of 30-answer responses into SQLite with
//! `synchronous=FULL`, at several levels of concurrency. Prints submissions per second.
//!
//! `cargo bench -p parite-store --bench submissions` (optionally `-- <submissions per level>`).

use std::error::Error;
use std::sync::Arc;
use std::time::Instant;

use parite_core::Answers;
use parite_core::answer::answers_from_values;
use parite_store::{NewResponse, NewWave, ResponseId, Store, Submission, SubmitOutcome, Timestamp};

fn instruments() -> Result<Arc<parite_core::InstrumentSet>, Box<dyn Error>> {
    let survey = include_str!("bench-survey.toml");
    let set = parite_core::InstrumentSet::from_sources([("bench-survey.toml", survey)])
        .map_err(|problems| format!("{problems:?}"))?;
    Ok(Arc::new(set))
}

/// A full response: 30 answers, as a survey page's form would give them.
fn answers(survey: &parite_core::Instrument) -> Answers {
    let values: Vec<(String, String)> = (1..=30)
        .map(|n| (format!("q{n:02}"), (n % 5 + 1).to_string()))
        .collect();
    answers_from_values(survey, values.iter().map(|(i, v)| (i.as_str(), v.as_str())))
}

/// Submits every response from `concurrency` tasks at once; returns submissions per second.
async fn run(
    store: &Store,
    responses: Vec<ResponseId>,
    concurrency: usize,
    full: &Answers,
) -> Result<f64, Box<dyn Error>> {
    let count = responses.len();
    let per_task = count.div_ceil(concurrency);
    let mut chunks: Vec<Vec<ResponseId>> = Vec::new();
    let mut rest = responses;
    while !rest.is_empty() {
        let tail = rest.split_off(per_task.min(rest.len()));
        chunks.push(std::mem::replace(&mut rest, tail));
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for chunk in chunks {
        let (store, full) = (store.clone(), full.clone());
        tasks.push(tokio::spawn(async move {
            for id in chunk {
                let submission = Submission {
                    respondent_role: Some("peer".into()),
                    answers: full.clone(),
                };
                if store.submit_response(&id, submission).await? != SubmitOutcome::Submitted {
                    return Err("a fresh response was already submitted".into());
                }
            }
            Ok::<(), Box<dyn Error + Send + Sync>>(())
        }));
    }
    for task in tasks {
        task.await?.map_err(|error| error.to_string())?;
    }
    Ok(count as f64 / started.elapsed().as_secs_f64())
}

async fn bench(submissions: usize) -> Result<(), Box<dyn Error>> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}/bench.db", dir.path().display());
    let instruments = instruments()?;
    let full = answers(instruments.get("bench", 1).ok_or("no bench survey")?);
    let store = Store::connect(&url, instruments).await?;
    let org = store.create_organization("bench", "Bench").await?;
    let wave = store
        .open_wave(NewWave {
            organization_id: org,
            instrument_id: parite_core::InstrumentId::parse("bench")?,
            instrument_version: 1,
            label: "bench".into(),
            opens_at: Timestamp::now(),
            closes_at: None,
        })
        .await?;
    println!(
        "SQLite synchronous=FULL, WAL; 30 answers per submission; {submissions} submissions per level"
    );
    for concurrency in [1, 16, 64, 256] {
        // One writer task at a time would take a while: fewer submissions when unbatched.
        let count = if concurrency == 1 {
            submissions.min(500)
        } else {
            submissions
        };
        let mut responses = Vec::with_capacity(count);
        let mut starts = Vec::new();
        for _ in 0..count {
            let (store, wave) = (store.clone(), wave.clone());
            starts.push(tokio::spawn(async move {
                let new = NewResponse {
                    wave_id: wave,
                    invitation_id: None,
                    locale: "fr-CA".into(),
                };
                store.start_response(new).await
            }));
        }
        for start in starts {
            responses.push(start.await??);
        }
        let rate = run(&store, responses, concurrency, &full).await?;
        println!("concurrency {concurrency:>3}: {rate:>8.0} submissions/s");
    }
    store.close().await;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    // `cargo bench` passes `--bench`; a number among the arguments sets the size.
    let submissions = std::env::args()
        .skip(1)
        .find_map(|arg| arg.parse::<usize>().ok())
        .unwrap_or(10_000);
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(bench(submissions))
}
