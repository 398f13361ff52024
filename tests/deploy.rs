//! What `deploy/` ships is sound: the systemd unit passes `systemd-analyze verify`, and nginx
//! accepts the proxy configuration (`nginx -t`, with a certificate the test makes). `.ci/run`
//! installs both tools and sets `PARITE_REQUIRE_DEPLOY_TOOLS=1`, so there a missing tool fails;
//! elsewhere the test says it skipped.

use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn tool(name: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|out| out.status.success());
    if !found {
        assert!(
            std::env::var("PARITE_REQUIRE_DEPLOY_TOOLS").as_deref() != Ok("1"),
            "PARITE_REQUIRE_DEPLOY_TOOLS=1 but {name} is not installed"
        );
        eprintln!("skipped: {name} is not installed here");
    }
    found
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_default()
}

#[test]
fn the_systemd_unit_verifies_and_keeps_its_hardening() {
    let unit = read("deploy/systemd/parite.service");
    for setting in [
        "User=parite",
        "StateDirectory=parite",
        "ProtectSystem=strict",
        "NoNewPrivileges=true",
        "CapabilityBoundingSet=\n",
        "Restart=on-failure",
        "KillSignal=SIGTERM",
    ] {
        assert!(unit.contains(setting), "the unit lacks {setting:?}");
    }
    if !tool("systemd-analyze") {
        return;
    }
    // The unit names the installed binary; verify checks it is executable, so point it at ours.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let here = unit.replace("/usr/local/bin/parite", env!("CARGO_BIN_EXE_parite"));
    let copy = dir.path().join("parite.service");
    std::fs::write(&copy, here).unwrap_or_else(|e| panic!("write: {e}"));
    let verified = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&copy)
        .output()
        .unwrap_or_else(|e| panic!("systemd-analyze: {e}"));
    let said = String::from_utf8_lossy(&verified.stderr);
    assert!(
        verified.status.success() && !said.contains("parite.service"),
        "systemd-analyze verify: {said}"
    );
}

#[test]
fn nginx_accepts_the_proxy_configuration() {
    let site = read("deploy/nginx/parite.conf");
    for directive in [
        "proxy_set_header X-Forwarded-For $remote_addr;",
        "proxy_set_header X-Forwarded-Proto $scheme;",
        "location = /metrics { return 404; }",
    ] {
        assert!(site.contains(directive), "the site lacks {directive:?}");
    }
    if !(tool("nginx") && tool("openssl")) {
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let at = |name: &str| dir.path().join(name).display().to_string();
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=parite.example.org", "-keyout", &at("key.pem")])
        .args(["-out", &at("cert.pem")])
        .output()
        .unwrap_or_else(|e| panic!("openssl: {e}"));
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let site = site
        .replace("/etc/ssl/parite/fullchain.pem", &at("cert.pem"))
        .replace("/etc/ssl/parite/privkey.pem", &at("key.pem"));
    std::fs::write(at("parite.conf"), site).unwrap_or_else(|e| panic!("write: {e}"));
    std::fs::create_dir_all(at("logs")).unwrap_or_else(|e| panic!("logs: {e}"));
    // The site is an `http {}` include, as in /etc/nginx/conf.d/; the rest keeps nginx in here.
    let main = format!(
        "pid {pid};\nerror_log {log};\nevents {{}}\nhttp {{\n  access_log off;\n  client_body_temp_path {body};\n  include {site};\n}}\n",
        pid = at("nginx.pid"),
        log = at("logs/error.log"),
        body = at("body"),
        site = at("parite.conf"),
    );
    std::fs::write(at("nginx.conf"), main).unwrap_or_else(|e| panic!("write: {e}"));
    let tested = Command::new("nginx")
        .args(["-t", "-p", &at(""), "-c", &at("nginx.conf")])
        .output()
        .unwrap_or_else(|e| panic!("nginx: {e}"));
    assert!(
        tested.status.success(),
        "nginx -t: {}",
        String::from_utf8_lossy(&tested.stderr)
    );
}
