//! Parité's web benchmarks, in one process, on 127.0.0.1 only (see BENCHMARKS.md).
//!
//! `cargo bench -p parite-web --bench web -- [charts] [survey] [submit] [--submissions N] [--seconds S]`
//! (no section named: all of them).
//!
//! - `charts`: SVG and PNG render time of every chart kind on the demo data (6 organizations).
//! - `survey`: `wrk` (if installed) against a French survey section page of the real app, and
//!   against a bare axum handler returning the same bytes, alternated in the same run: the
//!   10-item section of the bench survey (`benches/bench-survey.toml`, the shipped texts in the
//!   sizes the benchmark issue names), then the largest section of the shipped team survey.
//! - `submit`: complete 30-answer responses of the bench survey submitted through the real HTTP
//!   path (POST of the review
//!   page's submit button, drafts prepared through the welcome and section pages first), into
//!   SQLite (`synchronous=FULL`, group commit) and into PostgreSQL
//!   (`PARITE_BENCH_PG`, default `postgres://postgres@127.0.0.1:5432/test`, empty to skip; a
//!   fresh `parite_bench` database is created and dropped), then counted in the store.

use std::error::Error;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use parite_core::InstrumentSet;
use parite_core::report::{ReportInstruments, WaveVisibility};
use parite_core::suppression::MinCell;
use parite_i18n::{Locale, Localizer, Texts};
use parite_reports::compose::{Subject, chart};
use parite_reports::definition::ChartKind;
use parite_store::figures::load;
use parite_store::{AnswerFilter, NewUser, Role, Store, WaveId};
use parite_web::demo::{SeedOptions, seed};
use parite_web::provision::open_wave;
use parite_web::{AppState, WebConfig};
use tokio::sync::oneshot;

/// The allocator `parite serve` runs with (src/main.rs): the servers measured here are the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

type BoxError = Box<dyn Error + Send + Sync>;
type Result<T> = std::result::Result<T, BoxError>;

const SURVEYS: [(&str, &str); 4] = [
    (
        "team-survey.toml",
        include_str!("../../../surveys/team-survey.toml"),
    ),
    (
        "fidelity.toml",
        include_str!("../../../surveys/fidelity.toml"),
    ),
    (
        "progress.toml",
        include_str!("../../../surveys/progress.toml"),
    ),
    ("bench-survey.toml", include_str!("bench-survey.toml")),
];

/// A fixed double-submit token: the app accepts any 64 hex digits as its CSRF cookie.
const CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// A survey the benches fill: its instrument, every section's answers in order (a complete
/// response), and the section whose page is measured.
struct BenchSurvey {
    instrument: &'static str,
    answers: &'static [&'static [(&'static str, &'static str)]],
    page: usize,
    what: &'static str,
}

/// Sized as the benchmark issue asks (benches/bench-survey.toml): section 2 has 10 items and a
/// complete response has 30 answers.
const SIZED: BenchSurvey = BenchSurvey {
    instrument: "bench-survey",
    answers: &[
        &[("role", "peer"), ("work_language", "fr")],
        &[
            ("q_01", "2"),
            ("q_02", "4"),
            ("q_03", "dk"),
            ("q_04", "1"),
            ("q_05", "5"),
            ("q_06", "2"),
            ("q_07", "3"),
            ("q_08", "2"),
            ("q_09", "4"),
            ("q_10", "4"),
        ],
        &[
            ("q_11", "2"),
            ("q_12", "3"),
            ("q_13", "5"),
            ("q_14", "5"),
            ("q_15", "1"),
            ("q_16", "2"),
            ("q_17", "5"),
            ("q_18", "2"),
            ("q_19", "4"),
            ("q_20", "3"),
        ],
        &[
            ("q_21", "5"),
            ("q_22", "5"),
            ("q_23", "4"),
            ("q_24", "dk"),
            ("q_25", "3"),
            ("t_1", "Le manque de temps « réel » : 3,5 h par mois"),
            ("t_2", "Du mentorat entre pairs aidants"),
            ("t_3", "Une réunion d’équipe"),
        ],
    ],
    page: 2,
    what: "10-item section of the bench survey",
};

