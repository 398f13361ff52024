//! The administration console in both languages: organizations, people and their one-time
//! password links, waves and invitations, and the audit log of it all.

use parite_store::{AuditFilter, Role};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, assert_status, person, sign_in};
use crate::helpers::{Browser, TestApp, spawn_app};

async fn admin(app: &TestApp) -> Browser {
    person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    let signed = sign_in(&browser, "admin@example.org", PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    browser
}

/// Sends a form of the page at `page`, to `action` (forms whose action is not their page).
async fn send(
    browser: &Browser,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> crate::helpers::Page {
    let csrf = browser.get(page).await.csrf();
    let mut all = vec![("_csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(action, &all).await
}

/// The one-time link shown on a page: `http://host/fr/password/<64 hex>` → its path.
fn link_path(body: &str) -> String {
    let start = body.find("/fr/password/").expect("a password link");
    body[start..start + "/fr/password/".len() + 64].to_owned()
}

#[tokio::test]
async fn an_administrator_adds_a_person_whose_link_sets_a_password_once() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let fields = [
        ("email", "Eve@Example.org"),
        ("role", "evaluator"),
        ("org", "centre-horizon"),
    ];
    let created = browser.submit("/fr/admin/people", &fields).await;
    assert_status(&created, StatusCode::OK, "person created");
    created.assert_has("eve@example.org");
    created.assert_has("72 heures");
    let link = link_path(&created.body);
    let eve = app
        .store
        .user_by_email("eve@example.org")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(eve.role, Role::Evaluator);
    assert_eq!(
        app.store.scope_of(&eve.id).await.expect("scope")[0].slug,
        "centre-horizon"
    );
    // Eve, in her own browser: the link works, checks the password, and works once.
    let eve_browser = app.browser();
    let form = eve_browser.get(&link).await;
    assert_status(&form, StatusCode::OK, "link");
    form.assert_has("eve@example.org");
    form.assert_has("autocomplete=\"new-password\"");
    let short = eve_browser
        .submit(
            &link,
            &[("new_password", "court"), ("confirm_password", "court")],
        )
        .await;
    assert_status(&short, StatusCode::UNPROCESSABLE_ENTITY, "short");
    short.assert_has("Veuillez utiliser au moins 12 caractères.");
    short.assert_has("aria-describedby=\"new_password-hint new_password-error\"");
    let common = eve_browser
        .submit(
            &link,
            &[
                ("new_password", "motdepasse2024"),
                ("confirm_password", "motdepasse2024"),
            ],
        )
        .await;
    common.assert_has("Ce mot de passe est trop courant.");
    let mismatch = eve_browser
        .submit(
            &link,
            &[
                ("new_password", PASSWORD),
                ("confirm_password", "autre chose encore"),
            ],
        )
        .await;
    mismatch.assert_has("Les deux mots de passe ne sont pas identiques.");
    let set = eve_browser
        .submit(
            &link,
            &[
                ("new_password", "lanterne bleue du quai 7"),
                ("confirm_password", "lanterne bleue du quai 7"),
            ],
        )
        .await;
    assert_status(&set, StatusCode::OK, "password set");
    assert_eq!(eve_browser.get(&link).await.status, StatusCode::GONE);
    let signed = sign_in(&eve_browser, "eve@example.org", "lanterne bleue du quai 7").await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    // A reset gives a new link; the old one stays dead.
    let person_page = format!("/en/admin/people/{}", eve.id);
    let reset = send(&browser, &person_page, &format!("{person_page}/reset"), &[]).await;
    reset.assert_has("/fr/password/");
    reset.assert_has("/en/password/");
    let new_link = link_path(&reset.body);
    assert_ne!(new_link, link);
    assert_eq!(app.browser().get(&new_link).await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_administrator_manages_organizations_waves_and_links() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let bad = browser
        .submit("/fr/admin/orgs", &[("slug", "Pas Bon"), ("name", "")])
        .await;
    assert_status(
        &bad,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid organization",
    );
    bad.assert_has("<title>2 erreurs\u{a0}: Organismes — Parité</title>");
    bad.assert_has("href=\"#slug\"");
    bad.assert_has("aria-describedby=\"slug-hint slug-error\"");
    let taken = browser
        .submit(
            "/fr/admin/orgs",
            &[("slug", "centre-horizon"), ("name", "Copie")],
        )
        .await;
    taken.assert_has("Ce nom court est déjà utilisé");
    let made = browser
        .submit(
            "/en/admin/orgs",
            &[("slug", "reseau-passerelle"), ("name", "Réseau Passerelle")],
        )
        .await;
    assert_eq!(
        made.location.as_deref(),
        Some("/en/admin/orgs/reseau-passerelle")
    );
    let org_page = "/en/admin/orgs/reseau-passerelle";
    send(
        &browser,
        org_page,
        &format!("{org_page}/rename"),
        &[("name", "Réseau Passerelle Nord")],
    )
    .await;
    let opened = send(
        &browser,
        org_page,
        &format!("{org_page}/waves"),
        &[
            ("instrument", "team-survey"),
            ("label", "Winter 2027"),
            ("closes", "2099-03-31"),
        ],
    )
    .await;
    let wave_page = opened.location.expect("to the wave's page");
    let wave = browser.get(&wave_page).await;
    wave.assert_has("Winter 2027");
    wave.assert_has("March 31, 2099");
    send(
        &browser,
        &wave_page,
        &format!("{wave_page}/invitations"),
        &[],
    )
    .await;
    let org = app
        .store
        .organization_by_slug("reseau-passerelle")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(org.name, "Réseau Passerelle Nord");
    let waves = app.store.waves_of(&org.id).await.expect("waves");
    let links = app.store.invitations_of(&waves[0].id).await.expect("links");
    assert_eq!(links.len(), 2);
    let revoke = format!("{wave_page}/invitations/{}/revoke", links[1].id);
    let page = browser.get(&wave_page).await;
    let revoked = browser.post(&revoke, &[("_csrf", &page.csrf())]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let page = browser.get(&wave_page).await;
    page.assert_has("withdrawn");
    // Closing is confirmed on a page of its own, reached from the wave's page by a link.
    page.assert_has(&format!("href=\"{wave_page}/close\""));
    let closed = send(
        &browser,
        &format!("{wave_page}/close"),
        &format!("{wave_page}/close"),
        &[("grace_days", "7")],
    )
    .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    send(&browser, org_page, &format!("{org_page}/archive"), &[]).await;
    let list = browser.get("/fr/admin/orgs").await;
    list.assert_has("Archivé");
    // Every change is in the audit log, with who did it.
    let log = browser.get("/fr/admin/audit").await;
    for action in [
        "Organisme ajouté",
        "Organisme renommé",
        "Vague ouverte",
        "Lien d’invitation retiré",
        "Vague fermée",
        "Organisme archivé",
    ] {
        log.assert_has(action);
    }
    log.assert_has("admin@example.org");
    let only = browser.get("/fr/admin/audit?action=org_rename").await;
    only.assert_has("Réseau Passerelle → Réseau Passerelle Nord");
    assert!(!only.body.contains("Vague ouverte</td>"));
    let none = browser
        .get("/fr/admin/audit?from=2000-01-01&until=2000-12-31")
        .await;
    assert!(!none.body.contains("Organisme ajouté</td>"));
    let bad_date = browser.get("/fr/admin/audit?from=hier").await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    let entries = app
        .store
        .audit_entries(&AuditFilter::default())
        .await
        .expect("audit");
    assert!(entries.iter().any(|e| e.action == "invitation_create"));
}

#[tokio::test]
async fn the_console_speaks_both_languages() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    for (path, lang, text) in [
        ("/fr/admin/", "fr-CA", "Journal d’audit"),
        ("/en/admin/", "en-CA", "Audit log"),
        ("/fr/admin/people", "fr-CA", "Personne évaluatrice"),
        ("/en/admin/people", "en-CA", "Team lead"),
        ("/fr/admin/orgs/centre-horizon", "fr-CA", "Ouvrir une vague"),
        ("/en/admin/audit", "en-CA", "Every action"),
    ] {
        let page = browser.get(path).await;
        assert_status(&page, StatusCode::OK, path);
        page.assert_has(&format!("<html lang=\"{lang}\">"));
        page.assert_has(text);
    }
    let home = browser.get("/en/").await;
    home.assert_has("admin@example.org");
    home.assert_has("Sign out");
    let anonymous = app.browser().get("/fr/").await;
    anonymous.assert_has("href=\"/fr/login?next=/fr/\"");
}

/// `andré` typed with `é` (U+00E9) and with `e` + U+0301.
const ANDRE: &str = "andr\u{e9}@example.org";

#[tokio::test]
async fn addresses_and_names_that_look_the_same_are_the_same_in_the_console() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let created = browser
        .submit(
            "/fr/admin/people",
            &[("email", ANDRE), ("role", "evaluator")],
        )
        .await;
    assert_status(&created, StatusCode::OK, "andré");
    for look_alike in ["andre\u{301}@example.org", "ANDRE\u{301}@Example.org"] {
        let again = browser
            .submit(
                "/fr/admin/people",
                &[("email", look_alike), ("role", "admin")],
            )
            .await;
        assert_status(&again, StatusCode::UNPROCESSABLE_ENTITY, look_alike);
        again.assert_has("Un compte avec cette adresse courriel existe déjà.");
    }
    let andres = app
        .store
        .users()
        .await
        .expect("read")
        .into_iter()
        .filter(|u| u.email.starts_with("andr"))
        .count();
    assert_eq!(andres, 1);

    let org = browser
        .submit(
            "/fr/admin/orgs",
            &[("slug", "maison-amelie"), ("name", "Maison Ame\u{301}lie")],
        )
        .await;
    assert_eq!(org.status, StatusCode::SEE_OTHER, "{}", org.body);
    let stored = app
        .store
        .organization_by_slug("maison-amelie")
        .await
        .expect("read")
        .expect("created");
    assert_eq!(stored.name, "Maison Am\u{e9}lie");
    let page = "/fr/admin/orgs/maison-amelie";
    let renamed = send(
        &browser,
        page,
        &format!("{page}/rename"),
        &[("name", "Maison Ame\u{301}lie-Nord")],
    )
    .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    let stored = app.store.organization(&stored.id).await.expect("read");
    assert_eq!(
        stored.map(|o| o.name).as_deref(),
        Some("Maison Am\u{e9}lie-Nord")
    );
}

#[tokio::test]
async fn a_password_link_refuses_blank_email_like_and_demo_passwords() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let printed = "K7PM-4QXD-9ZRT";
    let hash = parite_web::password::hash_password(printed).expect("hash");
    app.store
        .record_printed_password(&hash)
        .await
        .expect("remembered");
    let created = browser
        .submit(
            "/fr/admin/people",
            &[("email", "eve@example.org"), ("role", "evaluator")],
        )
        .await;
    let link = link_path(&created.body);
    let eve = app.browser();
    let blank = " ".repeat(12);
    for (password, message) in [
        (
            blank.as_str(),
            "Un mot de passe ne peut pas être fait que d’espaces.",
        ),
        (
            "Eve aime le quai bleu",
            "Veuillez choisir un mot de passe qui ne contient pas votre adresse courriel.",
        ),
        (printed, "Ce mot de passe a été affiché par la démo"),
    ] {
        let refused = eve
            .submit(
                &link,
                &[("new_password", password), ("confirm_password", password)],
            )
            .await;
        assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY, password);
        refused.assert_has(message);
    }
    let set = eve
        .submit(
            &link,
            &[
                ("new_password", "lanterne bleue du quai 7"),
                ("confirm_password", "lanterne bleue du quai 7"),
            ],
        )
        .await;
    assert_status(&set, StatusCode::OK, "a good password");
}

#[tokio::test]
async fn the_audit_log_names_the_system_user_of_command_line_actions() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let entry = parite_store::NewAuditEntry {
        actor: None,
        action: "export_raw".into(),
        target: "centre-horizon".into(),
        details: "responses; long; free text; command line".into(),
    };
    app.store
        .append_system_audit("system:operateur", entry)
        .await
        .expect("appended");
    let log = browser.get("/fr/admin/audit?action=export_raw").await;
    assert_status(&log, StatusCode::OK, "audit log");
    log.assert_has("system:operateur");
    log.assert_has("Réponses brutes exportées");
    let throttled = browser
        .get("/en/admin/audit?action=sign_in_throttled")
        .await;
    throttled.assert_has("Sign-ins refused (too many failures)");
}

