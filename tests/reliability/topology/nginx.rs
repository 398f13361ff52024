//! nginx as the operator runs it, but in the test's folder and on its own ports: a throw-away CA
//! and a certificate for localhost / 127.0.0.1 made with `openssl`, and the shipped site with
//! its placeholders substituted, included in a main configuration that keeps every file nginx
//! writes in that folder.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::free_port;

const SHIPPED_SITE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/nginx/parite.conf");

/// Extensions of the two certificates: a CA that signs, and a server certificate naming both
/// ways the test reaches nginx (rustls checks the subject alternative names, not the CN).
const OPENSSL_CONFIG: &str = "\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = localhost
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
";

pub struct Certificates {
    pub ca: PathBuf,
    pub chain: PathBuf,
    pub key: PathBuf,
}

fn openssl(args: &[&str]) {
    let made = Command::new("openssl")
        .args(args)
        .output()
        .expect("run openssl");
    assert!(
        made.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&made.stderr)
    );
}

impl Certificates {
    /// A CA valid for two days, and a server certificate it signed, in `dir`. P-256 keys: made
    /// in milliseconds.
    pub fn make(dir: &Path) -> Certificates {
        std::fs::create_dir_all(dir).expect("certificate folder");
        let at = |name: &str| dir.join(name).display().to_string();
        std::fs::write(at("openssl.cnf"), OPENSSL_CONFIG).expect("write openssl.cnf");
        let key = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];
        openssl(
            &[
                &[
                    "req",
                    "-x509",
                    "-config",
                    &at("openssl.cnf"),
                    "-extensions",
                    "ca",
                ][..],
                &key,
                &["-subj", "/CN=Parite test CA", "-days", "2"],
                &["-keyout", &at("ca.key"), "-out", &at("ca.pem")],
            ]
            .concat(),
        );
        openssl(
            &[
                &["req", "-new", "-config", &at("openssl.cnf")][..],
                &key,
                &["-subj", "/CN=localhost"],
                &["-keyout", &at("server.key"), "-out", &at("server.csr")],
            ]
            .concat(),
        );
        openssl(&[
            "x509",
            "-req",
            "-in",
            &at("server.csr"),
            "-CA",
            &at("ca.pem"),
            "-CAkey",
            &at("ca.key"),
            "-set_serial",
            "2",
            "-days",
            "2",
            "-extfile",
            &at("openssl.cnf"),
            "-extensions",
            "server",
            "-out",
            &at("server.pem"),
        ]);
        Certificates {
            ca: dir.join("ca.pem"),
            chain: dir.join("server.pem"),
            key: dir.join("server.key"),
        }
    }
}

/// The shipped site with what an operator replaces replaced. Each placeholder must be there:
/// a test that silently substituted nothing would test another configuration.
pub fn site(shipped: &str, upstreams: [u16; 2], ports: [u16; 2], tls: &Certificates) -> String {
    let [a, b] = upstreams;
    let [http, https] = ports;
    let substitutions = [
        ("server 127.0.0.1:8080 ", format!("server 127.0.0.1:{a} ")),
        ("server 127.0.0.1:8081 ", format!("server 127.0.0.1:{b} ")),
        ("listen 80;", format!("listen 127.0.0.1:{http};")),
        (
            "listen 443 ssl http2;",
            format!("listen 127.0.0.1:{https} ssl http2;"),
        ),
        (
            "server_name parite.example.org;",
            "server_name localhost;".to_owned(),
        ),
        (
            "/etc/ssl/parite/fullchain.pem",
            tls.chain.display().to_string(),
        ),
        ("/etc/ssl/parite/privkey.pem", tls.key.display().to_string()),
    ];
    let mut site = shipped.to_owned();
    for (placeholder, value) in substitutions {
        assert!(
            site.contains(placeholder),
            "deploy/nginx/parite.conf no longer holds {placeholder:?}: update the topology test"
        );
        site = site.replace(placeholder, &value);
    }
    site
}

/// `nginx -g 'daemon off;'` in the foreground, stopped (SIGTERM, its workers with it) on drop.
pub struct Nginx {
    pub https_port: u16,
    pub http_port: u16,
    dir: PathBuf,
    child: Child,
}

impl Nginx {
    pub fn start(dir: &Path, upstreams: [u16; 2], tls: &Certificates) -> Nginx {
        std::fs::create_dir_all(dir).expect("nginx folder");
        // nginx's workers run as `nobody` when the test runs as root: they must reach the
        // temporary folders nginx makes (and hands them) in here.
        let open: std::fs::Permissions = std::os::unix::fs::PermissionsExt::from_mode(0o755);
        for folder in [dir, dir.parent().unwrap_or(dir)] {
            std::fs::set_permissions(folder, open.clone()).expect("chmod");
        }
        let shipped = std::fs::read_to_string(SHIPPED_SITE).expect("read deploy/nginx/parite.conf");
        let (http_port, https_port) = (free_port(), free_port());
        let at = |name: &str| dir.join(name).display().to_string();
        std::fs::write(
            at("parite.conf"),
            site(&shipped, upstreams, [http_port, https_port], tls),
        )
        .expect("write the site");
        // The site is an `http {}` include, as in /etc/nginx/conf.d/; the rest keeps nginx in
        // here. The access log names the upstream of each request, to explain a failure.
        let main = format!(
            "pid {pid};\nerror_log {errors} warn;\nevents {{ worker_connections 1024; }}\n\
             http {{\n  log_format upstream '$request_method $status $upstream_addr $upstream_status $request_time';\n  \
             access_log {access} upstream;\n  client_body_temp_path {body};\n  proxy_temp_path {proxy};\n  \
             include {site};\n}}\n",
            pid = at("nginx.pid"),
            errors = at("error.log"),
            access = at("access.log"),
            body = at("body"),
            proxy = at("proxy"),
            site = at("parite.conf"),
        );
        std::fs::write(at("nginx.conf"), main).expect("write nginx.conf");
        let child = Command::new("nginx")
            .args([
                "-p",
                &at(""),
                "-c",
                &at("nginx.conf"),
                "-e",
                &at("startup.log"),
            ])
            .args(["-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(at("stderr.log")).expect("log file"))
            .spawn()
            .expect("start nginx");
        let mut nginx = Nginx {
            https_port,
            http_port,
            dir: dir.to_owned(),
            child,
        };
        nginx.wait_listening();
        nginx
    }

    fn wait_listening(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("nginx exited ({status}):\n{}", self.error_log_tail());
            }
            if std::net::TcpStream::connect(("127.0.0.1", self.https_port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("nginx did not listen:\n{}", self.error_log_tail());
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }

    /// The end of nginx's error logs (start-up and running).
    pub fn error_log_tail(&self) -> String {
        let all = format!(
            "{}{}{}",
            self.read("stderr.log"),
            self.read("startup.log"),
            self.read("error.log")
        );
        let lines: Vec<&str> = all.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// Every request nginx passed on: method, status, upstream address(es), upstream status(es),
    /// time taken.
    pub fn access_log(&self) -> String {
        self.read("access.log")
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM: the master stops its workers; SIGKILL would leave them running.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