/// The shipped team survey: its largest section has 4 items, a complete response 26 answers.
const TEAM: BenchSurvey = BenchSurvey {
    instrument: "team-survey",
    answers: &[
        &[("role", "peer"), ("work_language", "fr")],
        &[("b_prec_1", "2"), ("b_prec_2", "4"), ("b_prec_3", "dk")],
        &[("b_cult_1", "1"), ("b_cult_2", "5"), ("b_cult_3", "2")],
        &[("b_lang_1", "3"), ("b_lang_2", "2"), ("b_lang_3", "4")],
        &[("b_lead_1", "4"), ("b_lead_2", "2"), ("b_lead_3", "3")],
        &[("b_stig_1", "5"), ("b_stig_2", "5"), ("b_stig_3", "1")],
        &[("b_div_1", "2"), ("b_div_2", "5"), ("b_div_3", "2")],
        &[("r_1", "4"), ("r_2", "3"), ("r_3", "5"), ("r_4", "5")],
        &[
            ("t_barrier", "Le manque de temps « réel » : 3,5 h par mois"),
            ("t_divide_example", "Une réunion d’équipe"),
        ],
    ],
    page: 8,
    what: "largest section of the shipped team survey (4 items)",
};

impl BenchSurvey {
    fn answer_count(&self) -> usize {
        self.answers.iter().map(|s| s.len()).sum()
    }
}

struct Options {
    charts: bool,
    survey: bool,
    submit: bool,
    submissions: usize,
    seconds: u32,
    pg: Option<String>,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let named = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
    };
    let any = named("charts") || named("survey") || named("submit");
    let pg = std::env::var("PARITE_BENCH_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    Options {
        charts: !any || named("charts"),
        survey: !any || named("survey"),
        submit: !any || named("submit"),
        submissions: value("--submissions").unwrap_or(3_000),
        seconds: value("--seconds").map_or(10, |s: usize| u32::try_from(s).unwrap_or(10)),
        pg: (!pg.is_empty()).then_some(pg),
    }
}

fn instruments() -> Result<Arc<InstrumentSet>> {
    InstrumentSet::from_sources(SURVEYS)
        .map(Arc::new)
        .map_err(|failures| format!("invalid instruments: {} files", failures.len()).into())
}

/// The real app on 127.0.0.1:0, over `url`, with one organization and an open wave.
struct Running {
    base: String,
    store: Store,
    instruments: Arc<InstrumentSet>,
    code: String,
    wave: WaveId,
    stop: oneshot::Sender<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

async fn start_app(url: &str, instrument: &str) -> Result<Running> {
    let instruments = instruments()?;
    let store = Store::connect(url, instruments.clone()).await?;
    let org = store
        .create_organization("centre-banc", "Centre Banc d’essai")
        .await?;
    let wave = open_wave(&store, &instruments, &org, instrument, "Automne 2026", None)
        .await
        .map_err(|e| e.to_string())?;
    let localizer = Arc::new(Localizer::embedded(Locale::fr_ca()).map_err(|e| e.to_string())?);
    let state = AppState::new(
        localizer,
        instruments.clone(),
        store.clone(),
        WebConfig {
            secure_cookies: false,
            ..WebConfig::default()
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(parite_web::serve(listener, state, async {
        let _ = stopped.await;
    }));
    Ok(Running {
        base,
        store,
        instruments,
        code: wave.invitation_code,
        wave: wave.id,
        stop,
        server,
    })
}

impl Running {
    async fn stop(self) -> Result<()> {
        let _ = self.stop.send(());
        self.server.await??;
        self.store.close().await;
        Ok(())
    }
}

fn client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()?)
}

fn csrf_cookie() -> String {
    format!("parite_csrf={CSRF}")
}

/// Consents on the welcome page and answers every section: the `Cookie` header of a complete
/// draft, ready to submit.
async fn complete_draft(
    client: &reqwest::Client,
    base: &str,
    code: &str,
    survey: &BenchSurvey,
) -> Result<String> {
    let started = client
        .post(format!("{base}/fr/s/{code}"))
        .header("cookie", csrf_cookie())
        .form(&[("_csrf", CSRF), ("_action", "start"), ("consent", "yes")])
        .send()
        .await?;
    if started.status() != reqwest::StatusCode::SEE_OTHER {
        return Err(format!("welcome: {}", started.status()).into());
    }
    let draft = started
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| !v.starts_with("parite_csrf="))
        .and_then(|v| v.split(';').next())
        .ok_or("no draft cookie")?
        .to_owned();
    let cookie = format!("{}; {draft}", csrf_cookie());
    for (i, fields) in survey.answers.iter().enumerate() {
        let mut form = vec![("_csrf", CSRF), ("_action", "next")];
        form.extend_from_slice(fields);
        let saved = client
            .post(format!("{base}/fr/s/{code}/{}", i + 1))
            .header("cookie", &cookie)
            .form(&form)
            .send()
            .await?;
        if saved.status() != reqwest::StatusCode::SEE_OTHER {
            return Err(format!("section {}: {}", i + 1, saved.status()).into());
        }
    }
    Ok(cookie)
}

