//! Respondents and readers as browsers drive them: a cookie jar, forms with their CSRF token, no
//! redirects followed so that each step's answer can be judged.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::{Client, StatusCode};

use crate::support::{ADMIN, ORG, PASSWORD};

/// What a respondent stores: every section of the team survey (version 2, what a new wave is
/// given on) answered, in order. The free text
/// of the last section carries the respondent's own marker, so each acknowledged response can
/// be found in the database.
pub fn sections(marker: &str) -> Vec<Vec<(&'static str, String)>> {
    let pairs = |list: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        list.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
    };
    vec![
        pairs(&[("role", "peer"), ("work_language", "fr")]),
        pairs(&[
            ("b_prec_1", "2"),
            ("b_prec_2", "4"),
            ("b_prec_3", "dk"),
            ("b_prec_4", "4"),
        ]),
        pairs(&[("b_cult_1", "1"), ("b_cult_2", "5"), ("b_cult_3", "2")]),
        pairs(&[("b_lang_1", "3"), ("b_lang_2", "2"), ("b_lang_3", "4")]),
        pairs(&[("b_lead_1", "4"), ("b_lead_2", "2"), ("b_lead_4", "3")]),
        pairs(&[("b_stig_1", "5"), ("b_stig_2", "5"), ("b_stig_3", "1")]),
        pairs(&[("b_div_1", "2"), ("b_div_2", "5"), ("b_div_3", "2")]),
        pairs(&[("r_1", "4"), ("r_2", "3"), ("r_3", "5"), ("r_4", "5")]),
        pairs(&[("p_refl", "2"), ("p_loop", "1"), ("p_equity", "3")]),
        vec![
            ("t_barrier", marker.to_owned()),
            ("t_divide_example", "Une réunion d’équipe".to_owned()),
        ],
    ]
}

/// Answers stored per submitted response: every item but the unanswered `t_help`.
pub const ANSWERS_PER_RESPONSE: usize = 30;

pub fn client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client")
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    pub fn csrf(&self) -> Option<String> {
        let marker = "name=\"_csrf\" value=\"";
        let start = self.body.find(marker)? + marker.len();
        self.body[start..].split('"').next().map(str::to_owned)
    }
}

/// A submit sent without any answer back (the server killed meanwhile): the browser still holds
/// its cookies, the draft's key among them, and the form's token.
pub struct UnansweredSubmit {
    pub marker: String,
    pub client: Client,
    pub csrf: String,
}

impl UnansweredSubmit {
    /// Sends the submit again to `base`; `true` when it leads to the thank-you page.
    pub async fn resend(&self, base: &str, code: &str) -> bool {
        let review = format!("/en/s/{code}/review");
        let submit = [("_csrf", self.csrf.as_str()), ("_action", "submit")];
        let thanks = format!("/en/s/{code}/thanks");
        match post(&self.client, base, &review, &submit).await {
            Ok(p) => p.status == StatusCode::SEE_OTHER && p.location.as_deref() == Some(&thanks),
            Err(NoAnswer) => false,
        }
    }
}

/// A failure to get any HTTP answer (connection refused or reset, a server killed).
#[derive(Debug)]
pub struct NoAnswer;

pub async fn get(client: &Client, base: &str, path: &str) -> Result<Page, NoAnswer> {
    let response = client
        .get(format!("{base}{path}"))
        .send()
        .await
        .map_err(|_| NoAnswer)?;
    page(response).await
}

