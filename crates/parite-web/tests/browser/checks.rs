//! The two page checkers: axe-core run inside the page (WCAG 2.1 A and AA rules), and the Nu
//! Html Checker (vnu.jar) run once over every saved HTML source. Both come from npm, installed
//! by `scripts/browser-setup.sh` into `target/browser-tools`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::driver::{Session, missing, target_dir};

const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

fn tools_dir() -> PathBuf {
    std::env::var_os("PARITE_BROWSER_TOOLS")
        .map_or_else(|| target_dir().join("browser-tools"), PathBuf::from)
}

/// axe-core's source, injected into each page through WebDriver.
pub struct Axe {
    source: String,
}

impl Axe {
    pub fn find() -> Option<Axe> {
        let path = tools_dir().join("node_modules/axe-core/axe.min.js");
        match std::fs::read_to_string(&path) {
            Ok(source) => Some(Axe { source }),
            Err(_) => missing(&format!(
                "accessibility checks skipped: axe-core not installed ({} missing)",
                path.display()
            )),
        }
    }

    /// The page's violations of the WCAG 2.1 A/AA rules, one readable line each (empty: none).
    pub async fn violations(&self, session: &Session) -> Vec<String> {
        // Page scripts are forbidden by the app's CSP; WebDriver's own scripts are not affected.
        let injected = session
            .client
            .execute(&format!("{}\n;return typeof axe;", self.source), vec![])
            .await
            .expect("axe-core injected");
        assert_eq!(injected, Value::from("object"), "axe-core did not load");
        let run = r"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.join(' ')),
                  summaries: v.nodes.map(n => n.failureSummary),
              }))))
              .catch(e => done({ error: String(e) }));";
        let result = session
            .client
            .execute_async(run, vec![Value::from(AXE_TAGS.to_vec())])
            .await
            .expect("axe-core ran");
        if let Some(error) = result.get("error") {
            panic!("axe-core failed: {error}");
        }
        let text =
            |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
        result
            .as_array()
            .expect("a list of violations")
            .iter()
            .map(|v| {
                let targets: Vec<String> = v["targets"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect();
                // "Fix any of the following:" and its first reason.
                let summary: String = v["summaries"]
                    .get(0)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .lines()
                    .take(2)
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ");
                format!(
                    "{} ({}): {} — {} [{}] {}",
                    text(v, "id"),
                    text(v, "impact"),
                    text(v, "help"),
                    targets.join(", "),
                    text(v, "helpUrl"),
                    summary
                )
            })
            .collect()
    }
}

/// The Nu Html Checker and the Java that runs it.
pub struct Vnu {
    jar: PathBuf,
    java: PathBuf,
}

/// What the checker said about a set of files.
#[derive(Default)]
pub struct VnuReport {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

impl Vnu {
    pub fn find() -> Option<Vnu> {
        let jar = tools_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
        let java = std::env::var_os("JAVA_HOME")
            .map(|home| PathBuf::from(home).join("bin/java"))
            .filter(|p| p.is_file())
            .or_else(|| {
                std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                    .map(|dir| dir.join("java"))
                    .find(|p| p.is_file())
            });
        match (jar.is_file(), java) {
            (true, Some(java)) => Some(Vnu { jar, java }),
            (false, _) => missing(&format!(
                "HTML validation skipped: vnu-jar not installed ({} missing)",
                jar.display()
            )),
            (true, None) => missing(
                "HTML validation skipped: java not installed (the Nu Html Checker needs it)",
            ),
        }
    }

    /// Checks every file in one JVM run (a JVM start costs seconds).
    pub fn check(&self, files: &[PathBuf]) -> VnuReport {
        let output = Command::new(&self.java)
            .arg("-jar")
            .arg(&self.jar)
            .args(["--format", "json", "--stdout"])
            .args(files)
            .output()
            .expect("the Nu Html Checker runs");
        let json: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!(
                "the Nu Html Checker's output is not JSON ({e}): {}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
        });
        let mut report = VnuReport::default();
        for message in json["messages"].as_array().into_iter().flatten() {
            let kind = message["type"].as_str().unwrap_or("");
            let sub = message["subType"].as_str().unwrap_or("");
            let url = message["url"].as_str().unwrap_or("");
            let file = Path::new(url.trim_start_matches("file:"));
            let name = file
                .strip_prefix(target_dir())
                .unwrap_or(file)
                .display()
                .to_string();
            let line = format!(
                "{name}:{}: {} «{}»",
                message["lastLine"].as_u64().unwrap_or(0),
                message["message"].as_str().unwrap_or(""),
                message["extract"].as_str().unwrap_or("").trim()
            );
            match (kind, sub) {
                ("error" | "non-document-error", _) => report.errors.push(line),
                ("info", "warning") => report.warnings.push(line),
                _ => {}
            }
        }
        report
    }
}

/// Every Fluent message id of both locales: one showing on a page is a text that failed to
/// format (a missing argument, a typo in an id).
pub fn message_ids() -> std::collections::BTreeSet<String> {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut ids = std::collections::BTreeSet::new();
    for dir in std::fs::read_dir(&locales).expect("locales/").flatten() {
        for file in std::fs::read_dir(dir.path())
            .expect("a locale folder")
            .flatten()
        {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            ids.extend(text.lines().filter_map(|line| {
                let (id, _) = line.split_once('=')?;
                let id = id.trim_end();
                let plain = id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id.contains('-')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                plain.then(|| id.to_owned())
            }));
        }
    }
    assert!(ids.len() > 100, "the locales' message ids were found");
    ids
}
