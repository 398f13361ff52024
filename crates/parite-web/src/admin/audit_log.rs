//! The audit log, newest first, filtered by person, action and dates.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use parite_store::{AuditFilter, Timestamp, UserId};

use super::views::{AuditPage, AuditRow};
use crate::app::AppState;
use crate::auth::views::{FieldView, summary};
use crate::auth::{ACTIONS, field, percent_encode};
use crate::page::{Page, render};
use crate::reader::Reader;

const PAGE_SIZE: u32 = 100;

/// The start of a `YYYY-MM-DD` day (UTC); `Err` when it is not a date.
fn day_start(text: &str) -> Result<Option<Timestamp>, ()> {
    if text.is_empty() {
        return Ok(None);
    }
    parite_core::stages::Date::parse_iso(text)
        .map(|d| Some(Timestamp::start_of(d)))
        .ok_or(())
}

fn moment(reader: &Reader, at: Timestamp) -> String {
    let seconds = at.second_of_day();
    reader.tr.with_args(
        "admin-audit-at",
        vec![
            ("date", reader.tr.date(&at.iso_date()).into()),
            ("hour", format!("{:02}", seconds / 3600).into()),
            ("minute", format!("{:02}", seconds % 3600 / 60).into()),
        ],
    )
}

pub async fn list(
    State(state): State<AppState>,
    reader: Reader,
    Query(query): Query<Vec<(String, String)>>,
) -> Page {
    let tr = &reader.tr;
    let get = |name: &str| field(&query, name).unwrap_or_default().trim().to_owned();
    let (person, action, from, until) = (get("person"), get("action"), get("from"), get("until"));
    let from_at = day_start(&from);
    // "Until" includes that whole day.
    let until_at = day_start(&until).map(|d| d.map(|t| t.plus_days(1)));
    let users = state.store.users().await?;
    let mut people = vec![(String::new(), tr.t("admin-audit-everyone"))];
    people.extend(users.iter().map(|u| (u.id.to_string(), u.email.clone())));
    let mut actions = vec![(String::new(), tr.t("admin-audit-every-action"))];
    actions.extend(
        ACTIONS
            .iter()
            .map(|(code, id)| ((*code).to_owned(), tr.t(id))),
    );
    let date_error = |r: &Result<_, ()>| r.is_err().then(|| tr.t("admin-date-invalid"));
    let fields = vec![
        FieldView::new("person", tr.t("admin-audit-who"), "select")
            .value(&person)
            .options(people),
        FieldView::new("action", tr.t("admin-audit-action"), "select")
            .value(&action)
            .options(actions),
        FieldView::new("from", tr.t("admin-audit-from"), "date")
            .value(&from)
            .error(date_error(&from_at)),
        FieldView::new("until", tr.t("admin-audit-until"), "date")
            .value(&until)
            .error(date_error(&until_at)),
    ];
    let errors = summary(&fields);
    let mut filter = AuditFilter {
        actor: (!person.is_empty()).then(|| UserId::from(person.as_str())),
        action: (!action.is_empty()).then(|| action.clone()),
        from: from_at.unwrap_or(None),
        until: until_at.unwrap_or(None),
        limit: PAGE_SIZE,
        ..AuditFilter::default()
    };
    filter.before_id = field(&query, "before").and_then(|b| b.parse().ok());
    let entries = if errors.is_empty() {
        state.store.audit_entries(&filter).await?
    } else {
        Vec::new()
    };
    let more_href = (entries.len() == PAGE_SIZE as usize).then(|| {
        let last = entries.last().map_or(0, |e| e.id);
        let keep: Vec<String> = [
            ("person", &person),
            ("action", &action),
            ("from", &from),
            ("until", &until),
        ]
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
        format!(
            "{}?{}&before={last}",
            reader.href("/admin/audit"),
            keep.join("&")
        )
    });
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            when: moment(&reader, e.at),
            who: e
                .actor
                .as_ref()
                .and_then(|a| users.iter().find(|u| &u.id == a))
                .map(|u| u.email.clone())
                .or(e.system_actor)
                .unwrap_or_else(|| tr.t("admin-audit-nobody")),
            action: ACTIONS
                .iter()
                .find(|(code, _)| *code == e.action)
                .map_or_else(|| e.action.clone(), |(_, id)| tr.t(id)),
            target: e.target,
            details: e.details,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut page = reader
        .page(tr.t("admin-audit-title"))
        .with_error_count(errors.len())
        .with_trail(super::trail(&reader, super::Under::Console));
    page.wide = true;
    let page = AuditPage {
        page,
        action: reader.href("/admin/audit"),
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        fields,
        rows,
        more_href,
    };
    Ok(render(status, &page))
}
