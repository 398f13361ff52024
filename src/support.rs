//! `parite support add|deliver|cancel|list`: the schedule of support from the command line.
//! Every change is audited as the system user, in the transaction that makes it.

use std::collections::BTreeMap;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use parite_core::stages::Date;
use parite_core::support::{
    ActivityState, Attendance, MOST_SESSIONS_IN_SERIES, Repeat, SeriesError, SessionLanguage,
    SupportKind, SupportKinds, session_dates,
};
use parite_core::{SupportKindId, TopicId};
use parite_store::{OrgId, PlannedActivity, Store, SupportActivityId};

use crate::admin::finish;
use crate::audit;
use crate::cli::{ArgValue, CliText, DatabaseArgs};
use crate::setup;

#[derive(Debug, Subcommand)]
pub enum SupportCommand {
    /// Plan an activity, or a series of them (--every-weeks with --until).
    Add(SupportAddArgs),
    /// Mark an activity delivered, with each organization's attendance.
    Deliver(SupportDeliverArgs),
    /// Cancel an activity, saying why.
    Cancel(SupportCancelArgs),
    /// An organization's schedule, one activity a line (tab-separated).
    List(SupportListArgs),
}

#[derive(Debug, Args)]
pub struct SupportAddArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// An organization it is for (repeat the flag for a shared activity).
    #[arg(long = "org", required = true)]
    pub orgs: Vec<String>,
    /// A kind of support/kinds.toml: training, coaching, wrap…
    #[arg(long)]
    pub kind: String,
    /// A topic of the kind (training).
    #[arg(long)]
    pub topic: Option<String>,
    /// The activity's own name (kinds that need one, such as "other").
    #[arg(long, default_value = "")]
    pub label: String,
    /// The first (or only) date, YYYY-MM-DD.
    #[arg(long)]
    pub date: String,
    /// Repeat every N weeks…
    #[arg(long, requires = "until")]
    pub every_weeks: Option<u32>,
    /// …until this date (YYYY-MM-DD, included when it falls on the series).
    #[arg(long, requires = "every_weeks")]
    pub until: Option<String>,
    /// How long each session lasts, in minutes.
    #[arg(long)]
    pub minutes: u32,
    /// fr, en or both.
    #[arg(long, default_value = "fr")]
    pub language: String,
    /// Who gives it.
    #[arg(long, default_value = "")]
    pub facilitator: String,
    /// The facilitator is a peer (a person with lived experience).
    #[arg(long)]
    pub peer_facilitator: bool,
}

#[derive(Debug, Args)]
pub struct SupportDeliverArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[arg(long)]
    pub id: String,
    /// The day it was held, YYYY-MM-DD.
    #[arg(long)]
    pub date: String,
    /// ORG=PEERS,STAFF for each organization it was for (WRAP: ORG=PEERS,STAFF,COMPLETED).
    #[arg(long = "attendance", required = true)]
    pub attendance: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SupportCancelArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct SupportListArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[arg(long)]
    pub org: String,
}

pub async fn run(command: &SupportCommand, text: &CliText) -> ExitCode {
    let result = match command {
        SupportCommand::Add(args) => add(args, text).await,
        SupportCommand::Deliver(args) => deliver(args, text).await,
        SupportCommand::Cancel(args) => cancel(args, text).await,
        SupportCommand::List(args) => list(args, text).await,
    };
    finish(result)
}

fn date(text: &CliText, value: &str) -> Result<Date, String> {
    Date::parse_iso(value)
        .ok_or_else(|| text.get("support-bad-date", &[("date", ArgValue::from(value))]))
}

