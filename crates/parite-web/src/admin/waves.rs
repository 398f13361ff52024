//! Waves and their invitations: open (pinned to the instrument's latest version), the wave
//! page, and the shared links of a wave — list with response counts, revoke, create another.
//! Closing and reopening are in `wave_closing`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use parite_core::InstrumentKind;
use parite_store::{InvitationId, Organization, Timestamp, Wave, WaveId};

use super::orgs::org_page_response;
use super::views::{FormView, WavePage};
use super::wave_closing::{grace_field, grace_text};
use super::wave_team::{TeamTyped, team_fields, team_text};
use super::{form, see_other};
use crate::app::AppState;
use crate::auth::views::FieldView;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::errors::PageError;
use crate::links;
use crate::orgs::wave_views;
use crate::page::{Page, render};
use crate::provision::{ProvisionError, open_wave};
use crate::reader::Reader;
use crate::security::random_code;

/// What was typed in the form that opens a wave, and what is wrong with it (message ids).
#[derive(Default)]
pub(crate) struct OpenTyped<'a> {
    pub instrument: &'a str,
    pub label: &'a str,
    pub closes: &'a str,
    pub instrument_error: Option<&'static str>,
    pub label_error: Option<&'static str>,
    pub closes_error: Option<&'static str>,
}

pub(crate) fn open_form(
    state: &AppState,
    reader: &Reader,
    base: &str,
    typed: OpenTyped<'_>,
) -> FormView {
    let tr = &reader.tr;
    // Waves are answered by respondents: only surveys are offered.
    let options = state
        .instruments
        .latest_of_kind(InstrumentKind::Survey)
        .into_iter()
        .map(|latest| {
            let label = tr.t2(
                "admin-wave-instrument-option",
                ("title", tr.t(latest.title.as_str())),
                ("version", latest.version),
            );
            (latest.id.to_string(), label)
        })
        .collect();
    let fields = vec![
        FieldView::new("instrument", tr.t("admin-wave-instrument"), "select")
            .value(if typed.instrument.is_empty() {
                parite_core::report::TEAM_SURVEY
            } else {
                typed.instrument
            })
            .options(options)
            .error(typed.instrument_error.map(|id| tr.t(id))),
        FieldView::new("label", tr.t("admin-wave-label"), "text")
            .value(typed.label)
            .hint(tr.t("admin-wave-label-hint"))
            .error(typed.label_error.map(|id| tr.t(id))),
        FieldView::new("closes", tr.t("admin-wave-closes"), "date")
            .value(typed.closes)
            .hint(tr.t("admin-wave-closes-hint"))
            .error(typed.closes_error.map(|id| tr.t(id))),
    ];
    form(reader, format!("{base}/waves"), fields)
}

/// `YYYY-MM-DD` as the last second of that day (UTC).
fn end_of_day(date: &str) -> Option<Timestamp> {
    parite_core::stages::Date::parse_iso(date).map(Timestamp::end_of)
}

pub async fn open(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    let mut typed = OpenTyped {
        instrument: field(&fields, "instrument").unwrap_or_default().trim(),
        label: field(&fields, "label").unwrap_or_default().trim(),
        closes: field(&fields, "closes").unwrap_or_default().trim(),
        ..OpenTyped::default()
    };
    let survey = state.instruments.latest(typed.instrument);
    if survey.is_none_or(|s| s.kind != InstrumentKind::Survey) {
        typed.instrument_error = Some("admin-wave-instrument-unknown");
    }
    if typed.label.is_empty() {
        typed.label_error = Some("admin-field-required");
    } else if typed.label.chars().count() > 100 {
        typed.label_error = Some("admin-field-too-long");
    }
    let closes_at = match typed.closes {
        "" => None,
        date => match end_of_day(date) {
            Some(at) if at > Timestamp::now() => Some(at),
            Some(_) => {
                typed.closes_error = Some("admin-wave-closes-past");
                None
            }
            None => {
                typed.closes_error = Some("admin-date-invalid");
                None
            }
        },
    };
    let invalid = typed.instrument_error.is_some()
        || typed.label_error.is_some()
        || typed.closes_error.is_some();
    if invalid {
        let (status, rename) = (StatusCode::UNPROCESSABLE_ENTITY, (org.name.as_str(), None));
        let delete = super::orgs::NO_DELETE;
        return org_page_response(&state, &reader, &org, status, rename, typed, delete).await;
    }
    // The store adds the new wave's id to the line's target: `<slug>/<wave id>`.
    let details = format!("{}: {}", typed.instrument, typed.label);
    let opening = open_wave(
        &state.store,
        &state.instruments,
        &org.id,
        typed.instrument,
        typed.label,
        closes_at,
    );
    let actor = Some(&admin.user.id);
    let opened = audited(&state, actor, "wave_open", &org.slug, &details, opening).await;
    match opened {
        Ok(wave) => Ok(see_other(&wave_base(&reader, &org, wave.id.as_str()))),
        Err(ProvisionError::Store(error)) => Err(error.into()),
        Err(error) => {
            tracing::error!(%error, "cannot open a wave");
            Err(PageError::Unavailable { saved: false })
        }
    }
}

