//! A team member fills the whole French survey on a phone-sized screen with the keyboard alone
//! (Tab, Space, arrow keys, Enter) and with JavaScript off: a validation error, save and resume
//! in another browser, a language switch mid-survey, review, submit.

use fantoccini::key::Key;
use futures_util::StreamExt;
use parite_store::AnswerFilter;

use crate::driver::{ChromeDriver, Session, find_browser};
use crate::server::{TestApp, spawn_app};

/// Tab once, and the focus must land on `expected`.
async fn tab_expect(session: &Session, expected: &str) {
    session.press(Key::Tab).await;
    assert_eq!(session.focused().await, expected, "the focus after Tab");
}

/// With the focus on an unanswered scale's first point: Space picks it, each ↓ the next one.
async fn pick(session: &Session, downs: usize) {
    session.press(Key::Space).await;
    session.press_times(Key::Down, downs).await;
}

async fn assert_checked(session: &Session, ids: &[&str]) {
    for id in ids {
        let element = session.find(&format!("#{id}")).await;
        let checked = element.is_selected().await.expect("is selected");
        assert!(
            checked,
            "#{id} should be checked at {}",
            session.path().await
        );
    }
}

/// Welcome → consent → section 1 and its error → section 2 → saved; returns the resume code.
async fn start_and_save(app: &TestApp, phone: &Session) -> String {
    let survey = format!("/fr/s/{}", app.code);
    phone.goto(&app.url(&survey)).await;
    assert_eq!(phone.lang().await, "fr-CA");
    assert_eq!(
        phone.text_of("h1").await,
        "Sondage auprès de l’équipe de mise en œuvre"
    );
    tab_expect(phone, "a[href=#main]").await;
    assert_eq!(phone.focused_text().await, "Aller au contenu");
    tab_expect(phone, &format!("a[href=/en/s/{}]", app.code)).await;
    tab_expect(phone, "input#consent[consent=yes]").await;
    assert_eq!(
        phone.focused_style("outline-style").await,
        "solid",
        "the keyboard focus is visible"
    );
    phone.press(Key::Space).await;
    tab_expect(phone, "button[_action=start]").await;
    phone.press(Key::Enter).await;

    let first = format!("{survey}/1");
    phone.wait_for_path(&first).await;
    assert_eq!(phone.text_of("h1").await, "À propos de vous");
    assert_eq!(phone.text_of(".progress").await, "Section 1 de 10");
    tab_expect(phone, "a[href=#main]").await;
    tab_expect(phone, "button[_action=switch-lang]").await;
    // The role is skipped: Tab passes its group, ↓↓ picks "Les deux à parts égales".
    tab_expect(phone, "input#q-role-peer[role=peer]").await;
    tab_expect(phone, "input#q-work_language-fr[work_language=fr]").await;
    phone.press_times(Key::Down, 2).await;
    assert_checked(phone, &["q-work_language-both"]).await;
    // Enter in a field sends the page with "Suivant", not with the header's language button.
    phone.press(Key::Enter).await;
    phone.wait_for_title("Erreur").await;
    assert_eq!(phone.path().await, first, "still on section 1");
    assert_eq!(
        phone.text_of("#errors h2").await,
        "Il y a 1 problème sur cette page"
    );
    let summary = phone.text_of("#errors a").await;
    assert!(
        summary.ends_with("— Veuillez répondre à cette question."),
        "the summary names the problem: {summary}"
    );
    assert_eq!(
        phone.text_of("#q-role-error").await,
        "Veuillez répondre à cette question."
    );
    assert_checked(phone, &["q-work_language-both"]).await;
    // The summary's link is the first stop after the header; it takes the focus to the question.
    tab_expect(phone, "a[href=#main]").await;
    tab_expect(phone, "button[_action=switch-lang]").await;
    tab_expect(phone, "a[href=#q-role]").await;
    phone.press(Key::Enter).await;
    tab_expect(phone, "input#q-role-peer[role=peer]").await;
    // Past "family peer", the choice after "peer" in version 2.
    phone.press_times(Key::Down, 2).await;
    assert_checked(phone, &["q-role-provider"]).await;
    phone.press(Key::Enter).await;

    phone.wait_for_path(&format!("{survey}/2")).await;
    assert_eq!(phone.text_of(".progress").await, "Section 2 de 10");
    phone
        .tab_to("input#q-b_prec_1-1[b_prec_1=1]", false, 40)
        .await;
    pick(phone, 1).await;
    tab_expect(phone, "input#q-b_prec_2-1[b_prec_2=1]").await;
    pick(phone, 3).await;
    tab_expect(phone, "input#q-b_prec_3-1[b_prec_3=1]").await;
    phone.press(Key::Up).await; // wraps round to "Je ne sais pas"
    assert_checked(phone, &["q-b_prec_1-2", "q-b_prec_2-4", "q-b_prec_3-dk"]).await;
    phone.tab_to("button[_action=save]", false, 40).await;
    assert_eq!(
        phone.focused_text().await,
        "Enregistrer et continuer plus tard"
    );
    phone.press(Key::Enter).await;
    phone.wait_for_title("Vos réponses sont enregistrées").await;
    let code = phone.text_of(".code").await;
    let groups: Vec<usize> = code.split('-').map(str::len).collect();
    assert_eq!(
        groups,
        [4, 4, 4],
        "a resume code like K7PM-4QXD-9RTA: {code}"
    );
    code
}

