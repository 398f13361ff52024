//! The figures an operator watches, in the Prometheus text format, served on a listener of
//! their own (`serve --metrics-addr`, off by default) so that they never share the public
//! address: requests and their latency per route template and status class, submissions
//! accepted, the SQLite writer's batches and commit time, database connections in use, sign-in
//! failures and throttles, and whether the server is draining.
//!
//! Labels are route *templates* (`/fr/s/{code}/{section}`), never paths: a path holds an
//! invitation code, an organization's slug or a person's id. A request no route matched is
//! counted under `unmatched`.

use std::time::Duration;

use axum::http::{Method, StatusCode};
use parite_store::Store;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::app::Lifecycle;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: &'static str,
    status: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
    method: &'static str,
}

/// Every figure, registered once; cheap to share (each field is a handle).
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    pub sign_in_failures: Counter,
    pub sign_in_throttled: Counter,
    connections_in_use: Gauge,
    draining: Gauge,
}

/// The label of a route no handler matched.
const UNMATCHED: &str = "unmatched";

fn latency_buckets() -> Histogram {
    // 0.5 ms … about 8 s: a survey page takes well under a millisecond, a report tens of them.
    Histogram::new(exponential_buckets(0.0005, 2.0, 15))
}

impl Metrics {
    pub fn new(store: &Store) -> Metrics {
        let mut registry = Registry::with_prefix("parite");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route template, method and status class",
            requests.clone(),
        );
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(
            latency_buckets as fn() -> Histogram,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer a request, by route template and method",
            latency.clone(),
        );
        let figures = store.metrics();
        registry.register(
            "submissions_accepted",
            "Survey responses submitted (a resent submit is not counted twice)",
            figures.submissions_accepted.clone(),
        );
        registry.register(
            "writer_batch_size",
            "Writes committed together by SQLite's group-commit writer",
            figures.writer_batch_size.clone(),
        );
        registry.register(
            "writer_commit_seconds",
            "Time each group commit of SQLite's writer took, fsync included",
            figures.writer_commit_seconds.clone(),
        );
        let sign_in_failures = Counter::default();
        registry.register(
            "sign_in_failures",
            "Sign-ins refused for a wrong e-mail or password",
            sign_in_failures.clone(),
        );
        let sign_in_throttled = Counter::default();
        registry.register(
            "sign_in_throttled",
            "Sign-ins refused because of too many recent failures",
            sign_in_throttled.clone(),
        );
        let connections_in_use = Gauge::default();
        registry.register(
            "database_connections_in_use",
            "Database connections lent out by the pool",
            connections_in_use.clone(),
        );
        let draining = Gauge::default();
        registry.register(
            "draining",
            "1 while a shutdown signal is draining the requests in flight",
            draining.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            sign_in_failures,
            sign_in_throttled,
            connections_in_use,
            draining,
        }
    }

    /// Counts one answered request. `route` is the matched template, empty when none matched.
    pub fn observe_request(
        &self,
        route: &str,
        method: &Method,
        status: StatusCode,
        took: Duration,
    ) {
        let route = if route.is_empty() { UNMATCHED } else { route };
        let method = method_label(method);
        self.requests
            .get_or_create(&RequestLabels {
                route: route.to_owned(),
                method,
                status: status_class(status),
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
                method,
            })
            .observe(took.as_secs_f64());
    }

    /// The text a Prometheus server scrapes, with the figures read at this moment.
    pub fn render(&self, store: &Store, lifecycle: &Lifecycle) -> String {
        self.connections_in_use
            .set(i64::from(store.connections_in_use()));
        self.draining.set(i64::from(lifecycle.is_draining()));
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        _ => "other",
    }
}

fn status_class(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}
