//! The offer that goes with a decision: the submitter counters, staff
//! revise, the submitter accepts (creating their account if they had none)
//! or declines; each step audited and mailed in the reader's language.

use observatory::{
    accounts::entities::user,
    groups::entities::{MemberRole, group_member},
    offers::entities::{Status, offer},
    proposals::entities::proposal,
    web::Role,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    accounts::{PASSWORD, log_in, register_and_confirm},
    groups::create_group,
    helpers::{Browser, Page, TestApp, at},
    scenario::{InReview, csrf},
};

/// The editor's decision with its offer; the fields given replace the
/// defaults.
async fn decide(editor: &mut Browser, id: i32, fields: &[(&str, &str)]) -> Page {
    let token = csrf(editor, &format!("/en/staff/proposals/{id}/decide")).await;
    let mut form: Vec<(&str, &str)> = vec![
        ("csrf", &token),
        ("decision", "working-group"),
        ("reply", "We would be glad to count on you."),
        ("role", "member"),
        ("action", ""),
        ("commitment", ""),
        ("hours_per_month", ""),
        ("starts_on", ""),
        ("ends_on", ""),
    ];
    for (name, value) in fields {
        form.retain(|(field, _)| field != name);
        form.push((name, value));
    }
    editor
        .post_form(&format!("/en/staff/proposals/{id}/decide"), &form)
        .await
}

async fn stored_offer(app: &TestApp, proposal_id: i32) -> offer::Model {
    offer::Entity::find()
        .filter(offer::Column::ProposalId.eq(proposal_id))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("an offer")
}

/// Posts one of the answer forms of the status page at `status_path`.
async fn answer(
    submitter: &mut Browser,
    status_path: &str,
    lang: &str,
    (kind, fields): (&str, &[(&str, &str)]),
) -> Page {
    let status = submitter.get(status_path).await;
    answer_from(submitter, &status, lang, (kind, fields)).await
}

/// The same from a status page loaded earlier.
async fn answer_from(
    submitter: &mut Browser,
    status: &Page,
    lang: &str,
    (kind, fields): (&str, &[(&str, &str)]),
) -> Page {
    let token = status.hidden_field("token");
    let reference = status.hidden_field("reference");
    let csrf = status.hidden_field("csrf");
    let revision = status.hidden_field("revision");
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("token", token.as_str()),
        ("reference", reference.as_str()),
        ("revision", revision.as_str()),
    ];
    form.extend_from_slice(fields);
    let path = at(&format!("/{lang}/collaborate/status/offer/{kind}"));
    submitter.post_form(&path, &form).await
}

/// An editor sends an individual action offer again, a year later, from
/// the proposal's staff page `review`.
async fn revise_action(editor: &mut Browser, review: &Page, id: i32) -> Page {
    editor
        .post_form(
            &format!("/en/staff/proposals/{id}/offer"),
            &[
                ("csrf", &review.hidden_field("csrf")),
                ("action", "Peer review of the 2028 report"),
                ("starts_on", "2028-01-10"),
                ("offer_message", "Perhaps next year, then?"),
            ],
        )
        .await
}

