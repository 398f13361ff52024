//! What the server writes to its log, in either format, after a whole journey: respondents
//! answering (one saving to finish later), a failed and a good sign-in, reports read, a refused
//! form. Every line of a request names the request's id (also sent as `X-Request-Id`) and its
//! route template; no line holds an invitation code, a resume code, a password, a session token
//! or an answer's text.

use reqwest::StatusCode;

use crate::support::{ADMIN, Database, PASSWORD, Server, seed};
use crate::survey::{Outcome, Tally, client, get, post, report_paths, respond, sign_in};

const ANSWER_TEXT: &str = "Un texte que seul le questionnaire doit garder";
const WRONG_PASSWORD: &str = "mot-de-passe-devine 17";

/// A resume code as the saved page shows it, `XXXX-XXXX-XXXX`.
fn resume_code_in(body: &str) -> Option<String> {
    let chars: Vec<char> = body.chars().collect();
    chars.windows(14).find_map(|w| {
        let shaped = w.iter().enumerate().all(|(i, c)| match i {
            4 | 9 => *c == '-',
            _ => c.is_ascii_uppercase() || c.is_ascii_digit(),
        });
        shaped.then(|| w.iter().collect())
    })
}

async fn journey(format: &str) {
    let db = Database::sqlite();
    let code = seed(&db);
    let server = Server::start_with(&db.url, db.dir.path(), &["--log-format", format]).await;
    let bases = [server.base.clone()];
    let tally = Tally::default();
    assert!(matches!(
        respond(&bases, &code, ANSWER_TEXT, &tally).await,
        Outcome::Acknowledged
    ));

    // A respondent saves to finish later: the page shows their resume code.
    let respondent = client();
    let welcome = format!("/en/s/{code}");
    let page = get(&respondent, &server.base, &welcome)
        .await
        .expect("welcome");
    let csrf = page.csrf().expect("CSRF token");
    let start = [
        ("_csrf", csrf.as_str()),
        ("_action", "start"),
        ("consent", "yes"),
    ];
    post(&respondent, &server.base, &welcome, &start)
        .await
        .expect("start");
    let section = format!("/en/s/{code}/1");
    let save = [
        ("_csrf", csrf.as_str()),
        ("_action", "save"),
        ("role", "peer"),
        ("work_language", "fr"),
    ];
    let saved = post(&respondent, &server.base, &section, &save)
        .await
        .expect("save");
    let resume = resume_code_in(&saved.body).expect("a resume code on the saved page");
    // A form the server refuses (a NUL character): logged, with the route's template.
    let hostile = [
        ("_csrf", csrf.as_str()),
        ("_action", "next"),
        ("role", "pe\u{0}er"),
    ];
    let refused = post(&respondent, &server.base, &section, &hostile)
        .await
        .expect("refused");
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);

    // A wrong password, then the right one; reports read.
    let guesser = client();
    let form = get(&guesser, &server.base, "/en/login")
        .await
        .expect("login");
    let token = form.csrf().expect("CSRF token");
    let wrong = [
        ("_csrf", token.as_str()),
        ("email", ADMIN),
        ("password", WRONG_PASSWORD),
    ];
    post(&guesser, &server.base, "/en/login", &wrong)
        .await
        .expect("sign-in");
    let admin = sign_in(&server.base).await;
    for path in report_paths() {
        let read = admin
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .expect("read");
        assert!(read.headers().contains_key("x-request-id"), "{path}");
    }
    let session = admin
        .get(format!("{}/en/admin/", server.base))
        .send()
        .await
        .expect("admin");
    let ids: Vec<String> = session
        .headers()
        .get_all("x-request-id")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    assert_eq!(ids.len(), 1, "one id per response");
    let log = server.log();
    server.stop();

    let secrets = [
        ("invitation code", code.clone()),
        ("resume code", resume.clone()),
        ("resume code, as stored", resume.replace('-', "")),
        ("password", PASSWORD.to_owned()),
        ("guessed password", WRONG_PASSWORD.to_owned()),
        ("answer text", ANSWER_TEXT.to_owned()),
    ];
    for (what, secret) in &secrets {
        assert!(
            !log.contains(secret.as_str()),
            "the {format} log holds the {what}:\n{log}"
        );
    }
    // A session token is 64 hex digits; none may appear, whatever its name in the log.
    assert!(
        !log.split(|c: char| !c.is_ascii_hexdigit())
            .any(|run| run.len() >= 64),
        "the {format} log holds a token:\n{log}"
    );
    let refusal = log
        .lines()
        .find(|line| line.contains("refused a POST body"))
        .unwrap_or_else(|| panic!("the refused form is not in the {format} log:\n{log}"));
    assert!(
        refusal.contains("/en/s/{code}/{section}"),
        "the refusal does not name its route: {refusal}"
    );
    if format == "json" {
        for line in log.lines().filter(|l| !l.trim().is_empty()) {
            let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
            assert!(parsed.is_ok(), "not a JSON line: {line}");
        }
        let parsed: serde_json::Value = serde_json::from_str(refusal).expect("JSON");
        assert!(
            parsed["span"]["id"]
                .as_str()
                .is_some_and(|id| !id.is_empty()),
            "no request id on: {refusal}"
        );
    } else {
        assert!(
            refusal.contains("request{id="),
            "no request id on: {refusal}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_logs_hold_request_ids_and_no_secret() {
    journey("text").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_a_line_with_request_ids_and_no_secret() {
    journey("json").await;
}
