//! A TCP proxy between the server and PostgreSQL that the test can cut, in the two ways a
//! database goes away: its connections break and new ones are closed at once (a database that
//! restarts, a firewall that resets), or nothing listens any more (a database that is stopped:
//! connections are refused). Brought up again, it forwards as before, on the same port.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::{AbortHandle, JoinHandle};

pub struct Proxy {
    pub port: u16,
    target: String,
    up: Arc<AtomicBool>,
    connections: Arc<Mutex<Vec<AbortHandle>>>,
    accept: Mutex<Option<JoinHandle<()>>>,
}

impl Proxy {
    /// Listens on a free port of 127.0.0.1 and forwards to `target` (`host:port`).
    pub async fn start(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let proxy = Proxy {
            port,
            target,
            up: Arc::new(AtomicBool::new(true)),
            connections: Arc::new(Mutex::new(Vec::new())),
            accept: Mutex::new(None),
        };
        proxy.listen(listener).await;
        proxy
    }

    async fn listen(&self, listener: TcpListener) {
        let (up, connections) = (self.up.clone(), self.connections.clone());
        let target = self.target.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !up.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                connections.lock().await.push(task.abort_handle());
            }
        });
        *self.accept.lock().await = Some(task);
    }

    async fn cut(&self) {
        for connection in self.connections.lock().await.drain(..) {
            connection.abort();
        }
    }

    /// Every forwarded connection is cut and new ones are closed as they arrive.
    pub async fn reset(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.cut().await;
    }

    /// Every forwarded connection is cut and the port is closed: connections are refused.
    pub async fn refuse(&self) {
        self.up.store(false, Ordering::SeqCst);
        if let Some(task) = self.accept.lock().await.take() {
            task.abort();
            // The listener is dropped with the task; wait for it so the port is really closed.
            let _ = task.await;
        }
        self.cut().await;
    }

    /// The database is back.
    pub async fn up(&self) {
        if self.accept.lock().await.is_none() {
            let listener = TcpListener::bind(("127.0.0.1", self.port))
                .await
                .expect("listen again on the same port");
            self.listen(listener).await;
        }
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if let Some(task) = self.accept.get_mut().take() {
            task.abort();
        }
        if let Ok(mut connections) = self.connections.try_lock() {
            for connection in connections.drain(..) {
                connection.abort();
            }
        }
    }
}

/// `host:port` of a `postgres://user@host:port/db` address.
pub fn host_port(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    if host.contains(':') {
        host.to_owned()
    } else {
        format!("{host}:5432")
    }
}