#[tokio::test]
async fn countered_revised_then_accepted_with_a_new_account() {
    let app = TestApp::spawn().await;
    let email = "lucia@horizonte.example";
    let InReview {
        mut submitter,
        status_path,
        reference,
        id,
        mut editor,
        ..
    } = app.proposal().in_language("es").by(email).in_review().await;
    let group = create_group(&mut editor, "Restorative schools", "public").await;
    let group_id = group.to_string();

    // The form offers the terms, a member's place by default.
    let form = editor
        .get(&format!(
            "/en/staff/proposals/{id}/decide?decision=working-group&group_id={group}"
        ))
        .await;
    assert!(form.body.contains("Terms of the offer"));
    assert!(form.body.contains("<option value=\"member\" selected>"));

    // An end before the start is refused next to its field, nothing decided.
    let refused = decide(
        &mut editor,
        id,
        &[
            ("group_id", &group_id),
            ("starts_on", "2027-06-01"),
            ("ends_on", "2027-01-01"),
        ],
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("The end date cannot be before the start date.")
    );
    assert!(
        refused.body.contains("value=\"2027-06-01\""),
        "kept as typed"
    );
    assert_eq!(
        crate::scenario::state_of(&app, &reference).await,
        "in-review"
    );

    let decided = decide(
        &mut editor,
        id,
        &[
            ("group_id", &group_id),
            ("role", "contributor"),
            ("commitment", "Two meetings a term and a short report."),
            ("hours_per_month", "6"),
            ("starts_on", "2027-01-15"),
            ("ends_on", "2027-12-31"),
        ],
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let mail = app.mail.wait_for_subject(email, "Nuestra respuesta").await;
    let text = mail.decoded();
    for expected in [
        "We would be glad to count on you.",
        "Grupo de trabajo: Restorative schools",
        "Papel ofrecido: Colaborador/a",
        "Unas 6 horas al mes.",
        "A partir del viernes, 15 de enero de 2027.",
        "puede aceptar esta oferta, rechazarla o proponer otras condiciones",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let offered = stored_offer(&app, id).await;
    assert_eq!(offered.status, Status::Sent);
    assert_eq!(offered.hours_per_month, Some(6));
    assert_eq!(offered.starts_on.as_deref(), Some("2027-01-15"));
    assert_eq!(offered.user_id, None, "sent anonymously");

    // The submitter sees the offer in Spanish and suggests other terms; a
    // suggestion without a message comes back with what was typed.
    let status = submitter.get(&status_path).await;
    assert!(status.body.contains("Nuestra oferta"));
    assert!(status.body.contains("Pendiente de respuesta"));
    let bare = answer(
        &mut submitter,
        &status_path,
        "es",
        ("counter", &[("counter_starts_on", "2027-03-01")]),
    )
    .await;
    assert_eq!(bare.status, 422);
    assert!(bare.body.contains("Díganos qué preferiría."));
    assert!(bare.body.contains("value=\"2027-03-01\""));
    let countered = answer(
        &mut submitter,
        &status_path,
        "es",
        (
            "counter",
            &[
                ("counter_role", "member"),
                ("counter_starts_on", "2027-03-01"),
                (
                    "counter_message",
                    "Prefiero empezar en marzo, como miembro.",
                ),
            ],
        ),
    )
    .await;
    assert_eq!(countered.status, 303);
    assert!(countered.location().contains("answered=countered"));
    let told = app
        .mail
        .wait_for_subject("editor@example.org", "suggested other terms")
        .await;
    assert!(told.decoded().contains("Prefiero empezar en marzo"));

    // Staff see the suggestion; the revision starts from it.
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(review.body.contains("Other terms suggested (version 1)"));
    assert!(review.body.contains("The terms suggested in return"));
    assert!(review.body.contains("value=\"2027-03-01\""));
    assert!(review.body.contains("<option value=\"member\" selected>"));
    let token = review.hidden_field("csrf");
    let revise = |message: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("role", "member".to_string()),
            ("commitment", "Two meetings a term.".to_string()),
            ("hours_per_month", "4".to_string()),
            ("starts_on", "2027-03-01".to_string()),
            ("ends_on", "2027-12-31".to_string()),
            ("offer_message", message.to_string()),
        ]
    };
    let owned = revise("");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let silent = editor
        .post_form(&format!("/en/staff/proposals/{id}/offer"), &fields)
        .await;
    assert_eq!(silent.status, 422);
    assert!(
        silent
            .body
            .contains("Write a few words to go with the revised offer.")
    );
    let owned = revise("Agreed: from March, as a member.");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let revised = editor
        .post_form(&format!("/en/staff/proposals/{id}/offer"), &fields)
        .await;
    assert_eq!(revised.status, 303);
    let mail = app.mail.wait_for_subject(email, "oferta revisada").await;
    assert!(mail.decoded().contains("Agreed: from March, as a member."));
    assert!(mail.decoded().contains("Papel ofrecido: Miembro"));
    let offered = stored_offer(&app, id).await;
    assert_eq!((offered.revision, offered.status), (2, Status::Sent));
    assert_eq!(offered.counter_role, None, "the old answer is cleared");

    // Accepting without an account leads to creating one, prefilled.
    let open_offer = submitter.get(&status_path).await;
    let accepted = answer_from(&mut submitter, &open_offer, "es", ("accept", &[])).await;
    assert_eq!(accepted.status, 303);
    let account_path = accepted.location().to_string();
    assert!(account_path.contains("/offer/account?"), "{account_path}");
    let account_page = submitter.get(&account_path).await;
    assert!(
        account_page
            .body
            .contains("Cree su cuenta para aceptar la oferta")
    );
    assert!(account_page.body.contains(email));
    let form = |password: &'static str| {
        vec![
            ("csrf", account_page.hidden_field("csrf")),
            ("token", account_page.hidden_field("token")),
            ("reference", account_page.hidden_field("reference")),
            ("revision", account_page.hidden_field("revision")),
            ("password", password.to_string()),
            ("consent", "yes".to_string()),
        ]
    };
    let account_form = at("/es/collaborate/status/offer/account");
    let owned = form("short");
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let weak = submitter.post_form(&account_form, &fields).await;
    assert_eq!(weak.status, 422);
    assert_eq!(stored_offer(&app, id).await.status, Status::Sent);
    let owned = form(PASSWORD);
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let created = submitter.post_form(&account_form, &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let mine = submitter.get(created.location()).await;
    assert_eq!(mine.status, 200, "signed in");
    assert!(mine.body.contains("Gracias: ha aceptado la oferta."));
    assert!(mine.body.contains("Ya es miembro del grupo de trabajo."));

    // The account: confirmed, with the proposal's profile; a member at once.
    let account = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the account");
    assert!(account.email_verified_at.is_some());
    assert_eq!(account.country_code, "PE");
    assert_eq!(
        account.organisation_name.as_deref(),
        Some("Fundación Horizonte")
    );
    let membership = group_member::Entity::find_by_id((group, account.id))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("a member");
    assert_eq!(membership.role, MemberRole::Member);
    let sent = proposal::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        sent.submitter_id,
        Some(account.id),
        "the proposal is theirs"
    );
    let offered = stored_offer(&app, id).await;
    assert_eq!(offered.status, Status::Accepted);
    assert_eq!(offered.user_id, Some(account.id));
    app.mail
        .wait_for_subject("editor@example.org", "accepted the offer")
        .await;

    // Every step is in the audit trail, and nothing is answered twice.
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    for step in [
        "Offer sent (version 1)",
        "Offer revised and sent again (version 2)",
        "Offer accepted (version 2)",
    ] {
        assert!(review.body.contains(step), "{step}");
    }
    assert!(
        !review.body.contains("Revise the offer"),
        "accepted is final"
    );
    // (Signing in renewed the CSRF token: the current one, the old form.)
    let fresh = submitter.get(&status_path).await.hidden_field("csrf");
    let again = submitter
        .post_form(
            &at("/es/collaborate/status/offer/accept"),
            &[
                ("csrf", &fresh),
                ("token", &open_offer.hidden_field("token")),
                ("reference", &open_offer.hidden_field("reference")),
                ("revision", &open_offer.hidden_field("revision")),
            ],
        )
        .await;
    assert_eq!(again.status, 409);
    let export = submitter.get("/es/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(data["offers"][0]["status"], "accepted");
    assert_eq!(data["offers"][0]["group"], "Restorative schools");
}

