//! Through nginx over https: plain http is sent to https, an administrator signs in with the
//! `Secure` session cookie, every page carries HSTS, a respondent's requests are shared between
//! the two servers, and failed sign-ins are throttled by the address nginx saw, whatever
//! `X-Forwarded-For` the client sends.

use reqwest::StatusCode;
use reqwest::header::{SET_COOKIE, STRICT_TRANSPORT_SECURITY};

use super::Topology;
use crate::support::{ADMIN, PASSWORD};
use crate::survey::{Outcome, Plain, Tally, respond_with};

/// Requests of one respondent's journey: welcome, start, ten sections (version 2 of the team
/// survey) shown and sent, review, submit.
const JOURNEY_REQUESTS: u64 = 24;

/// `Set-Cookie` headers of a response naming `cookie`.
fn set_cookies(response: &reqwest::Response, cookie: &str) -> Vec<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with(&format!("{cookie}=")))
        .map(str::to_owned)
        .collect()
}

fn csrf_of(body: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let start = body.find(marker).expect("a CSRF field") + marker.len();
    body[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn through_nginx_over_https_sign_in_hsts_both_servers_and_a_throttle_that_ignores_forged_addresses()
 {
    let Some(topology) = Topology::start("topology_https").await else {
        return;
    };
    let problems = || topology.problems();

    // Plain http gets nothing but the way to https.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let redirected = plain
        .get(format!(
            "http://127.0.0.1:{}/en/login",
            topology.nginx.http_port
        ))
        .send()
        .await
        .expect("plain http");
    assert_eq!(redirected.status(), StatusCode::MOVED_PERMANENTLY);
    let location = redirected
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        location.starts_with("https://") && location.ends_with("/en/login"),
        "{location}"
    );

    // An administrator signs in over https; both cookies are `Secure`, and the browser (which
    // sends a `Secure` cookie only over https) is signed in on the next page.
    let admin = topology.browser();
    let form = admin
        .get(format!("{}/en/login", topology.base))
        .send()
        .await
        .expect("login page");
    assert_eq!(form.status(), StatusCode::OK, "{}", problems());
    let hsts = form
        .headers()
        .get(STRICT_TRANSPORT_SECURITY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(hsts.starts_with("max-age="), "no HSTS through nginx");
    let csrf_cookie = set_cookies(&form, "parite_csrf");
    assert!(
        csrf_cookie.iter().all(|c| c.contains("; Secure")) && !csrf_cookie.is_empty(),
        "{csrf_cookie:?}"
    );
    let csrf = csrf_of(&form.text().await.expect("login page"));
    let signed = admin
        .post(format!("{}/en/login", topology.base))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", ADMIN),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .expect("sign in");
    assert_eq!(signed.status(), StatusCode::SEE_OTHER, "{}", problems());
    let session = set_cookies(&signed, "parite_session");
    assert!(
        session.len() == 1 && session[0].contains("; Secure"),
        "{session:?}"
    );
    let console = admin
        .get(format!("{}/en/admin/orgs", topology.base))
        .send()
        .await
        .expect("console");
    assert_eq!(console.status(), StatusCode::OK, "signed in over https");
    assert!(console.headers().contains_key(STRICT_TRANSPORT_SECURITY));

    // One respondent, all through nginx: round-robin shares the journey between the servers.
    let tally = Tally::default();
    let outcome = respond_with(
        &Plain(topology.browser()),
        std::slice::from_ref(&topology.base),
        &topology.code,
        "topologie",
        &tally,
    )
    .await;
    assert!(
        matches!(outcome, Outcome::Acknowledged),
        "{outcome:?}\n{}",
        problems()
    );
    let (on_a, on_b) = (
        topology.a.survey_requests().await,
        topology.b.survey_requests().await,
    );
    assert_eq!(
        on_a + on_b,
        JOURNEY_REQUESTS,
        "each request reached one server once"
    );
    assert!(
        on_a >= JOURNEY_REQUESTS / 4 && on_b >= JOURNEY_REQUESTS / 4,
        "round-robin: A served {on_a}, B served {on_b} of the survey's requests"
    );
    eprintln!("topology: the survey's requests: {on_a} on server A, {on_b} on server B");

    // A guesser behind nginx tries a new e-mail each time (the per-account limit never
    // applies) and forges a new X-Forwarded-For each time. nginx replaces that header with the
    // address it saw, so the throttle counts every try against 127.0.0.1: after the address's
    // free failures, it refuses.
    let guesser = topology.browser();
    let page = guesser
        .get(format!("{}/en/login", topology.base))
        .send()
        .await
        .expect("login page");
    let token = csrf_of(&page.text().await.expect("login page"));
    let mut refused_at = None;
    for attempt in 1..=40_u32 {
        let email = format!("devin{attempt}@example.org");
        let tried = guesser
            .post(format!("{}/en/login", topology.base))
            .header("X-Forwarded-For", format!("1.2.3.{attempt}"))
            .form(&[
                ("_csrf", token.as_str()),
                ("email", email.as_str()),
                ("password", "pas le bon"),
            ])
            .send()
            .await
            .expect("sign-in attempt");
        match tried.status() {
            StatusCode::UNPROCESSABLE_ENTITY => {}
            StatusCode::TOO_MANY_REQUESTS => {
                refused_at = Some(attempt);
                break;
            }
            other => panic!("attempt {attempt}: {other}\n{}", problems()),
        }
    }
    // parite-web's per-address allowance (auth/throttle.rs `ADDRESS`): 20 free failures, then
    // a wait of a second that doubles. On a loaded machine the 21st try may come after that
    // second and be counted; the next one is refused. Were the forged header believed, each
    // try would count under an address of its own and none would be refused.
    assert!(
        refused_at.is_some_and(|n| n > 20),
        "refused at attempt {refused_at:?}: forged X-Forwarded-For escaped the address throttle\n{}",
        problems()
    );
    topology.stop();
}