/// The console's address of a wave.
fn wave_base(reader: &Reader, org: &Organization, wave: &str) -> String {
    reader.href(&links::admin_wave(
        &org.slug,
        &parite_store::WaveId::from(wave),
    ))
}

/// The wave of the path, if it belongs to the organization of the path.
pub(crate) async fn wave_of(
    state: &AppState,
    org: &Organization,
    wave: &str,
) -> Result<Wave, PageError> {
    match state.store.wave(&WaveId::from(wave)).await? {
        Some(wave) if wave.organization_id == org.id => Ok(wave),
        _ => Err(PageError::NotFound),
    }
}

pub async fn show(
    State(state): State<AppState>,
    reader: Reader,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    wave_page(&state, &reader, &org, wave, WaveTyped::default()).await
}

/// What was typed in one of the wave page's forms and refused, shown again with its errors.
#[derive(Default)]
pub(crate) struct WaveTyped<'a> {
    /// A grace period that is not valid.
    pub grace: Option<&'a str>,
    /// A team that is not valid.
    pub team: Option<TeamTyped<'a>>,
}

/// The wave page, with a refused form's typed values when there is one.
pub(crate) async fn wave_page(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    wave: Wave,
    typed: WaveTyped<'_>,
) -> Page {
    let grace = grace_text(reader, &wave);
    let grace_typed = typed.grace;
    let grace_value = grace_typed.map_or_else(|| wave.grace_days.to_string(), str::to_owned);
    let team = team_text(reader, &wave);
    let team_fields = team_fields(reader, &wave, typed.team.as_ref());
    let view = wave_views(state, reader, vec![wave]).await?.pop();
    let view = view.ok_or(PageError::NotFound)?;
    let invalid = grace_typed.is_some();
    let team_form = form(
        reader,
        format!("{}/team", wave_base(reader, org, &view.id)),
        team_fields,
    );
    let errors = usize::from(invalid) + team_form.errors.len();
    let mut page = reader
        .page(view.label.clone())
        .with_error_count(errors)
        .with_trail(super::trail(reader, super::Under::Org(org)));
    page.wide = true;
    let base = wave_base(reader, org, &view.id);
    let page = WavePage {
        page,
        org_name: org.name.clone(),
        org_href: reader.href(&links::admin_org(&org.slug)),
        grace,
        grace_form: form(
            reader,
            format!("{base}/grace"),
            vec![grace_field(reader, &grace_value, invalid)],
        ),
        team,
        team_form,
        base,
        label: view.label,
        summary: view.summary,
        open: view.open,
        csrf: reader.csrf.0.clone(),
        invitations: view.invitations,
    };
    let status = if errors > 0 {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render(status, &page))
}

pub async fn invite(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let code = random_code(8).map_err(|_| PageError::Unavailable { saved: false })?;
    let target = format!("{}/{}", org.slug, wave.id);
    let creating = state.store.create_invitation(&wave.id, &code);
    let actor = Some(&admin.user.id);
    audited(&state, actor, "invitation_create", &target, &code, creating).await?;
    Ok(see_other(&wave_base(&reader, &org, wave.id.as_str())))
}

pub async fn revoke(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave, invitation)): Path<(String, String, String)>,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let id = InvitationId::from(invitation.as_str());
    let found = state.store.invitations_of(&wave.id).await?;
    let found = found.into_iter().find(|i| i.id == id);
    let found = found.ok_or(PageError::NotFound)?;
    let target = format!("{}/{}", org.slug, wave.id);
    let revoking = state.store.revoke_invitation(&found.id);
    let actor = Some(&admin.user.id);
    audited(
        &state,
        actor,
        "invitation_revoke",
        &target,
        &found.code,
        revoking,
    )
    .await?;
    Ok(see_other(&wave_base(&reader, &org, wave.id.as_str())))
}