#[tokio::test]
async fn an_individual_action_declined_then_accepted_by_an_existing_account() {
    let app = TestApp::spawn().await;
    let email = "kofi@example.org";
    let InReview {
        mut submitter,
        status_path,
        id,
        mut editor,
        ..
    } = app.proposal().by(email).in_review().await;
    // The action starts as the proposal's title.
    let form = editor
        .get(&format!(
            "/en/staff/proposals/{id}/decide?decision=individual-action"
        ))
        .await;
    assert!(form.body.contains("value=\"Restorative circles\""));
    let decided = decide(
        &mut editor,
        id,
        &[
            ("decision", "individual-action"),
            ("role", ""),
            ("action", "Peer review of the 2027 report"),
        ],
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let declined = answer(
        &mut submitter,
        &status_path,
        "en",
        ("decline", &[("decline_reason", "No time this year.")]),
    )
    .await;
    assert_eq!(declined.status, 303);
    let told = app
        .mail
        .wait_for_subject("editor@example.org", "declined the offer")
        .await;
    assert!(told.decoded().contains("No time this year."));
    let status = submitter.get(&status_path).await;
    assert!(status.body.contains("Declined"));
    assert!(!status.body.contains("Accept the offer"), "answered");

    // A declined offer can still be revised and sent again.
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(review.body.contains("The reason given"));
    assert_eq!(revise_action(&mut editor, &review, id).await.status, 303);

    // The address registered meanwhile: accepting asks to log in first.
    let mut own = app.browser();
    register_and_confirm(&app, &mut own, email, "en").await;
    let accepted = answer(&mut submitter, &status_path, "en", ("accept", &[])).await;
    let account_page = submitter.get(accepted.location()).await;
    assert!(
        account_page
            .body
            .contains("An account already uses this address.")
    );
    assert!(!account_page.body.contains("name=\"password\""));
    assert_eq!(
        log_in(&mut submitter, "en", email, PASSWORD).await.status,
        303
    );
    let accepted = answer(&mut submitter, &status_path, "en", ("accept", &[])).await;
    assert_eq!(accepted.status, 303);
    let offered = stored_offer(&app, id).await;
    assert_eq!(offered.status, Status::Accepted);
    assert_eq!(
        offered.action.as_deref(),
        Some("Peer review of the 2028 report")
    );
    let owner = app.user_id(email).await;
    assert_eq!(offered.user_id, Some(owner));
    assert!(
        group_member::Entity::find()
            .filter(group_member::Column::UserId.eq(owner))
            .one(&app.state.db)
            .await
            .unwrap()
            .is_none(),
        "an individual action is no membership"
    );
    let mine = submitter.get("/en/account/proposals").await;
    assert!(
        mine.body.contains("Restorative circles"),
        "now on their account"
    );
}

#[tokio::test]
async fn only_the_sender_answers_and_only_editors_revise() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        id,
        mut editor,
        mut evaluator,
        ..
    } = app.proposal().in_review().await;
    let group = create_group(&mut editor, "Closed circle", "private").await;
    let decided = decide(&mut editor, id, &[("group_id", &group.to_string())]).await;
    assert_eq!(decided.status, 303, "{}", decided.body);

    // A forged or missing link finds nothing.
    let status = submitter.get(&status_path).await;
    let reference = status.hidden_field("reference");
    let mut stranger = app.browser();
    let token = csrf(&mut stranger, "/en/collaborate").await;
    for forged in ["", "not-the-signature"] {
        let tried = stranger
            .post_form(
                "/en/collaborate/status/offer/accept",
                &[
                    ("csrf", &token),
                    ("token", forged),
                    ("reference", &reference),
                ],
            )
            .await;
        assert_eq!(tried.status, 404, "token {forged:?}");
    }
    let no_token = stranger
        .get(&format!(
            "/en/collaborate/status/offer/account?reference={reference}&token="
        ))
        .await;
    assert_eq!(no_token.status, 404);

    // An evaluator reads the offer but does not revise it; nor does anyone
    // without a staff role.
    let review = evaluator.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(review.body.contains("Waiting for an answer"));
    assert!(!review.body.contains("Revise the offer"));
    let fields = [
        ("csrf", review.hidden_field("csrf")),
        ("role", "coordinator".to_string()),
        ("offer_message", "Coordinate it!".to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let tried = evaluator
        .post_form(&format!("/en/staff/proposals/{id}/offer"), &fields)
        .await;
    assert_eq!(tried.status, 403);
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "member@example.org", "en").await;
    let token = csrf(&mut member, "/en/account").await;
    let tried = member
        .post_form(
            &format!("/en/staff/proposals/{id}/offer"),
            &[
                ("csrf", &token),
                ("role", "coordinator"),
                ("offer_message", "x"),
            ],
        )
        .await;
    assert_eq!(tried.status, 403);
    let offered = stored_offer(&app, id).await;
    assert_eq!(
        (offered.revision, offered.role),
        (1, Some(MemberRole::Member))
    );

    // A revision made while the submitter had the page open: their answer
    // to the old version is refused, not applied to the new one.
    let stale = submitter.get(&status_path).await;
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    let revised = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/offer"),
            &[
                ("csrf", &review.hidden_field("csrf")),
                ("role", "observer"),
                ("offer_message", "As an observer first."),
            ],
        )
        .await;
    assert_eq!(revised.status, 303);
    let accepted_stale = answer_from(&mut submitter, &stale, "en", ("accept", &[])).await;
    assert_eq!(accepted_stale.status, 409);
    let offered = stored_offer(&app, id).await;
    assert_eq!((offered.revision, offered.status), (2, Status::Sent));
    let declined = answer(&mut submitter, &status_path, "en", ("decline", &[])).await;
    assert_eq!(
        declined.status, 303,
        "the fresh page answers the new version"
    );
    assert_eq!(stored_offer(&app, id).await.status, Status::Declined);
}