pub async fn post(
    client: &Client,
    base: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> Result<Page, NoAnswer> {
    let response = client
        .post(format!("{base}{path}"))
        .form(fields)
        .send()
        .await
        .map_err(|_| NoAnswer)?;
    page(response).await
}

async fn page(response: reqwest::Response) -> Result<Page, NoAnswer> {
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.text().await.map_err(|_| NoAnswer)?;
    Ok(Page {
        status,
        location,
        body,
    })
}

/// How one respondent's attempt ended.
#[derive(Debug)]
pub enum Outcome {
    /// The server sent the respondent to the thank-you page.
    Acknowledged,
    /// An answer that is not the expected next step.
    Refused { step: String, status: u16 },
    /// No answer at all (the server is gone).
    NoAnswer { step: String },
}

/// The tallies of a load run, shared by its tasks.
#[derive(Default)]
pub struct Tally {
    pub acknowledged: AtomicU64,
    /// Attempts that reached the final submit, answered or not.
    pub submits_sent: AtomicU64,
    pub server_errors: AtomicU64,
    pub other_failures: AtomicU64,
    pub no_answer: AtomicU64,
    pub reads: AtomicU64,
    /// The markers of acknowledged responses.
    pub acknowledged_markers: Mutex<BTreeSet<String>>,
    /// Submits that got no answer at all, to send again as the browser would.
    pub unanswered_submits: Mutex<Vec<UnansweredSubmit>>,
    /// The first few unexpected answers, to show when a check fails.
    pub samples: Mutex<Vec<String>>,
}

impl Tally {
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::SeqCst)
    }

    pub fn record(&self, marker: &str, outcome: &Outcome) {
        match outcome {
            Outcome::Acknowledged => {
                self.acknowledged.fetch_add(1, Ordering::SeqCst);
                self.acknowledged_markers
                    .lock()
                    .expect("lock")
                    .insert(marker.to_owned());
            }
            Outcome::Refused { step, status } => {
                if *status >= 500 {
                    self.server_errors.fetch_add(1, Ordering::SeqCst);
                } else {
                    self.other_failures.fetch_add(1, Ordering::SeqCst);
                }
                self.sample(format!("{marker}: {step} answered {status}"));
            }
            Outcome::NoAnswer { step } => {
                self.no_answer.fetch_add(1, Ordering::SeqCst);
                self.sample(format!("{marker}: no answer to {step}"));
            }
        }
    }

    pub fn sample(&self, text: String) {
        let mut samples = self.samples.lock().expect("lock");
        if samples.len() < 10 {
            samples.push(text);
        }
    }

    pub fn summary(&self) -> String {
        format!(
            "acknowledged {}, submits sent {}, 5xx {}, other refusals {}, no answer {}, reads {}; {:?}",
            Self::get(&self.acknowledged),
            Self::get(&self.submits_sent),
            Self::get(&self.server_errors),
            Self::get(&self.other_failures),
            Self::get(&self.no_answer),
            Self::get(&self.reads),
            self.samples.lock().expect("lock"),
        )
    }
}

fn refused(step: &str, page: &Page) -> Outcome {
    Outcome::Refused {
        step: step.to_owned(),
        status: page.status.as_u16(),
    }
}

fn gone(step: &str) -> Outcome {
    Outcome::NoAnswer {
        step: step.to_owned(),
    }
}

/// How a respondent's browser sends each request of the journey. [`Plain`] sends it at once;
/// the production-topology test's browser pauses like a person and presses again when the
/// proxy's answer is an error page (`tests/reliability/topology.rs`).
pub trait Browser: Sync {
    fn client(&self) -> &Client;

    fn get(&self, base: &str, path: &str) -> impl Future<Output = Result<Page, NoAnswer>> + Send;

    fn post(
        &self,
        base: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> impl Future<Output = Result<Page, NoAnswer>> + Send;

    /// On the review page, before the submit: a person may linger there.
    fn before_submit(&self, _base: &str, _review: &str) -> impl Future<Output = ()> + Send {
        async {}
    }
}

/// A browser that sends every request at once and never presses again.
pub struct Plain(pub Client);

impl Browser for Plain {
    fn client(&self) -> &Client {
        &self.0
    }

    async fn get(&self, base: &str, path: &str) -> Result<Page, NoAnswer> {
        get(&self.0, base, path).await
    }