/// The kind named, and the topic if one was given, checked against the kinds file.
fn kind_and_topic<'k>(
    kinds: &'k SupportKinds,
    args: &SupportAddArgs,
    text: &CliText,
) -> Result<(&'k SupportKind, Option<TopicId>), String> {
    let kind = kinds.get(&args.kind).ok_or_else(|| {
        let all: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
        text.get(
            "support-unknown-kind",
            &[
                ("kind", ArgValue::from(args.kind.as_str())),
                ("kinds", ArgValue::from(all.join(", "))),
            ],
        )
    })?;
    let topic = match &args.topic {
        None => None,
        Some(_) if kind.topics.is_empty() => {
            return Err(text.get(
                "support-no-topics",
                &[("kind", ArgValue::from(kind.id.as_str()))],
            ));
        }
        Some(topic) => Some(
            kind.topics
                .iter()
                .find(|t| t.id.as_str() == topic)
                .map(|t| t.id.clone())
                .ok_or_else(|| {
                    let all: Vec<&str> = kind.topics.iter().map(|t| t.id.as_str()).collect();
                    text.get(
                        "support-unknown-topic",
                        &[
                            ("topic", ArgValue::from(topic.as_str())),
                            ("kind", ArgValue::from(kind.id.as_str())),
                            ("topics", ArgValue::from(all.join(", "))),
                        ],
                    )
                })?,
        ),
    };
    if kind.named_label && args.label.trim().is_empty() {
        return Err(text.get("support-label-needed", &[]));
    }
    Ok((kind, topic))
}

fn series_error(text: &CliText, error: SeriesError) -> String {
    let reason = match error {
        SeriesError::BadInterval => text.get("support-series-interval", &[]),
        SeriesError::EndsBeforeItStarts => text.get("support-series-ends-before", &[]),
        SeriesError::TooMany => text.get(
            "support-series-too-many",
            &[("most", ArgValue::from(MOST_SESSIONS_IN_SERIES))],
        ),
    };
    text.get("support-bad-series", &[("reason", ArgValue::from(reason))])
}

async fn org_ids(store: &Store, slugs: &[String], text: &CliText) -> Result<Vec<OrgId>, String> {
    let mut ids = Vec::new();
    for slug in slugs {
        let org = store
            .organization_by_slug(slug)
            .await
            .map_err(|e| setup::store_error(text, &e))?
            .ok_or_else(|| {
                text.get(
                    "report-unknown-org",
                    &[("slug", ArgValue::from(slug.as_str()))],
                )
            })?;
        ids.push(org.id);
    }
    Ok(ids)
}

async fn add(args: &SupportAddArgs, text: &CliText) -> Result<(), String> {
    let kinds = setup::support_kinds(text)?;
    let (kind, topic) = kind_and_topic(&kinds, args, text)?;
    let language = SessionLanguage::from_code(&args.language).ok_or_else(|| {
        text.get(
            "support-bad-language",
            &[("language", ArgValue::from(args.language.as_str()))],
        )
    })?;
    let first = date(text, &args.date)?;
    let repeat = match (args.every_weeks, &args.until) {
        (Some(every_weeks), Some(until)) => Some(Repeat {
            every_weeks,
            until: date(text, until)?,
        }),
        _ => None,
    };
    let dates = session_dates(first, repeat).map_err(|e| series_error(text, e))?;
    let store = setup::upkeep_store(&args.database.url, text).await?;
    let planned = async {
        let plan = PlannedActivity {
            organizations: org_ids(&store, &args.orgs, text).await?,
            kind: SupportKindId::clone(&kind.id),
            topic,
            label: args.label.trim().to_owned(),
            duration_minutes: args.minutes,
            language,
            facilitator: args.facilitator.trim().to_owned(),
            facilitator_is_peer: args.peer_facilitator,
        };
        let details = format!("{} × {} from {first}", dates.len(), kind.id);
        let planning = store.plan_support(plan, &dates, None);
        audit::audited(
            &store,
            "support_plan",
            &args.orgs.join(","),
            &details,
            planning,
        )
        .await
        .map_err(|e| setup::store_error(text, &e))
    }
    .await;
    store.close().await;
    let ids = planned?;
    let ids: Vec<&str> = ids.iter().map(SupportActivityId::as_str).collect();
    let said = [
        ("count", ArgValue::from(ids.len())),
        ("orgs", ArgValue::from(args.orgs.join(", "))),
        ("ids", ArgValue::from(ids.join(" "))),
    ];
    println!("{}", text.get("support-planned", &said));
    Ok(())
}

