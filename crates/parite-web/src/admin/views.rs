//! The administration console's pages as templates.

use askama::Template;

use crate::auth::views::FieldView;
use crate::orgs::{InvitationRow, WaveView};
use crate::page::PageMeta;

/// What every form of the console carries: where it goes, its token, its fields and errors.
pub struct FormView {
    pub action: String,
    pub csrf: String,
    pub fields: Vec<FieldView>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin_home.html")]
pub struct HomePage {
    pub page: PageMeta,
    pub links: Vec<(String, String, String)>,
}

pub struct OrgRow {
    pub href: String,
    pub name: String,
    pub slug: String,
    pub archived: bool,
}

#[derive(Template)]
#[template(path = "admin_orgs.html")]
pub struct OrgsPage {
    pub page: PageMeta,
    pub orgs: Vec<OrgRow>,
    pub form: FormView,
}

#[derive(Template)]
#[template(path = "admin_org.html")]
pub struct OrgPage {
    pub page: PageMeta,
    pub name: String,
    pub slug_line: String,
    pub archived: bool,
    pub overview_href: String,
    pub archive_action: String,
    pub waves: Vec<WaveView>,
    pub wave_base: String,
    pub csrf: String,
    pub rename: FormView,
    pub open: FormView,
    /// The raw export offered before deleting.
    pub export_href: String,
    pub delete: FormView,
}

#[derive(Template)]
#[template(path = "admin_wave.html")]
pub struct WavePage {
    pub page: PageMeta,
    pub org_name: String,
    pub org_href: String,
    pub label: String,
    pub summary: String,
    pub open: bool,
    /// The grace period of drafts after closing, in a sentence, and the form that sets it.
    pub grace: String,
    pub grace_form: FormView,
    /// The team recorded for the wave, in a sentence, and the form that sets it.
    pub team: String,
    pub team_form: FormView,
    pub base: String,
    pub csrf: String,
    pub invitations: Vec<InvitationRow>,
}

#[derive(Template)]
#[template(path = "admin_wave_close.html")]
pub struct WaveClosePage {
    pub page: PageMeta,
    pub title: String,
    pub form: FormView,
    pub cancel_href: String,
}

pub struct PersonRow {
    pub href: String,
    pub email: String,
    pub role: String,
    pub scope: String,
    pub disabled: bool,
}

/// A checkbox of the scope fieldset.
pub struct ScopeOption {
    pub slug: String,
    pub name: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "admin_people.html")]
pub struct PeoplePage {
    pub page: PageMeta,
    pub people: Vec<PersonRow>,
    pub form: FormView,
    pub scope: Vec<ScopeOption>,
}

#[derive(Template)]
#[template(path = "admin_person.html")]
pub struct PersonPage {
    pub page: PageMeta,
    pub email: String,
    pub status: String,
    pub disabled: bool,
    pub base: String,
    pub form: FormView,
    pub scope: Vec<ScopeOption>,
}

#[derive(Template)]
#[template(path = "admin_link.html")]
pub struct LinkPage {
    pub page: PageMeta,
    pub heading: String,
    pub intro: String,
    pub links: Vec<(String, String)>,
    pub back_href: String,
}

pub struct AuditRow {
    pub when: String,
    pub who: String,
    pub action: String,
    pub target: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
pub struct AuditPage {
    pub page: PageMeta,
    pub action: String,
    pub fields: Vec<FieldView>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
    pub rows: Vec<AuditRow>,
    pub more_href: Option<String>,
}