    async fn post(
        &self,
        base: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<Page, NoAnswer> {
        post(&self.0, base, path, fields).await
    }
}

/// One respondent, start to thank-you, on `bases` in turn (one server, or several behind one
/// address): the welcome page, consent, each section shown then sent, the review, submit.
pub async fn respond(bases: &[String], code: &str, marker: &str, tally: &Tally) -> Outcome {
    respond_with(&Plain(client()), bases, code, marker, tally).await
}

/// The same journey in `browser`.
pub async fn respond_with(
    browser: &impl Browser,
    bases: &[String],
    code: &str,
    marker: &str,
    tally: &Tally,
) -> Outcome {
    let mut turn = 0_usize;
    let mut next_base = || {
        turn += 1;
        bases[turn % bases.len()].clone()
    };
    let welcome_path = format!("/en/s/{code}");
    let Ok(welcome) = browser.get(&next_base(), &welcome_path).await else {
        return gone("welcome");
    };
    let Some(csrf) = welcome.csrf() else {
        return refused("welcome", &welcome);
    };
    let start = [
        ("_csrf", csrf.as_str()),
        ("_action", "start"),
        ("consent", "yes"),
    ];
    match browser.post(&next_base(), &welcome_path, &start).await {
        Ok(p) if p.status == StatusCode::SEE_OTHER => {}
        Ok(p) => return refused("start", &p),
        Err(NoAnswer) => return gone("start"),
    }
    for (i, answers) in sections(marker).iter().enumerate() {
        let step = format!("section {}", i + 1);
        let path = format!("/en/s/{code}/{}", i + 1);
        match browser.get(&next_base(), &path).await {
            Ok(p) if p.status == StatusCode::OK => {}
            Ok(p) => return refused(&step, &p),
            Err(NoAnswer) => return gone(&step),
        }
        let mut fields: Vec<(&str, &str)> = vec![("_csrf", &csrf), ("_action", "next")];
        fields.extend(answers.iter().map(|(k, v)| (*k, v.as_str())));
        match browser.post(&next_base(), &path, &fields).await {
            Ok(p) if p.status == StatusCode::SEE_OTHER => {}
            Ok(p) => return refused(&step, &p),
            Err(NoAnswer) => return gone(&step),
        }
    }
    let review = format!("/en/s/{code}/review");
    match browser.get(&next_base(), &review).await {
        Ok(p) if p.status == StatusCode::OK => {}
        Ok(p) => return refused("review", &p),
        Err(NoAnswer) => return gone("review"),
    }
    browser.before_submit(&next_base(), &review).await;
    tally.submits_sent.fetch_add(1, Ordering::SeqCst);
    let submit = [("_csrf", csrf.as_str()), ("_action", "submit")];
    let thanks = format!("/en/s/{code}/thanks");
    match browser.post(&next_base(), &review, &submit).await {
        Ok(p) if p.status == StatusCode::SEE_OTHER && p.location.as_deref() == Some(&thanks) => {
            Outcome::Acknowledged
        }
        Ok(p) => refused("submit", &p),
        Err(NoAnswer) => {
            tally
                .unanswered_submits
                .lock()
                .expect("lock")
                .push(UnansweredSubmit {
                    marker: marker.to_owned(),
                    client: browser.client().clone(),
                    csrf,
                });
            gone("submit")
        }
    }
}

/// A signed-in administrator's browser.
pub async fn sign_in(base: &str) -> Client {
    let client = client();
    let form = get(&client, base, "/en/login").await.expect("login page");
    let csrf = form.csrf().expect("a CSRF token on the login page");
    let signed = post(
        &client,
        base,
        "/en/login",
        &[("_csrf", &csrf), ("email", ADMIN), ("password", PASSWORD)],
    )
    .await
    .expect("sign in");
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    client
}

/// The pages and files a reader opens while respondents answer.
pub fn report_paths() -> Vec<String> {
    vec![
        format!("/en/orgs/{ORG}/"),
        format!("/en/orgs/{ORG}/reports/organization"),
        format!("/en/orgs/{ORG}/exports/barriers.csv"),
        format!("/en/orgs/{ORG}/exports/raw/responses.csv"),
        "/en/funders/".to_owned(),
    ]
}

/// Reads report pages and exports until `stop` is set; a 5xx counts as a server error.
pub async fn read_reports(
    client: Client,
    base: String,
    tally: Arc<Tally>,
    stop: Arc<std::sync::atomic::AtomicBool>,
) {
    let paths = report_paths();
    let mut i = 0;
    while !stop.load(Ordering::SeqCst) {
        let path = &paths[i % paths.len()];
        i += 1;
        match get(&client, &base, path).await {
            Ok(p) if p.status == StatusCode::OK => {
                tally.reads.fetch_add(1, Ordering::SeqCst);
            }
            Ok(p) => {
                if p.status.is_server_error() {
                    tally.server_errors.fetch_add(1, Ordering::SeqCst);
                } else {
                    tally.other_failures.fetch_add(1, Ordering::SeqCst);
                }
                // An empty 503 is the request time limit's, not the app's page.
                let body = if p.body.is_empty() { "empty" } else { "a page" };
                tally.sample(format!("read {path}: {} with {body}", p.status));
            }
            Err(NoAnswer) => {
                tally.no_answer.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}
