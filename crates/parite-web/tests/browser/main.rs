//! The survey in a real browser: headless Chromium through ChromeDriver, at a phone's size
//! (360 × 740), asking for French like a francophone's browser.
//!
//! - `journey`: one respondent, keyboard only, with page scripts off: the pages need none.
//! - `evaluator`: keyboard-only sign-in, scripts off: an evaluator reads an organization's
//!   report and downloads its barriers CSV; a funder sees the funders' overview and is refused
//!   the organization report and the raw responses (demo data).
//! - `a11y`: every distinct survey page, then the signed-in pages (sign-in, an organization's
//!   overview and report, the funders' overview, the administration console, the 403 page), in
//!   both languages through axe-core (in a session with scripts on, since axe is JavaScript; the
//!   pages themselves carry no script), a reflow check at 360 px and the Nu Html Checker;
//!   screenshots in `target/screenshots/`, the HTML as served in `target/browser-html/`.
//! - `support`: an evaluator plans a coaching series and a WRAP training by clicking, records
//!   them delivered with attendance and completions, and reads them in the report.
//! - `phone`: an organization's overview and its reports at 360 px with a long organization
//!   name: nothing wider than the phone, captions whole, names wrapped between words.
//!
//! Skipped, with a line saying so, where Chromium or ChromeDriver is missing — unless
//! `PARITE_REQUIRE_BROWSER=1` (CI), where a missing tool fails. `scripts/browser-setup.sh`
//! installs everything: Chromium, ChromeDriver, and axe-core and vnu-jar into
//! `target/browser-tools` (`PARITE_BROWSER_TOOLS` points elsewhere).
//! `PARITE_UPDATE_SCREENSHOTS=1` also copies the README's two screenshots to `docs/screenshots/`.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions (driver, pages, checkers) fail the test loudly"
)]

mod a11y;
mod checks;
mod driver;
mod evaluator;
mod journey;
mod phone;
mod server;
mod support;
