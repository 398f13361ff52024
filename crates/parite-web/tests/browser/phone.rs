//! The signed-in pages with the most to fit on a phone, at 360 px: an organization's overview
//! (its invitation links) and its reports, with a long organization name. Nothing may make the
//! page scroll sideways, every table caption must show whole, the name wraps between words,
//! invitation links take a few lines at most, and charts scroll in their box rather than shrink
//! until their text cannot be read.

use fantoccini::cookies::Cookie;
use parite_store::Role;
use serde_json::Value;

use crate::driver::{ChromeDriver, Session, WIDTH, find_browser};
use crate::server::{TestApp, person, seed_demo, session_token, spawn_app};

/// Long words and many of them, as organizations' legal names are.
const LONG_NAME: &str = "Regroupement des organismes communautaires francophones en santé \
                         mentale et dépendances de l’Est ontarien";

/// What the page measures in itself, returned as JSON: see [`Layout`].
const MEASURE: &str = r"
const [name] = arguments;
const viewport = document.documentElement.clientWidth;
// The nearest ancestor that scrolls or clips sideways: what is inside it may be wider than
// the phone by design (a wide table scrolls in its own box).
const clipper = (el) => {
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return a;
  }
  return null;
};
const describe = (el) => `${el.tagName.toLowerCase()} «${(el.textContent || '').trim().slice(0, 50)}»`;
const lineRects = (node) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((r) => r.width > 0);
};
const wide = [];
for (const el of document.body.querySelectorAll('*')) {
  if (clipper(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > viewport + 0.5) wide.push(`${describe(el)} ends at ${Math.round(r.right)} px`);
}
const captions = [];
for (const caption of document.querySelectorAll('caption')) {
  const box = clipper(caption);
  const area = box ? box.getBoundingClientRect() : { left: 0, right: viewport };
  const [left, right] = [Math.max(0, area.left), Math.min(viewport, area.right)];
  for (const line of lineRects(caption)) {
    if (line.left < left - 0.5 || line.right > right + 0.5) {
      captions.push(`${describe(caption)}: a line at ${Math.round(line.left)}..${Math.round(line.right)} px, visible ${Math.round(left)}..${Math.round(right)}`);
      break;
    }
  }
}
// Each word of the name on one line: a word over two lines was broken inside.
const broken = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let names = 0;
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (!node.data.includes(name) || node.parentElement.closest('svg, title')) continue;
  names += 1;
  const start = node.data.indexOf(name);
  for (const m of name.matchAll(/[^\s]+/g)) {
    const range = document.createRange();
    range.setStart(node, start + m.index);
    range.setEnd(node, start + m.index + m[0].length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.length > 1) broken.push(`«${m[0]}» in ${describe(node.parentElement)}`);
  }
}
const links = [...document.querySelectorAll('td a[href*=\'/s/\'], td s')].map((a) => lineRects(a).length);
// The invitations' table has three columns: it fits the phone without scrolling.
const invitations = [...document.querySelectorAll('table')]
  .filter((t) => t.querySelector('td a[href*=\'/s/\']'))
  .filter((t) => t.getBoundingClientRect().right > viewport + 0.5)
  .map((t) => `a table of invitations ends at ${Math.round(t.getBoundingClientRect().right)} px`);
const charts = [...document.querySelectorAll('.chart-image svg')].map((svg) => {
  const drawn = svg.viewBox.baseVal.width;
  return svg.getBoundingClientRect().width / drawn;
});
return { scrollWidth: document.documentElement.scrollWidth, viewport, wide, captions, broken, names, links, invitations, charts };
";

/// Puts a session cookie holding `token` in the browser (which must be on the app's origin).
async fn sign_in_as(session: &Session, token: &str) {
    let cookie = Cookie::parse(format!(
        "{}={token}; Path=/; Domain=127.0.0.1; SameSite=Lax",
        parite_web::SESSION_COOKIE
    ))
    .expect("a cookie");
    session
        .client
        .add_cookie(cookie)
        .await
        .expect("session cookie set");
}

/// The problems of the page the browser shows, one line each.
async fn problems(session: &Session, page: &str) -> Vec<String> {
    let measured = session
        .client
        .execute(MEASURE, vec![Value::from(LONG_NAME)])
        .await
        .unwrap_or_else(|e| panic!("{page}: measuring the layout: {e}"));
    let number = |key: &str| measured[key].as_f64().unwrap_or(f64::NAN);
    let list = |key: &str| -> Vec<Value> { measured[key].as_array().cloned().unwrap_or_default() };
    let mut found = Vec::new();
    let (scroll_width, viewport) = (number("scrollWidth"), number("viewport"));
    if !(scroll_width <= f64::from(WIDTH) && viewport <= f64::from(WIDTH)) {
        found.push(format!(
            "{page}: the page is {scroll_width} px wide in a {viewport} px window"
        ));
    }
    for key in ["wide", "captions", "broken", "invitations"] {
        for item in list(key) {
            found.push(format!("{page}: {key}: {}", item.as_str().unwrap_or("?")));
        }
    }
    if number("names") < 1.0 {
        found.push(format!(
            "{page}: the organization's name is not on the page"
        ));
    }
    for lines in list("links") {
        let lines = lines.as_u64().unwrap_or(0);
        if !(1..=4).contains(&lines) {
            found.push(format!("{page}: an invitation link takes {lines} lines"));
        }
    }
    // Below 0.7 of its drawn size a chart's 14 px labels are under 8 px on the screen.
    for scale in list("charts") {
        let scale = scale.as_f64().unwrap_or(0.0);
        if scale < 0.7 {
            found.push(format!(
                "{page}: a chart is shown at {scale:.2} of its size"
            ));
        }
    }
    found
}

async fn pages(app: &TestApp, slug: &str) -> Vec<(String, u64)> {
    let mut pages = Vec::new();
    for l in ["fr", "en"] {
        for path in [
            format!("/{l}/orgs/{slug}/"),
            format!("/{l}/orgs/{slug}/reports/organization"),
            format!("/{l}/orgs/{slug}/reports/community"),
            format!("/{l}/funders/"),
        ] {
            let charts = if path.ends_with("/organization") || path.ends_with("/funders/") {
                1
            } else {
                0
            };
            pages.push((app.url(&path), charts));
        }
    }
    pages
}

#[tokio::test]
async fn organization_and_report_pages_fit_a_360_px_phone() {
    let Some(tools) = find_browser() else {
        return;
    };
    let app = spawn_app().await;
    let admin = person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let slugs = seed_demo(&app, &admin).await;
    let org = app
        .store
        .organization_by_slug(&slugs[0])
        .await
        .expect("read")
        .expect("a demo organization");
    app.store
        .rename_organization(&org.id, LONG_NAME)
        .await
        .expect("rename");
    let token = session_token(&app.store, &admin).await;
    let driver = ChromeDriver::start(&tools).await;
    let session = driver.session(true).await;
    session.goto(&app.url("/fr/login")).await;
    sign_in_as(&session, &token).await;
    let mut found = Vec::new();
    for (url, charts) in pages(&app, &slugs[0]).await {
        session.goto(&url).await;
        let path = session.path().await;
        let shown = session.find_all(".chart-image svg").await as u64;
        assert!(shown >= charts, "{path}: {shown} charts, expected some");
        found.extend(problems(&session, &path).await);
    }
    session.close().await;
    assert!(found.is_empty(), "{}", found.join("\n"));
}
