//! The addresses pages link and redirect to, built from typed parts in one place.
//!
//! Each function answers the path of one route of the table in `app.rs` (where the same path is
//! spelled with its `{parameters}`), without the language segment: `Reader::href` adds it, so
//! `reader.href(&links::org(slug))` is `/fr/orgs/{slug}/` for a French reader. A route whose
//! path changes changes here and in the table, and nowhere else.

use parite_store::{UserId, WaveId};

/// An organization's overview: its reports and waves.
pub fn org(slug: &str) -> String {
    format!("/orgs/{slug}/")
}

/// The base of an organization's pages without the overview's slash: the templates that list
/// waves put `/checklists/{wave}` after it.
pub fn org_base(slug: &str) -> String {
    format!("/orgs/{slug}")
}

/// One of an organization's reports (`organization`, `community`).
pub fn org_report(slug: &str, report: &str) -> String {
    format!("/orgs/{slug}/reports/{report}")
}

/// The PDF of one of an organization's reports.
pub fn org_report_pdf(slug: &str, report: &str) -> String {
    format!("/orgs/{slug}/reports/{report}/pdf")
}

/// Where an organization's tables are downloaded from (`…/{table}` below it).
pub fn org_exports(slug: &str) -> String {
    format!("/orgs/{slug}/exports")
}

/// One of an organization's raw answer files (`responses.csv`…).
pub fn org_raw_export(slug: &str, file: &str) -> String {
    format!("/orgs/{slug}/exports/raw/{file}")
}

/// An item-level export of what evaluators record (ratings, milestones, support).
pub fn org_item_export(slug: &str, file: &str) -> String {
    format!("/orgs/{slug}/exports/items/{file}")
}

/// A syntax file that reads one of an organization's raw answer files (`responses-wide.R`…).
pub fn org_raw_syntax(slug: &str, file: &str) -> String {
    format!("/orgs/{slug}/exports/raw/syntax/{file}")
}

/// A wave's fidelity checklist.
pub fn checklist(slug: &str, wave: &WaveId) -> String {
    format!("/orgs/{slug}/checklists/{wave}")
}

/// An organization's implementation progress (milestones and stage).
pub fn progress(slug: &str) -> String {
    format!("/orgs/{slug}/progress")
}

/// One milestone's form on the progress page.
pub fn milestone(slug: &str, milestone: &str) -> String {
    format!("/orgs/{slug}/progress/{milestone}")
}

/// An organization's schedule of support.
pub fn support(slug: &str) -> String {
    format!("/orgs/{slug}/support")
}

/// One activity's delivery and cancel forms on the schedule page.
pub fn support_activity(slug: &str, activity: &str) -> String {
    format!("/orgs/{slug}/support/{activity}")
}

/// An organization's page in the administration console.
pub fn admin_org(slug: &str) -> String {
    format!("/admin/orgs/{slug}")
}

/// A wave's page in the administration console (its actions are below it).
pub fn admin_wave(slug: &str, wave: &WaveId) -> String {
    format!("/admin/orgs/{slug}/waves/{wave}")
}

/// A person's page in the administration console (its actions are below it).
pub fn person(id: &UserId) -> String {
    format!("/admin/people/{id}")
}

/// The page where a one-time link's holder sets a password.
pub fn password(token: &str) -> String {
    format!("/password/{token}")
}

/// An invitation's welcome page: where a respondent starts or resumes.
pub fn survey(code: &str) -> String {
    format!("/s/{code}")
}

/// A survey's section page, numbered from 1.
pub fn survey_section(code: &str, number: usize) -> String {
    format!("/s/{code}/{number}")
}

/// A survey's review page, before submitting.
pub fn survey_review(code: &str) -> String {
    format!("/s/{code}/review")
}

/// The page shown once a response is submitted.
pub fn survey_thanks(code: &str) -> String {
    format!("/s/{code}/thanks")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The builders and the route table spell the same paths: each built path, with its
    /// parameters put back, is a route of the table.
    #[test]
    fn every_built_address_is_a_route_of_the_table() {
        let wave = WaveId::from("WAVE");
        let user = UserId::from("USER");
        let built = [
            (org("SLUG"), "/orgs/{slug}/"),
            (
                org_report("SLUG", "REPORT"),
                "/orgs/{slug}/reports/{report}",
            ),
            (
                org_report_pdf("SLUG", "REPORT"),
                "/orgs/{slug}/reports/{report}/pdf",
            ),
            (
                format!("{}/TABLE", org_exports("SLUG")),
                "/orgs/{slug}/exports/{table}",
            ),
            (
                org_raw_export("SLUG", "FILE"),
                "/orgs/{slug}/exports/raw/{file}",
            ),
            (
                org_raw_syntax("SLUG", "FILE"),
                "/orgs/{slug}/exports/raw/syntax/{file}",
            ),
            (checklist("SLUG", &wave), "/orgs/{slug}/checklists/{wave}"),
            (progress("SLUG"), "/orgs/{slug}/progress"),
            (
                milestone("SLUG", "ITEM"),
                "/orgs/{slug}/progress/{milestone}",
            ),
            (support("SLUG"), "/orgs/{slug}/support"),
            (
                support_activity("SLUG", "ACTIVITY"),
                "/orgs/{slug}/support/{activity}",
            ),
            (admin_org("SLUG"), "/admin/orgs/{slug}"),
            (admin_wave("SLUG", &wave), "/admin/orgs/{slug}/waves/{wave}"),
            (person(&user), "/admin/people/{user}"),
            (password("TOKEN"), "/password/{token}"),
            (survey("CODE"), "/s/{code}"),
            (survey_section("CODE", 2), "/s/{code}/{section}"),
            (survey_review("CODE"), "/s/{code}/review"),
            (survey_thanks("CODE"), "/s/{code}/thanks"),
        ];
        let routes: Vec<String> = crate::routes().into_iter().map(|r| r.path).collect();
        for (path, template) in built {
            let filled = template
                .replace("{slug}", "SLUG")
                .replace("{report}", "REPORT")
                .replace("{table}", "TABLE")
                .replace("{file}", "FILE")
                .replace("{wave}", "WAVE")
                .replace("{milestone}", "ITEM")
                .replace("{activity}", "ACTIVITY")
                .replace("{user}", "USER")
                .replace("{token}", "TOKEN")
                .replace("{code}", "CODE")
                .replace("{section}", "2");
            assert_eq!(path, filled, "{template}");
            let in_table = format!("/{{lang}}{template}");
            assert!(routes.contains(&in_table), "{in_table} is not a route");
        }
    }
}
