//! Chromium driven through ChromeDriver: found on the machine (or the suite is skipped), started
//! on a free port in its own process group, and killed with all its browsers on drop.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

/// How long any wait for the page may take before the test fails with a message.
pub const WAIT: Duration = Duration::from_secs(15);

/// The phone-sized window every test uses.
pub const WIDTH: u32 = 360;
pub const HEIGHT: u32 = 740;

/// CI sets `PARITE_REQUIRE_BROWSER=1`: there, a missing tool fails instead of skipping.
pub fn required() -> bool {
    std::env::var("PARITE_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// Prints a line past the test harness's capture, so that it shows in CI logs.
pub fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// What to do when a tool is missing: print `line` and skip (`None`), or fail when required.
pub fn missing<T>(line: &str) -> Option<T> {
    assert!(
        !required(),
        "PARITE_REQUIRE_BROWSER=1, so this fails instead of saying \"{line}\": \
         run `bash scripts/browser-setup.sh`"
    );
    say(line);
    None
}

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let from_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    names.iter().find_map(|name| {
        std::iter::once(PathBuf::from("/usr/bin"))
            .chain(from_path.iter().cloned())
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The folder cargo builds into (`target/`, or `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
}

pub struct Tools {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// Chromium and ChromeDriver, or `None` (skipped) when either is missing.
pub fn find_browser() -> Option<Tools> {
    match (
        find_program(&["chromium", "chromium-browser"]),
        find_program(&["chromedriver"]),
    ) {
        (Some(chromium), Some(chromedriver)) => Some(Tools {
            chromium,
            chromedriver,
        }),
        _ => missing("browser tests skipped: chromium/chromedriver not installed"),
    }
}

/// A running ChromeDriver. Dropping it kills its process group: the driver and every Chromium
/// it started, even when a test panics.
pub struct ChromeDriver {
    child: Child,
    url: String,
    chromium: PathBuf,
    home: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free local port")
        .port()
}

impl ChromeDriver {
    pub async fn start(tools: &Tools) -> ChromeDriver {
        use std::os::unix::process::CommandExt;
        let home = tempfile::tempdir().expect("temp home");
        let port = free_port();
        let child = Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                home.path().join("chromedriver.log").display()
            ))
            // Chromium writes its profile, caches and crash reports under these.
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join(".config"))
            .env("XDG_CACHE_HOME", home.path().join(".cache"))
            .env("XDG_DATA_HOME", home.path().join(".local/share"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver starts");
        let driver = ChromeDriver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            chromium: tools.chromium.clone(),
            home,
        };
        let deadline = Instant::now() + WAIT;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        driver
    }

    /// A new browser with a fresh profile, a 360 × 740 window and French as its language.
    /// `scripts: false` turns JavaScript off for the pages (WebDriver's own commands still run).
    pub async fn session(&self, scripts: bool) -> Session {
        let profile = tempfile::tempdir_in(self.home.path()).expect("profile dir");
        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-quic".to_owned(),
            "--hide-scrollbars".to_owned(),
            format!("--window-size={WIDTH},{HEIGHT}"),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        if !scripts {
            args.push("--blink-settings=scriptEnabled=false".to_owned());
        }
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            // Bounded: a page that never loads fails in 20 s, not WebDriver's default 300 s.
            "timeouts": { "pageLoad": 20_000, "script": 20_000, "implicit": 0 },
            "goog:chromeOptions": {
                "binary": self.chromium,
                "args": args,
                "prefs": { "intl.accept_languages": "fr-CA,fr" },
                // Headless windows are at least 500 px wide: the phone's viewport is emulated.
                "mobileEmulation": {
                    "deviceMetrics": {
                        "width": WIDTH, "height": HEIGHT, "pixelRatio": 1.0, "touch": false,
                    },
                },
            },
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object")
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("a Chromium session: {e}\n{}", self.log()));
        Session {
            client,
            _profile: profile,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.home.path().join("chromedriver.log")).unwrap_or_default()
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // `kill -- -PGID` kills the whole group; unsafe code (libc) is forbidden in this crate.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One browser window and what a person does in it.
pub struct Session {
    pub client: Client,
    _profile: tempfile::TempDir,
}

impl Session {
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Presses and releases each key in turn, as typing does.
    pub async fn keys(&self, keys: &[char]) {
        let mut actions = KeyActions::new("keyboard".to_owned());
        for &key in keys {
            actions = actions
                .then(KeyAction::Down { value: key })
                .then(KeyAction::Up { value: key });
        }
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|e| panic!("keys {keys:?}: {e}"));
    }

    pub async fn press(&self, key: Key) {
        self.keys(&[key.into()]).await;
    }

    pub async fn press_times(&self, key: Key, times: usize) {
        self.keys(&vec![key.into(); times]).await;
    }

    pub async fn shift_tab(&self) {
        let shift: char = Key::Shift.into();
        let tab: char = Key::Tab.into();
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab })
            .then(KeyAction::Up { value: shift });
        self.client
            .perform_actions(actions)
            .await
            .expect("shift+tab");
    }

    /// Presses Tab (or Shift+Tab) until `target` (as [`Session::focused`] names it) has the
    /// focus, as a person tabs to a control; fails after `limit` presses.
    pub async fn tab_to(&self, target: &str, backwards: bool, limit: usize) {
        let mut seen = Vec::new();
        for _ in 0..limit {
            if backwards {
                self.shift_tab().await;
            } else {
                self.press(Key::Tab).await;
            }
            let focused = self.focused().await;
            if focused == target {
                return;
            }
            seen.push(focused);
        }
        panic!("Tab never reached {target}; the focus went through {seen:?}");
    }

    pub async fn type_text(&self, text: &str) {
        self.keys(&text.chars().collect::<Vec<_>>()).await;
    }

    pub async fn find(&self, css: &str) -> Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    pub async fn find_all(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map_or(0, |found| found.len())
    }

    /// The page's text as rendered (needs scripts on).
    pub async fn visible_text(&self) -> String {
        self.try_visible_text().await.expect("the page's text")
    }

    /// The page's text, or an error while the browser is between two pages.
    async fn try_visible_text(&self) -> Result<String, fantoccini::error::CmdError> {
        let text = self
            .client
            .execute("return document.body.innerText;", vec![])
            .await?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// The focused element, described as `tag#id[name=value]` (`a[href=…]` for a link) for
    /// readable assertions.
    pub async fn focused(&self) -> String {
        let element = self.focused_element().await;
        let attr = |name: &'static str| {
            let element = element.clone();
            async move { element.attr(name).await.ok().flatten().unwrap_or_default() }
        };
        let mut out = element.tag_name().await.unwrap_or_default();
        let id = attr("id").await;
        if !id.is_empty() {
            out.push_str(&format!("#{id}"));
        }
        let name = attr("name").await;
        if !name.is_empty() {
            out.push_str(&format!("[{name}={}]", attr("value").await));
        }
        if out == "a" {
            out.push_str(&format!("[href={}]", attr("href").await));
        }
        out
    }

    async fn focused_element(&self) -> Element {
        self.client.active_element().await.expect("active element")
    }

    /// What the focused control says (a button's label).
    pub async fn focused_text(&self) -> String {
        self.focused_element().await.text().await.expect("text")
    }

    /// A CSS property of the focused element.
    pub async fn focused_style(&self, property: &str) -> String {
        self.focused_element()
            .await
            .css_value(property)
            .await
            .expect("a CSS value")
    }

    /// The page's language (`<html lang>`).
    pub async fn lang(&self) -> String {
        let html = self.find("html").await;
        html.attr("lang").await.ok().flatten().unwrap_or_default()
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current url");
        url.path().to_owned()
    }

    pub async fn title(&self) -> String {
        self.client.title().await.expect("title")
    }

    /// Waits until `check` passes on the page, failing after `WAIT` with what was expected.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + WAIT;
        loop {
            if check().await {
                return;
            }
            if Instant::now() >= deadline {
                let path = self.path().await;
                let title = self.title().await;
                panic!("timed out after {WAIT:?} waiting for {what} (at {path}, title {title:?})");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the browser shows the page at `path`.
    pub async fn wait_for_path(&self, path: &str) {
        self.wait_until(&format!("the page {path}"), || async {
            self.path().await == path
        })
        .await;
    }

    /// Waits until the page shows `needle`: for a form that comes back to its own page (same
    /// path, same title) with a confirmation, where waiting on the path or title would read the
    /// page from before the submission.
    pub async fn wait_for_text(&self, needle: &str) {
        self.wait_until(&format!("the text {needle:?}"), || async {
            self.try_visible_text()
                .await
                .is_ok_and(|text| text.contains(needle))
        })
        .await;
    }

    /// Waits for the page whose title starts with `prefix`.
    pub async fn wait_for_title(&self, prefix: &str) {
        self.wait_until(&format!("a page titled {prefix:?}…"), || async {
            self.client
                .title()
                .await
                .is_ok_and(|t| t.starts_with(prefix))
        })
        .await;
    }

    pub async fn screenshot(&self, path: &Path) {
        let png = self.client.screenshot().await.expect("screenshot");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot folder");
        }
        std::fs::write(path, png).expect("write screenshot");
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
