//! Every file `parite report` and `parite export` write from the demo data, byte for byte.
//!
//! Guards restructurings that must not change what people receive (issue #18): on a fresh
//! SQLite database seeded with `parite demo seed` (the data of `serve --demo`), each report of
//! reports/*.toml is written in every format it offers (the HTML file, each table as CSV, each
//! chart as SVG and PNG), in both languages, for each demo organization when the report is about
//! one; then the raw exports (long, wide with its codebook and its R, SPSS and Stata files). The
//! SHA-256 of each file is compared with tests/fixtures/outputs.sha256. When a change of output
//! is intended, regenerate it with `PARITE_UPDATE_GOLDEN=1 cargo test --test outputs` and commit
//! it with that change.

#[path = "golden/demo_ids.rs"]
mod demo_ids;
#[path = "golden/manifest.rs"]
mod manifest;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use manifest::Manifest;

const LOCALES: [&str; 2] = ["fr-CA", "en-CA"];

/// One run of `parite` and the files it writes, each with its name in the manifest.
struct Job {
    args: Vec<String>,
    files: Vec<(String, String)>,
}

fn parite(dir: &Path, args: &[String]) {
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .current_dir(dir)
        .env(
            "PARITE_DATABASE_URL",
            format!("sqlite://{}", dir.join("parite.db").display()),
        )
        .env_remove("PARITE_DEFAULT_LOCALE")
        .env_remove("PARITE_MIN_CELL")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    assert!(
        output.status.success(),
        "parite {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| (*s).to_owned()).collect()
}

/// The report definitions, as (id, about one organization, charts, tables).
fn definitions() -> Vec<(String, bool, Vec<String>, Vec<String>)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("reports");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let value: toml::Table =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let text_of = |key: &str| value.get(key).and_then(|v| v.as_str()).unwrap_or_default();
            let sections = value
                .get("sections")
                .and_then(|s| s.as_array())
                .cloned()
                .unwrap_or_default();
            let codes = |key: &str| -> Vec<String> {
                sections
                    .iter()
                    .filter_map(|section| section.get(key).and_then(|v| v.as_array()))
                    .flatten()
                    .filter_map(|code| code.as_str().map(str::to_owned))
                    .collect()
            };
            (
                text_of("id").to_owned(),
                text_of("scope") == "organization",
                codes("charts"),
                codes("tables"),
            )
        })
        .collect()
}

fn jobs(orgs: &[String]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (report, per_org, charts, tables) in definitions() {
        let subjects: Vec<Option<&str>> = if per_org {
            orgs.iter().map(|slug| Some(slug.as_str())).collect()
        } else {
            vec![None]
        };
        for org in subjects {
            for locale in LOCALES {
                let prefix = format!("report/{report}/{}/{locale}", org.unwrap_or("all"));
                let mut formats = vec![(vec!["--format", "html"], "page.html".to_owned())];
                for table in &tables {
                    formats.push((
                        vec!["--format", "csv", "--table", table],
                        format!("table-{table}.csv"),
                    ));
                }
                for chart in &charts {
                    for ext in ["svg", "png"] {
                        formats.push((
                            vec!["--format", ext, "--chart", chart],
                            format!("chart-{chart}.{ext}"),
                        ));
                    }
                }
                for (flags, file) in formats {
                    let out = format!("{}-{file}", prefix.replace('/', "_"));
                    let mut args = strings(&["report", "--report", &report, "--locale", locale]);
                    if let Some(slug) = org {
                        args.extend(strings(&["--org", slug]));
                    }
                    args.extend(strings(&flags));
                    args.extend(strings(&["--out", &out]));
                    jobs.push(Job {
                        args,
                        files: vec![(format!("{prefix}/{file}"), out)],
                    });
                }
            }
        }
    }
    for locale in LOCALES {
        let long = format!("long-{locale}.csv");
        jobs.push(Job {
            args: strings(&["export", "responses", "--locale", locale, "--out", &long]),
            files: vec![(format!("export/{locale}/long.csv"), long)],
        });
        let wide = format!("wide-{locale}.csv");
        jobs.push(Job {
            args: strings(&[
                "export",
                "responses",
                "--wide",
                "--locale",
                locale,
                "--out",
                &wide,
            ]),
            files: vec![
                (format!("export/{locale}/wide.csv"), wide),
                (
                    format!("export/{locale}/wide.codebook.csv"),
                    format!("wide-{locale}.codebook.csv"),
                ),
                (
                    format!("export/{locale}/wide.R"),
                    format!("wide-{locale}.R"),
                ),
                (
                    format!("export/{locale}/wide.sps"),
                    format!("wide-{locale}.sps"),
                ),
                (
                    format!("export/{locale}/wide.do"),
                    format!("wide-{locale}.do"),
                ),
            ],
        });
    }
    jobs
}

/// The demo's organizations, read from the database it seeded.
async fn organizations(database: &Path) -> Vec<String> {
    use sqlx::{Connection, Row};
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(database);
    let mut c = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let rows = sqlx::query("SELECT slug FROM organizations ORDER BY slug")
        .fetch_all(&mut c)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    rows.iter()
        .map(|row| row.try_get(0).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[test]
fn every_report_and_export_of_the_demo_is_byte_identical_to_the_manifest() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = dir.path();
    parite(dir, &strings(&["demo", "seed", "--seed", "2026"]));
    let database = dir.join("parite.db");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let orgs = runtime.block_on(async {
        demo_ids::renumber_responses(&database).await;
        organizations(&database).await
    });
    assert_eq!(orgs.len(), 6, "the demo's organizations: {orgs:?}");

    // Two at a time: the processes are independent and CI has two cores.
    let jobs = jobs(&orgs);
    let next = AtomicUsize::new(0);
    let written = Mutex::new(Manifest::default());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    parite(dir, &job.args);
                    for (name, file) in &job.files {
                        let bytes =
                            std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
                        assert!(!bytes.is_empty(), "{name} is empty");
                        written
                            .lock()
                            .unwrap_or_else(|e| panic!("{e}"))
                            .add(name.clone(), &bytes);
                    }
                }
            });
        }
    });
    let manifest = written.into_inner().unwrap_or_else(|e| panic!("{e}"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/outputs.sha256");
    manifest.check(&path, "cargo test --test outputs");
}