#[tokio::test]
async fn deleting_an_organization_asks_for_its_slug_offers_the_export_and_leaves_one_audit_line() {
    let app = spawn_app().await;
    let browser = admin(&app).await;
    let org_page = "/fr/admin/orgs/centre-horizon";
    let page = browser.get(org_page).await;
    assert_status(&page, StatusCode::OK, "organization page");
    page.assert_has("Supprimer l’organisme et toutes ses données");
    page.assert_has("/fr/orgs/centre-horizon/exports/raw/responses.csv");

    // A wrong or empty confirmation deletes nothing and says why, the typed text kept.
    for typed in ["", "centre-horizo", "maison-soleil"] {
        let refused = send(
            &browser,
            org_page,
            &format!("{org_page}/delete"),
            &[("confirm", typed)],
        )
        .await;
        assert_status(
            &refused,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unconfirmed deletion",
        );
        refused.assert_has("Rien n’a été supprimé");
        assert!(
            app.store
                .organization_by_slug("centre-horizon")
                .await
                .expect("read")
                .is_some()
        );
    }

    let deleted = send(
        &browser,
        org_page,
        &format!("{org_page}/delete"),
        &[("confirm", "centre-horizon")],
    )
    .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(deleted.location.as_deref(), Some("/fr/admin/orgs"));
    assert!(
        app.store
            .organization_by_slug("centre-horizon")
            .await
            .expect("read")
            .is_none()
    );
    assert_eq!(browser.get(org_page).await.status, StatusCode::NOT_FOUND);
    let lines = app
        .store
        .audit_entries(&AuditFilter::default())
        .await
        .expect("audit log");
    let deletions: Vec<_> = lines.iter().filter(|l| l.action == "org_delete").collect();
    assert_eq!(deletions.len(), 1);
    assert_eq!(deletions[0].target, "centre-horizon");
    assert!(
        deletions[0].details.contains("waves"),
        "{:?}",
        deletions[0].details
    );
}