async fn submit(client: &reqwest::Client, base: &str, code: &str, cookie: &str) -> Result<()> {
    let response = client
        .post(format!("{base}/fr/s/{code}/review"))
        .header("cookie", cookie)
        .form(&[("_csrf", CSRF), ("_action", "submit")])
        .send()
        .await?;
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if response.status() != reqwest::StatusCode::SEE_OTHER || !location.ends_with("/thanks") {
        return Err(format!("submit: {} → {location:?}", response.status()).into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------- charts

async fn charts() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("charts.db").display());
    let instruments = instruments()?;
    let store = Store::connect(&url, instruments.clone()).await?;
    let evaluator = store
        .create_user(NewUser {
            email: "evaluatrice@bench.parite.ca".into(),
            password_hash: "!".into(),
            role: Role::Evaluator,
        })
        .await?;
    let options = SeedOptions::default();
    seed(&store, &instruments, &options, &evaluator)
        .await
        .map_err(|e| e.to_string())?;
    let orgs = store.organizations(false).await?;
    let which = ReportInstruments::latest(&instruments, parite_web::support::kinds())
        .ok_or("instruments missing")?;
    let data = load(&store, &instruments, &which, &orgs, WaveVisibility::Live).await?;
    store.close().await;
    let name = orgs
        .first()
        .map(|o| o.name.clone())
        .ok_or("no organization")?;
    let subject = Subject {
        organization: Some(&name),
    };
    let localizer = Arc::new(Localizer::embedded(Locale::fr_ca()).map_err(|e| e.to_string())?);
    let texts = Texts::new(localizer, Locale::fr_ca());
    let k = MinCell::clamped(5);
    println!(
        "charts: demo data ({} organizations × {} responses a wave), fr-CA; mean (min) per render",
        options.organizations, options.responses
    );
    let kinds = [
        ChartKind::BarrierProfile,
        ChartKind::BarrierChange,
        ChartKind::FidelityDomains,
        ChartKind::StageProgress,
        ChartKind::BarrierHeatmap,
    ];
    for kind in kinds {
        let Some(chart) = chart(kind, &data, &which, subject) else {
            println!("  {:<18} no figures", kind.code());
            continue;
        };
        let (svg_mean, svg_min, svg_len) = time_loop(|| {
            chart
                .render_svg(&texts, k)
                .map(|s| s.len())
                .map_err(|e| e.to_string())
        })?;
        let (png_mean, png_min, png_len) = time_loop(|| {
            chart
                .render_png(&texts, k)
                .map(|p| p.len())
                .map_err(|e| e.to_string())
        })?;
        println!(
            "  {:<18} SVG {:>7.3} ms ({:>7.3}) {:>7} B   PNG {:>7.2} ms ({:>7.2}) {:>7} B",
            kind.code(),
            svg_mean,
            svg_min,
            svg_len,
            png_mean,
            png_min,
            png_len
        );
    }
    Ok(())
}

/// Runs `f` for about a second (3 warm-up runs, at most 500): mean and min in ms, last size.
fn time_loop(
    mut f: impl FnMut() -> std::result::Result<usize, String>,
) -> Result<(f64, f64, usize)> {
    let mut size = 0;
    for _ in 0..3 {
        size = f()?;
    }
    let mut times = Vec::new();
    let budget = Instant::now();
    while times.len() < 500 && (times.len() < 10 || budget.elapsed() < Duration::from_secs(1)) {
        let started = Instant::now();
        size = std::hint::black_box(f()?);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    Ok((mean, min, size))
}

// ---------------------------------------------------------------------------------------- survey

struct WrkResult {
    requests_per_second: f64,
    /// CPU time this process (the servers, not wrk) spent per request, in µs: unlike req/s,
    /// it holds still when other work shares the machine.
    cpu_per_request_us: f64,
    p50: String,
    p99: String,
    errors: String,
}

fn wrk(url: &str, cookie: Option<&str>, seconds: u32, connections: u32) -> Result<WrkResult> {
    let mut command = Command::new("wrk");
    command.args([
        "-t2",
        &format!("-c{connections}"),
        &format!("-d{seconds}s"),
        "--timeout",
        "5s",
        "--latency",
    ]);
    if let Some(cookie) = cookie {
        command.args(["-H", &format!("Cookie: {cookie}")]);
    }
    let cpu_before = process_cpu_seconds();
    let output = command.arg(url).output()?;
    let cpu = process_cpu_seconds() - cpu_before;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let line = |prefix: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(prefix))
            .map(|v| v.trim().to_owned())
    };
    let requests_per_second = line("Requests/sec:")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("wrk output not understood:\n{text}"))?;
    let requests: f64 = text
        .lines()
        .find_map(|l| l.trim().split_once(" requests in "))
        .and_then(|(n, _)| n.trim().parse().ok())
        .unwrap_or(0.0);
    let mut errors = Vec::new();
    if let Some(non_2xx) = line("Non-2xx or 3xx responses:") {
        errors.push(format!("non-2xx {non_2xx}"));
    }
    if let Some(socket) = line("Socket errors:") {
        errors.push(format!("socket errors {socket}"));
    }
    Ok(WrkResult {
        requests_per_second,
        cpu_per_request_us: cpu * 1e6 / requests.max(1.0),
        p50: line("50%").unwrap_or_default(),
        p99: line("99%").unwrap_or_default(),
        errors: errors.join(", "),
    })
}