/// Another browser, no cookies: the typed code brings the answers back and opens the section
/// where they were saved; sections 1 to 3 in French, then the header's language button on
/// section 3.
async fn resume_and_switch(app: &TestApp, laptop: &Session, code: &str) {
    let survey = format!("/fr/s/{}", app.code);
    laptop.goto(&app.url(&survey)).await;
    laptop
        .tab_to("input#resume_code[resume_code=]", false, 40)
        .await;
    laptop.type_text(code).await;
    laptop.press(Key::Enter).await;
    // Back on the section where the phone saved, with its answers.
    laptop.wait_for_path(&format!("{survey}/2")).await;
    assert_checked(laptop, &["q-b_prec_1-2", "q-b_prec_2-4", "q-b_prec_3-dk"]).await;
    laptop.goto(&app.url(&format!("{survey}/1"))).await;
    laptop.wait_for_path(&format!("{survey}/1")).await;
    assert_checked(laptop, &["q-role-provider", "q-work_language-both"]).await;
    // Tab lands on a group's chosen answer; Enter goes on.
    laptop
        .tab_to("input#q-role-provider[role=provider]", false, 40)
        .await;
    laptop.press(Key::Enter).await;
    laptop.wait_for_path(&format!("{survey}/2")).await;
    assert_checked(laptop, &["q-b_prec_1-2", "q-b_prec_2-4", "q-b_prec_3-dk"]).await;
    laptop
        .tab_to("input#q-b_prec_1-2[b_prec_1=2]", false, 40)
        .await;
    laptop.press(Key::Enter).await;

    laptop.wait_for_path(&format!("{survey}/3")).await;
    laptop
        .tab_to("input#q-b_cult_1-1[b_cult_1=1]", false, 40)
        .await;
    pick(laptop, 0).await;
    tab_expect(laptop, "input#q-b_cult_2-1[b_cult_2=1]").await;
    pick(laptop, 4).await;
    tab_expect(laptop, "input#q-b_cult_3-1[b_cult_3=1]").await;
    pick(laptop, 1).await;
    laptop.tab_to("button[_action=switch-lang]", true, 40).await;
    assert_eq!(laptop.focused_text().await, "English");
    laptop.press(Key::Enter).await;
    laptop.wait_for_path(&format!("/en/s/{}/3", app.code)).await;
    assert_eq!(laptop.lang().await, "en-CA");
    assert_eq!(laptop.text_of("h1").await, "Organizational culture");
    assert_eq!(laptop.text_of(".progress").await, "Section 3 of 10");
    // Even the answers given on this page just before the switch are kept.
    assert_checked(laptop, &["q-b_cult_1-1", "q-b_cult_2-5", "q-b_cult_3-2"]).await;
}