/// `ORG=PEERS,STAFF` or `ORG=PEERS,STAFF,COMPLETED`.
fn attendance_of(value: &str) -> Option<(String, Attendance)> {
    let (slug, counts) = value.split_once('=')?;
    let counts: Vec<u32> = counts
        .split(',')
        .map(|n| n.trim().parse().ok())
        .collect::<Option<_>>()?;
    let attendance = match counts.as_slice() {
        [peers, staff] => Attendance {
            peers: *peers,
            staff: *staff,
            wrap_completed: None,
        },
        [peers, staff, completed] => Attendance {
            peers: *peers,
            staff: *staff,
            wrap_completed: Some(*completed),
        },
        _ => return None,
    };
    Some((slug.trim().to_owned(), attendance))
}

async fn deliver(args: &SupportDeliverArgs, text: &CliText) -> Result<(), String> {
    let on = date(text, &args.date)?;
    let mut by_slug = Vec::new();
    for value in &args.attendance {
        by_slug.push(attendance_of(value).ok_or_else(|| {
            text.get(
                "support-bad-attendance",
                &[("value", ArgValue::from(value.as_str()))],
            )
        })?);
    }
    let store = setup::upkeep_store(&args.database.url, text).await?;
    let delivered = async {
        let mut attendance = BTreeMap::new();
        for (slug, counts) in by_slug {
            let ids = org_ids(&store, std::slice::from_ref(&slug), text).await?;
            for id in ids {
                attendance.insert(id, counts);
            }
        }
        let id = SupportActivityId::from(args.id.clone());
        let details = format!("delivered on {on}");
        let delivering = store.deliver_support(&id, on, attendance);
        audit::audited(&store, "support_deliver", &args.id, &details, delivering)
            .await
            .map_err(|e| setup::store_error(text, &e))
    }
    .await;
    store.close().await;
    delivered?;
    let said = [
        ("id", ArgValue::from(args.id.as_str())),
        ("date", ArgValue::from(on.to_string())),
    ];
    println!("{}", text.get("support-delivered", &said));
    Ok(())
}

async fn cancel(args: &SupportCancelArgs, text: &CliText) -> Result<(), String> {
    let store = setup::upkeep_store(&args.database.url, text).await?;
    let id = SupportActivityId::from(args.id.clone());
    let cancelling = store.cancel_support(&id, &args.reason);
    let cancelled = audit::audited(&store, "support_cancel", &args.id, "", cancelling)
        .await
        .map_err(|e| setup::store_error(text, &e));
    store.close().await;
    cancelled?;
    let said = [("id", ArgValue::from(args.id.as_str()))];
    println!("{}", text.get("support-cancelled", &said));
    Ok(())
}

async fn list(args: &SupportListArgs, text: &CliText) -> Result<(), String> {
    let kinds = setup::support_kinds(text)?;
    let store = setup::upkeep_store(&args.database.url, text).await?;
    let read = async {
        let orgs = org_ids(&store, std::slice::from_ref(&args.org), text).await?;
        store
            .support_for(&orgs)
            .await
            .map_err(|e| setup::store_error(text, &e))
    }
    .await;
    store.close().await;
    let activities = read?;
    if activities.is_empty() {
        println!(
            "{}",
            text.get(
                "support-list-empty",
                &[("slug", ArgValue::from(args.org.as_str()))]
            )
        );
        return Ok(());
    }
    println!("{}", text.get("support-list-header", &[]));
    for activity in activities {
        let kind = kinds.get(activity.kind.as_str()).map_or_else(
            || activity.kind.to_string(),
            |k| text.get(k.label.as_str(), &[]),
        );
        let state = match &activity.state {
            ActivityState::Planned => text.get("support-state-planned", &[]),
            ActivityState::Delivered { on } => text.get(
                "support-state-delivered",
                &[("date", ArgValue::from(on.to_string()))],
            ),
            ActivityState::Cancelled { reason } => text.get(
                "support-state-cancelled",
                &[("reason", ArgValue::from(reason.as_str()))],
            ),
        };
        println!(
            "{}\t{kind}\t{state}\t{}\t{}\t{}\t{}",
            activity.planned_on,
            activity.duration_minutes,
            text.get(activity.language.message_id(), &[]),
            activity.facilitator,
            activity.id.as_str()
        );
    }
    Ok(())
}