/// User and system time of this whole process so far, from `/proc/self/stat` (clock ticks of
/// 10 ms, Linux's USER_HZ).
fn process_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime: fields 14 and 15 of the line, so 11 and 12 counting from the state.
    (ticks(11) + ticks(12)) / 100.0
}

async fn survey(seconds: u32) -> Result<()> {
    if Command::new("wrk").arg("--version").output().is_err() {
        println!("survey: wrk not installed (apt-get install -y wrk); skipped");
        return Ok(());
    }
    for survey in [&SIZED, &TEAM] {
        survey_page(survey, seconds).await?;
    }
    Ok(())
}

/// One survey's measured page against a bare handler returning its bytes, alternated twice;
/// then the app's home page and health check against the same bare handler.
async fn survey_page(survey: &BenchSurvey, seconds: u32) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("survey.db").display());
    let app = start_app(&url, survey.instrument).await?;
    let client = client()?;
    let cookie = complete_draft(&client, &app.base, &app.code, survey).await?;
    let page_url = format!("{}/fr/s/{}/{}", app.base, app.code, survey.page);
    let page = client
        .get(&page_url)
        .header("cookie", &cookie)
        .send()
        .await?;
    if page.status() != reqwest::StatusCode::OK {
        return Err(format!("section page: {}", page.status()).into());
    }
    let body = page.bytes().await?;
    let items = String::from_utf8_lossy(&body).matches("<fieldset").count();
    // The same bytes from a bare handler: no middleware, no database, no template.
    let bare_body = body.clone();
    let bare = axum::Router::new().route(
        "/",
        axum::routing::get(move || {
            let body = bare_body.clone();
            async move { axum::response::Html(body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bare_url = format!("http://{}/", listener.local_addr()?);
    let (stop_bare, bare_stopped) = oneshot::channel::<()>();
    let bare_server = tokio::spawn(async move {
        axum::serve(listener, bare)
            .with_graceful_shutdown(async {
                let _ = bare_stopped.await;
            })
            .await
    });
    println!(
        "survey: GET /fr/s/…/{} — {} — {} bytes, {items} fieldsets, draft of {} answers saved; \
         vs bare axum handler, same bytes; wrk -t2 -c64 -d{seconds}s, alternated twice",
        survey.page,
        survey.what,
        body.len(),
        survey.answer_count()
    );
    let mut ratios = Vec::new();
    for round in 1..=2 {
        let (page_url, cookie_header) = (page_url.clone(), cookie.clone());
        let app_result =
            tokio::task::spawn_blocking(move || wrk(&page_url, Some(&cookie_header), seconds, 64))
                .await??;
        let bare_target = bare_url.clone();
        let bare_result =
            tokio::task::spawn_blocking(move || wrk(&bare_target, None, seconds, 64)).await??;
        let ratio = app_result.requests_per_second / bare_result.requests_per_second;
        ratios.push(ratio);
        for (label, r) in [
            ("section page", &app_result),
            ("bare handler", &bare_result),
        ] {
            println!(
                "  round {round} {label:<13} {:>9.0} req/s  p50 {:>9}  p99 {:>9}  server CPU {:>6.1} µs/request  {}",
                r.requests_per_second, r.p50, r.p99, r.cpu_per_request_us, r.errors
            );
        }
        println!(
            "  round {round} ratio         {:>8.1} %   (server CPU per request: bare / page = {:.1} %)",
            ratio * 100.0,
            bare_result.cpu_per_request_us / app_result.cpu_per_request_us * 100.0
        );
    }
    println!(
        "  mean ratio          {:>8.1} %",
        ratios.iter().sum::<f64>() / ratios.len() as f64 * 100.0
    );
    // Where the rest goes, same run: the app's middleware and a template without the database
    // (`/fr/`), and one trivial read through the pool (`/healthz`).
    for (label, path) in [
        ("home, no database", "/fr/"),
        ("healthz, one read", "/healthz"),
    ] {
        let target = format!("{}{path}", app.base);
        let result = tokio::task::spawn_blocking(move || wrk(&target, None, seconds, 64)).await??;
        let bare_target = bare_url.clone();
        let bare_result =
            tokio::task::spawn_blocking(move || wrk(&bare_target, None, seconds, 64)).await??;
        println!(
            "  {label:<18} {:>9.0} req/s  p99 {:>9}  server CPU {:>6.1} µs/request  = {:>5.1} % of bare ({:.0} req/s, right after) {}",
            result.requests_per_second,
            result.p99,
            result.cpu_per_request_us,
            result.requests_per_second / bare_result.requests_per_second * 100.0,
            bare_result.requests_per_second,
            result.errors
        );
    }
    let _ = stop_bare.send(());
    bare_server.await??;
    app.stop().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------- submit

async fn submissions(label: &str, url: &str, count: usize, concurrency: usize) -> Result<()> {
    let app = start_app(url, SIZED.instrument).await?;
    let client = client()?;
    let started = Instant::now();
    let (base, code) = (app.base.clone(), app.code.clone());
    let cookies: Vec<Result<String>> = futures_util::stream::iter(0..count)
        .map(|_| complete_draft(&client, &base, &code, &SIZED))
        .buffer_unordered(concurrency)
        .collect()
        .await;
    let cookies: Vec<String> = cookies.into_iter().collect::<Result<_>>()?;
    let prepared = started.elapsed();
    let started = Instant::now();
    let results: Vec<Result<()>> = futures_util::stream::iter(cookies.iter())
        .map(|cookie| submit(&client, &base, &code, cookie))
        .buffer_unordered(concurrency)
        .collect()
        .await;
    let elapsed = started.elapsed();
    let failed = results.iter().filter(|r| r.is_err()).count();
    if let Some(Err(error)) = results.iter().find(|r| r.is_err()) {
        println!("  first failure: {error}");
    }
    let counts = app.store.wave_response_counts(&app.wave).await?;
    let filter = AnswerFilter {
        organization: None,
        wave: Some(app.wave.clone()),
        submitted_only: true,
        instrument: None,
    };
    let rows = app
        .store
        .stream_answers(&filter)
        .filter(|r| futures_util::future::ready(r.is_ok()))
        .count()
        .await;
    let _ = &app.instruments;
    app.stop().await?;
    println!(
        "  {label:<10} {count} drafts prepared in {:.1} s ({} requests each); {count} submits, {concurrency} at a time: \
         {:.2} s = {:>6.0} submissions/s; failed {failed}; stored: {} submitted, {} drafts, {rows} answer rows ({:.1} a response); lost {}",
        prepared.as_secs_f64(),
        SIZED.answers.len() + 1,
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64(),
        counts.submitted,
        counts.drafts,
        rows as f64 / counts.submitted.max(1) as f64,
        (count - failed) as i64 - counts.submitted as i64,
    );
    Ok(())
}

async fn fresh_pg(admin_url: &str) -> Result<String> {
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(admin_url).await?;
    sqlx::query("DROP DATABASE IF EXISTS parite_bench WITH (FORCE)")
        .execute(&mut admin)
        .await?;
    sqlx::query("CREATE DATABASE parite_bench")
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
    Ok(format!("{base}/parite_bench"))
}

async fn drop_pg(admin_url: &str) -> Result<()> {
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(admin_url).await?;
    sqlx::query("DROP DATABASE IF EXISTS parite_bench WITH (FORCE)")
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    Ok(())
}

async fn submit_all(count: usize, pg: Option<&str>) -> Result<()> {
    println!(
        "submit: complete responses ({} answers) POSTed to /fr/s/…/review through HTTP",
        SIZED.answer_count()
    );
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("submit.db").display());
    submissions("SQLite", &url, count, 64).await?;
    if let Some(admin) = pg {
        let url = fresh_pg(admin).await?;
        let result = submissions("PostgreSQL", &url, count, 64).await;
        drop_pg(admin).await?;
        result?;
    }
    Ok(())
}

fn main() -> Result<()> {
    let options = options();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async {
            if options.charts {
                charts().await?;
            }
            if options.survey {
                survey(options.seconds).await?;
            }
            if options.submit {
                submit_all(options.submissions, options.pg.as_deref()).await?;
            }
            Ok(())
        })
}
