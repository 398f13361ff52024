//! Closing a wave, with a confirmation step and a grace period for the drafts started before
//! it; reopening it; and setting the grace period on the wave page. Each is audited.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use parite_store::{MAX_GRACE_DAYS, Organization, Timestamp, Wave, WaveStatus};

use super::views::WaveClosePage;
use super::waves::wave_of;
use super::{form, see_other};
use crate::app::AppState;
use crate::auth::views::FieldView;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

/// The grace period as typed: whole days from 0 to [`MAX_GRACE_DAYS`].
fn parse_grace(typed: &str) -> Option<u32> {
    typed
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| *d <= MAX_GRACE_DAYS)
}

/// The field of the grace period, with what was typed and its error if any.
pub(crate) fn grace_field(reader: &Reader, typed: &str, invalid: bool) -> FieldView {
    let tr = &reader.tr;
    FieldView::new("grace_days", tr.t("admin-wave-grace-days"), "text")
        .value(typed)
        .hint(tr.t1("admin-wave-grace-days-hint", "max", MAX_GRACE_DAYS))
        .error(invalid.then(|| tr.t1("admin-wave-grace-days-invalid", "max", MAX_GRACE_DAYS)))
}

/// What the wave page says of the grace period: its length, and its end once closed.
pub(crate) fn grace_text(reader: &Reader, wave: &Wave) -> String {
    let tr = &reader.tr;
    match (wave.status, wave.grace_ends_at()) {
        (WaveStatus::Closed, Some(end)) => tr.t2(
            "admin-wave-grace-closed",
            ("days", wave.grace_days),
            ("date", tr.date(&end.iso_date())),
        ),
        _ => tr.t1("admin-wave-grace-open", "days", wave.grace_days),
    }
}

fn wave_href(reader: &Reader, org: &Organization, wave: &Wave) -> String {
    reader.href(&links::admin_wave(&org.slug, &wave.id))
}

fn close_page(
    reader: &Reader,
    org: &Organization,
    wave: &Wave,
    typed: &str,
    invalid: bool,
) -> WaveClosePage {
    let tr = &reader.tr;
    let back = wave_href(reader, org, wave);
    let fields = vec![grace_field(reader, typed, invalid)];
    let title = tr.t1("admin-wave-close-title", "wave", wave.label.as_str());
    WaveClosePage {
        page: reader
            .page(title.clone())
            .with_error_count(usize::from(invalid))
            .with_trail(super::trail(reader, super::Under::Wave(org, wave))),
        title,
        form: form(reader, format!("{back}/close"), fields),
        cancel_href: back,
    }
}

/// The confirmation step: what closing does, and the grace period to give.
pub async fn confirm(
    State(state): State<AppState>,
    reader: Reader,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    if wave.status == WaveStatus::Closed {
        return Ok(see_other(&wave_href(&reader, &org, &wave)));
    }
    let typed = wave.grace_days.to_string();
    Ok(render(
        StatusCode::OK,
        &close_page(&reader, &org, &wave, &typed, false),
    ))
}

/// Closes the wave once confirmed; a POST that does not come from the confirmation step is
/// sent to it.
pub async fn close(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let fields = fields.0;
    let href = wave_href(&reader, &org, &wave);
    if wave.status == WaveStatus::Closed {
        return Ok(see_other(&href));
    }
    let Some(typed) = field(&fields, "grace_days") else {
        return Ok(see_other(&format!("{href}/close")));
    };
    let Some(grace_days) = parse_grace(typed) else {
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &close_page(&reader, &org, &wave, typed, true),
        ));
    };
    let now = Timestamp::now();
    let target = format!("{}/{}", org.slug, wave.id);
    let details = format!(
        "{} ({}, grace {grace_days} days)",
        wave.label,
        now.iso_date()
    );
    let closing = state
        .store
        .close_wave_with_grace(&wave.id, now, Some(grace_days));
    let actor = Some(&admin.user.id);
    match audited(&state, actor, "wave_close", &target, &details, closing).await {
        Ok(()) => Ok(see_other(&href)),
        Err(error) => Err(error.into()),
    }
}

/// Opens a closed wave again: an administrator undoing a close.
pub async fn reopen(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let href = wave_href(&reader, &org, &wave);
    let target = format!("{}/{}", org.slug, wave.id);
    let details = format!("{} ({})", wave.label, Timestamp::now().iso_date());
    let reopening = state.store.reopen_wave(&wave.id);
    let actor = Some(&admin.user.id);
    // A wave already open (a second click) is recorded too: the request was made.
    match audited(&state, actor, "wave_reopen", &target, &details, reopening).await {
        Ok(_) => Ok(see_other(&href)),
        Err(error) => Err(error.into()),
    }
}

/// Sets the grace period from the wave page.
pub async fn set_grace(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let fields = fields.0;
    let typed = field(&fields, "grace_days").unwrap_or_default();
    let Some(grace_days) = parse_grace(typed) else {
        let typed = super::waves::WaveTyped {
            grace: Some(typed),
            team: None,
        };
        return super::waves::wave_page(&state, &reader, &org, wave, typed).await;
    };
    let target = format!("{}/{}", org.slug, wave.id);
    let details = format!("{}: {} → {grace_days} days", wave.label, wave.grace_days);
    let setting = state.store.set_grace_days(&wave.id, grace_days);
    let actor = Some(&admin.user.id);
    match audited(&state, actor, "wave_grace", &target, &details, setting).await {
        Ok(()) => Ok(see_other(&wave_href(&reader, &org, &wave))),
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_grace;

    #[test]
    fn grace_periods_are_whole_days_within_a_year() {
        assert_eq!(parse_grace(" 7 "), Some(7));
        assert_eq!(parse_grace("0"), Some(0));
        assert_eq!(parse_grace("365"), Some(365));
        assert_eq!(parse_grace("366"), None);
        assert_eq!(parse_grace("-1"), None);
        assert_eq!(parse_grace("sept"), None);
        assert_eq!(parse_grace(""), None);
    }
}