#[tokio::test]
async fn a_team_member_fills_the_french_survey_with_the_keyboard_only() {
    let Some(tools) = find_browser() else {
        return;
    };
    let app = spawn_app().await;
    let driver = ChromeDriver::start(&tools).await;
    let phone = driver.session(false).await;
    phone
        .goto("data:text/html,<title>off</title><script>document.title='on'</script>")
        .await;
    assert_eq!(
        phone.title().await,
        "off",
        "scripts are off in this browser"
    );
    phone.goto(&app.url("/")).await;
    assert_eq!(
        phone.path().await,
        "/fr/",
        "a French browser lands in French"
    );
    let code = start_and_save(&app, &phone).await;
    phone.close().await;

    let laptop = driver.session(false).await;
    resume_and_switch(&app, &laptop, &code).await;
    let english = format!("/en/s/{}", app.code);
    laptop
        .tab_to("input#q-b_cult_1-1[b_cult_1=1]", false, 40)
        .await;
    laptop.press(Key::Enter).await;
    let sections: [(usize, &[(&str, usize)]); 6] = [
        (4, &[("b_lang_1", 2), ("b_lang_2", 1), ("b_lang_3", 3)]),
        (5, &[("b_lead_1", 3), ("b_lead_2", 1), ("b_lead_4", 2)]),
        (6, &[("b_stig_1", 4), ("b_stig_2", 4), ("b_stig_3", 0)]),
        // b_div_2 "Strongly agree" asks for an example in section 10.
        (7, &[("b_div_1", 1), ("b_div_2", 4), ("b_div_3", 1)]),
        (8, &[("r_1", 3), ("r_2", 2), ("r_3", 4), ("r_4", 4)]),
        (9, &[("p_refl", 1), ("p_loop", 2), ("p_equity", 3)]),
    ];
    for (number, items) in sections {
        laptop.wait_for_path(&format!("{english}/{number}")).await;
        assert_eq!(
            laptop.text_of(".progress").await,
            format!("Section {number} of 10")
        );
        for (item, downs) in items {
            laptop
                .tab_to(&format!("input#q-{item}-1[{item}=1]"), false, 40)
                .await;
            pick(&laptop, *downs).await;
        }
        laptop.press(Key::Enter).await;
    }

    // Free text, typed key by key: accents and French punctuation survive.
    laptop.wait_for_path(&format!("{english}/10")).await;
    let barrier = "Le manque de temps « réel » : 3,5 h par mois";
    laptop
        .tab_to("textarea#q-t_barrier[t_barrier=]", false, 40)
        .await;
    laptop.type_text(barrier).await;
    tab_expect(&laptop, "textarea#q-t_help[t_help=]").await;
    tab_expect(&laptop, "textarea#q-t_divide_example[t_divide_example=]").await;
    laptop.type_text("A team meeting").await;
    laptop.tab_to("button[_action=next]", false, 40).await;
    assert_eq!(laptop.focused_text().await, "Review my answers");
    laptop.press(Key::Enter).await;

    laptop.wait_for_path(&format!("{english}/review")).await;
    assert_eq!(laptop.text_of("h1").await, "Review your answers");
    let review = laptop.text_of("main").await;
    for shown in [
        "Service provider (clinical or front-line)",
        "Both equally",
        barrier,
        "A team meeting",
    ] {
        assert!(review.contains(shown), "the review shows {shown:?}");
    }
    laptop.tab_to("button[_action=submit]", false, 40).await;
    assert_eq!(laptop.focused_text().await, "Submit my answers");
    laptop.press(Key::Enter).await;
    laptop.wait_for_path(&format!("{english}/thanks")).await;
    assert_eq!(laptop.text_of("h1").await, "Thank you!");
    laptop.close().await;

    let counts = app
        .store
        .wave_response_counts(&app.wave)
        .await
        .expect("counts");
    assert_eq!((counts.submitted, counts.drafts), (1, 0), "stored once");
    let filter = AnswerFilter {
        organization: None,
        wave: Some(app.wave.clone()),
        submitted_only: true,
        instrument: None,
    };
    let rows: Vec<_> = app.store.stream_answers(&filter).collect().await;
    let rows: Vec<_> = rows.into_iter().map(|r| r.expect("row")).collect();
    let value = |item: &str| {
        rows.iter()
            .find(|r| r.item_id == item)
            .map(|r| r.value.clone())
    };
    assert_eq!(value("role").as_deref(), Some("provider"));
    assert_eq!(value("work_language").as_deref(), Some("both"));
    assert_eq!(value("b_prec_3").as_deref(), Some("dk"));
    assert_eq!(value("b_cult_2").as_deref(), Some("5"));
    assert_eq!(value("r_4").as_deref(), Some("5"));
    assert_eq!(value("t_barrier").as_deref(), Some(barrier));
    assert_eq!(value("t_divide_example").as_deref(), Some("A team meeting"));
    assert_eq!(
        rows.len(),
        31 - 2,
        "every item of version 2 but the unanswered t_help and b_prec_4"
    );
}