/// A member registered in `lang` who completed their profile.
async fn member_with_profile(
    app: &TestApp,
    email: &str,
    lang: &str,
    profile: &[(&str, &str)],
) -> Browser {
    let mut browser = app.browser();
    register_and_confirm(app, &mut browser, email, lang).await;
    let token = csrf(&mut browser, &format!("/{lang}/account")).await;
    let mut form = vec![("csrf", token.as_str()), ("account_type", "individual")];
    form.extend_from_slice(profile);
    let saved = browser
        .post_form(&at(&format!("/{lang}/account")), &form)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    browser
}

#[tokio::test]
async fn editors_find_members_and_invite_them_directly() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Restorative schools", "public").await;
    let mut amina = member_with_profile(
        &app,
        "amina@example.org",
        "fr",
        &[
            ("full_name", "Amina Diallo"),
            ("country", "SN"),
            ("languages", "fr"),
            ("lines", "restorative-justice"),
            ("specialisation", "Médiation pénale pour mineurs à Dakar."),
        ],
    )
    .await;
    member_with_profile(
        &app,
        "tom@example.org",
        "en",
        &[
            ("full_name", "Tom Baker"),
            ("country", "GB"),
            ("languages", "en"),
            ("lines", "restorative-justice"),
        ],
    )
    .await;
    let invite = format!("/en/staff/groups/{group}/invite");

    // Each criterion narrows the search; words match the specialisation.
    let by_line = editor
        .get(&format!("{invite}?line=restorative-justice"))
        .await;
    assert!(by_line.body.contains("Amina Diallo") && by_line.body.contains("Tom Baker"));
    let by_country = editor.get(&format!("{invite}?country=SN")).await;
    assert!(by_country.body.contains("Amina Diallo"));
    assert!(!by_country.body.contains("Tom Baker"));
    let by_language = editor.get(&format!("{invite}?language=en")).await;
    assert!(!by_language.body.contains("Amina Diallo"));
    let by_words = editor.get(&format!("{invite}?text=MÉDIATION+dakar")).await;
    assert!(by_words.body.contains("Amina Diallo"), "{}", by_words.body);
    assert!(
        by_words
            .body
            .contains("Médiation pénale pour mineurs à Dakar.")
    );
    assert!(!by_words.body.contains("Tom Baker"));
    let nobody = editor.get(&format!("{invite}?text=astronomy")).await;
    assert!(nobody.body.contains("No member matches this search."));

    // The offer to Amina: the message is required; then it goes, in French.
    let amina_id = app.user_id("amina@example.org").await;
    let person = format!("/en/staff/groups/{group}/invite/{amina_id}");
    let form = editor.get(&person).await;
    assert!(
        form.body.contains("Français"),
        "the language it will be sent in"
    );
    let token = form.hidden_field("csrf");
    let silent = editor
        .post_form(&person, &[("csrf", &token), ("role", "coordinator")])
        .await;
    assert_eq!(silent.status, 422);
    assert!(
        silent
            .body
            .contains("Write a few words to go with the invitation.")
    );
    assert!(
        silent
            .body
            .contains("<option value=\"coordinator\" selected>")
    );
    let sent = editor
        .post_form(
            &person,
            &[
                ("csrf", &token),
                ("role", "coordinator"),
                ("hours_per_month", "10"),
                (
                    "invite_message",
                    "Your work in Dakar is what the group needs.",
                ),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let twice = editor
        .post_form(
            &person,
            &[
                ("csrf", &token),
                ("role", "member"),
                ("invite_message", "Again?"),
            ],
        )
        .await;
    assert_eq!(twice.status, 409, "one invitation waits at a time");
    let mail = app
        .mail
        .wait_for_subject("amina@example.org", "Une invitation au groupe de travail")
        .await;
    let text = mail.decoded();
    assert!(text.contains("Your work in Dakar is what the group needs."));
    assert!(text.contains("Rôle offert : Coordination"), "{text}");
    assert!(text.contains("Environ 10 heures par mois."));
    assert!(
        text.contains("Sur la page de l'invitation, vous pouvez l'accepter"),
        "answered on the invitation's page, not a proposal's"
    );
    assert!(
        text.contains("Répondre à l'invitation :"),
        "French punctuation"
    );

    // Only Amina sees it; she suggests other terms.
    let offer_id = offer::Entity::find()
        .filter(offer::Column::UserId.eq(amina_id))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let page = format!("/fr/account/invitations/{offer_id}");
    let mut tom = app.browser();
    log_in(&mut tom, "en", "tom@example.org", PASSWORD).await;
    assert_eq!(
        tom.get(&format!("/en/account/invitations/{offer_id}"))
            .await
            .status,
        404
    );
    assert_eq!(app.browser().get(&page).await.status, 303, "log in first");
    let list = amina.get("/fr/account/invitations").await;
    assert!(list.body.contains("Restorative schools"));
    assert!(list.body.contains("En attente de réponse"));
    let open = amina.get(&page).await;
    assert!(
        open.body
            .contains("Your work in Dakar is what the group needs.")
    );
    let countered = amina
        .post_form(
            &format!("{page}/counter"),
            &[
                ("csrf", &open.hidden_field("csrf")),
                ("revision", &open.hidden_field("revision")),
                ("counter_role", "member"),
                (
                    "counter_message",
                    "Membre d'abord, je coordonnerai l'an prochain.",
                ),
            ],
        )
        .await;
    assert_eq!(countered.status, 303);
    let told = app
        .mail
        .wait_for_subject(
            "editor@example.org",
            "suggested other terms for Restorative schools",
        )
        .await;
    assert!(told.decoded().contains("je coordonnerai l'an prochain"));

    // The editor answers with a revision starting from her terms; she accepts.
    let invitations = editor.get(&invite).await;
    assert!(invitations.body.contains("Other terms suggested"));
    let form = editor.get(&person).await;
    assert!(form.body.contains("<option value=\"member\" selected>"));
    let revised = editor
        .post_form(
            &person,
            &[
                ("csrf", &form.hidden_field("csrf")),
                ("role", "member"),
                ("invite_message", "Member it is."),
            ],
        )
        .await;
    assert_eq!(revised.status, 303);
    let open = amina.get(&page).await;
    assert!(open.body.contains("version 2"));
    let accepted = amina
        .post_form(
            &format!("{page}/accept"),
            &[
                ("csrf", &open.hidden_field("csrf")),
                ("revision", &open.hidden_field("revision")),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303);
    let done = amina.get(accepted.location()).await;
    assert!(
        done.body
            .contains("Vous êtes désormais membre du groupe de travail.")
    );
    let membership = group_member::Entity::find_by_id((group, amina_id))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("a member");
    assert_eq!(membership.role, MemberRole::Member);
    app.mail
        .wait_for_subject(
            "editor@example.org",
            "accepted the invitation to Restorative schools",
        )
        .await;
    let found = editor.get(&format!("{invite}?country=SN")).await;
    assert!(found.body.contains("Already a member of the group"));

    // An evaluator does not invite; the export has the invitation.
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(evaluator.get(&invite).await.status, 403);
    let export = amina.get("/fr/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(data["offers"][0]["status"], "accepted");
    assert_eq!(data["offers"][0]["role"], "member");
}

#[tokio::test]
async fn a_decline_naming_a_child_is_flagged_then_sent_with_the_name_hidden() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        id,
        mut editor,
        ..
    } = app.proposal().in_review().await;
    let decided = decide(
        &mut editor,
        id,
        &[
            ("decision", "individual-action"),
            ("role", ""),
            ("action", "Peer review of the 2027 report"),
        ],
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let reason = "I now accompany Tom Baker, 14, every evening, so I have no time.";
    let status = submitter.get(&status_path).await;
    let warned = answer_from(
        &mut submitter,
        &status,
        "en",
        ("decline", &[("decline_reason", reason)]),
    )
    .await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("“Tom Baker”"), "{}", warned.body);
    assert!(
        warned.body.contains(reason),
        "the reason comes back as typed"
    );
    assert_eq!(
        warned
            .body
            .matches("name=\"safeguarding_confirmation\"")
            .count(),
        1,
        "one box, in the decline form"
    );
    let decline_form = &warned.body[warned.body.find("/offer/decline").unwrap()..];
    assert!(decline_form.contains("name=\"safeguarding_confirmation\""));
    assert_eq!(stored_offer(&app, id).await.status, Status::Sent);

    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let declined = answer_from(
        &mut submitter,
        &status,
        "en",
        (
            "decline",
            &[
                ("decline_reason", reason),
                ("safeguarding_confirmation", &confirmation),
            ],
        ),
    )
    .await;
    assert_eq!(declined.status, 303);
    let stored = stored_offer(&app, id).await;
    assert_eq!(
        stored.answer_message,
        "I now accompany [name of a child], 14, every evening, so I have no time."
    );
    let told = app
        .mail
        .wait_for_subject("editor@example.org", "declined the offer")
        .await
        .decoded();
    assert!(!told.contains("Tom Baker"), "{told}");
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(!review.body.contains("Tom Baker"));
    assert!(review.body.contains("An answer to an offer"));
    assert_eq!(
        (review.body)
            .matches("/en/staff/safeguarding/details/")
            .count(),
        1
    );

    // Revised, the offer is sent again without the answer: its detail goes.
    assert_eq!(revise_action(&mut editor, &review, id).await.status, 303);
    let details = observatory::safeguarding::entities::detail::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(details.is_empty(), "{details:?}");

    // Once the proposal's texts are erased, the offer takes no answer.
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::SensitiveErasedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(proposal::Column::Id.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
    // The revision as it now stands, so only the erasure refuses it.
    let revision = stored_offer(&app, id).await.revision.to_string();
    let late = submitter
        .post_form(
            "/en/collaborate/status/offer/decline",
            &[
                ("csrf", &status.hidden_field("csrf")),
                ("token", &status.hidden_field("token")),
                ("reference", &status.hidden_field("reference")),
                ("revision", &revision),
                ("decline_reason", "No time."),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    assert_eq!(stored_offer(&app, id).await.status, Status::Sent);
    let page = submitter.get(&status_path).await;
    assert!(!page.body.contains("/offer/decline"), "no answer forms");
}
