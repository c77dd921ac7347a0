//! The library: the international standards (each instrument's page lists
//! its articles with their short titles, and the resources citing each),
//! the resources editors write, of every kind, and what the public sees of
//! them: only the published, with filters, citations and related ones.

use observatory::web::Role;

use crate::{
    accounts::register_and_confirm,
    helpers::{Browser, TestApp},
    scenario::csrf,
};

#[tokio::test]
async fn the_standards_are_listed_and_read_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();

    let home = visitor.get("/en/library").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("International standards"));
    for name in [
        "Convention on the Rights of the Child",
        "(the Beijing Rules)",
        "(the Riyadh Guidelines)",
        "(the Havana Rules)",
        "(the Tokyo Rules)",
    ] {
        assert!(home.body.contains(name), "{name}");
    }
    assert!(
        home.body
            .contains("href=\"/en/library/standards/havana-rules\"")
    );
    let menu = visitor.get("/en/about").await;
    assert!(
        menu.body.contains("href=\"/en/library\""),
        "in the main menu"
    );

    let convention = visitor.get("/es/biblioteca/standards/crc").await;
    assert_eq!(convention.status, 200);
    assert!(
        convention
            .body
            .contains("Convención sobre los Derechos del Niño")
    );
    assert!(convention.body.contains("id=\"article-40\""));
    assert!(convention.body.contains("Artículo 40"));
    assert!(
        convention
            .body
            .contains("El derecho del niño a ser escuchado")
    );
    let rules = visitor
        .get("/fr/bibliotheque/standards/beijing-rules")
        .await;
    assert!(rules.body.contains("Règle 11"));
    assert!(rules.body.contains("Déjudiciarisation"));
    // The English address under another language leads to its own.
    let moved = visitor.get("/fr/library/standards/crc").await;
    assert_eq!(moved.status, 308);
    assert_eq!(moved.location(), "/fr/bibliotheque/standards/crc");

    assert_eq!(
        visitor.get("/en/library/standards/nowhere").await.status,
        404
    );
}

/// The fields of a resource written in Spanish about Chile, without its
/// kind's facts; `extra` adds or replaces fields.
pub(crate) fn chilean<'a>(title: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title_es", title),
        (
            "summary_es",
            "Describe la mediación penal juvenil y sus resultados en las regiones.",
        ),
        ("original_language", "es"),
        ("authors", "Pérez, M.; Soto, A."),
        ("issued", "2019-05"),
        ("country", "CL"),
        ("region", "international"),
        ("lines", "restorative-justice"),
        ("tags", "mediación, víctimas"),
        ("age_group", "14-17"),
        ("link", ""),
        ("source", "Ministerio de Justicia de Chile"),
        ("licence", "cc-by"),
        ("cites", "crc:40"),
        ("state", "published"),
    ];
    for (name, value) in extra {
        match fields.iter_mut().find(|(field, _)| field == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
}

/// Writes a resource of `kind` from the editors' form; its number.
pub(crate) async fn write_resource(
    editor: &mut Browser,
    kind: &str,
    fields: &[(&str, &str)],
) -> i32 {
    let path = format!("/en/staff/library/new/{kind}");
    let token = csrf(editor, &path).await;
    let mut sent = vec![("csrf", token.as_str())];
    sent.extend_from_slice(fields);
    let saved = editor.post_form(&path, &sent).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved
        .location()
        .trim_start_matches("/en/staff/library/")
        .trim_end_matches("?saved=true")
        .parse()
        .expect("the new resource's number")
}

#[tokio::test]
async fn the_observatorys_reports_are_the_librarys_first_research() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();

    let home = visitor.get("/en/library").await;
    assert!(home.body.contains("Research</a> (5)"), "{}", home.body);
    assert!(home.body.contains("Legislation</a> (0)"));
    let list = visitor.get("/es/biblioteca/resources?kind=research").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("5 recursos"));
    assert!(
        list.body
            .contains("La reinserción social de los jóvenes infractores")
    );

    let id = resource_titled(&app, "Measures of deprivation of liberty").await;
    let page = visitor
        .get(&format!("/fr/bibliotheque/resources/{id}"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Mesures privatives de liberté"));
    assert!(page.body.contains("Tous droits réservés"));
    assert!(
        page.body
            .contains("href=\"/fr/bibliotheque/standards/crc#article-37\""),
        "it links to the article it cites"
    );
    // APA: a title ending with its own question mark takes no full stop.
    assert!(
        page.body
            .contains("alternatives à la détention ?</cite> http://")
    );

    let bibtex = visitor
        .get(&format!("/en/library/resources/{id}/cite.bib"))
        .await;
    assert!(
        bibtex.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/x-bibtex")
    );
    assert!(
        bibtex
            .body
            .starts_with(&format!("@techreport{{observatory-{id},"))
    );
    assert!(
        bibtex
            .body
            .contains("author = {{International Juvenile Justice Observatory (IJJO)}}")
    );
    let ris = visitor
        .get(&format!("/es/biblioteca/resources/{id}/cite.ris"))
        .await;
    assert!(ris.body.starts_with("TY  - RPRT\r\n"));
    assert!(ris.body.contains("TI  - Medidas privativas de libertad"));
    assert!(ris.body.ends_with("ER  -\r\n"));

    let convention = visitor.get("/en/library/standards/crc").await;
    let article = &convention.body[convention.body.find("id=\"article-37\"").unwrap()..];
    let article = &article[..article.find("<dt").unwrap_or(article.len())];
    assert!(article.contains("Resources citing it"));
    assert!(article.contains(&format!("href=\"/en/library/resources/{id}\"")));

    for missing in ["/en/library/resources/9999", "/en/library/resources/x"] {
        assert_eq!(visitor.get(missing).await.status, 404, "{missing}");
    }
}

async fn resource_titled(app: &TestApp, title_start: &str) -> i32 {
    use observatory::library::entities::resource;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    resource::Entity::find()
        .filter(resource::Column::TitleEn.starts_with(title_start))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the resource")
        .id
}

#[tokio::test]
async fn editors_write_each_kind_and_the_public_sees_only_what_is_published() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();

    let law = write_resource(
        &mut editor,
        "legislation",
        &chilean(
            "Ley de responsabilidad penal adolescente",
            &[
                ("jurisdiction", "Chile"),
                ("instrument_kind", "law"),
                ("adopted_on", "2005-11-07"),
                ("in_force_from", "2007-06-08"),
                ("state", "draft"),
            ],
        ),
    )
    .await;
    // A draft is nowhere public.
    let path = format!("/es/biblioteca/resources/{law}");
    assert_eq!(visitor.get(&path).await.status, 404);
    assert!(
        !visitor
            .get("/es/biblioteca/resources")
            .await
            .body
            .contains("Ley de responsabilidad")
    );
    assert!(
        !visitor
            .get("/sitemap.xml")
            .await
            .body
            .contains(&format!("/resources/{law}<"))
    );
    assert_eq!(
        visitor
            .get(&format!("/en/library/resources/{law}/cite.bib"))
            .await
            .status,
        404
    );

    // Published from its page, it is public at once.
    let form = editor.get(&format!("/en/staff/library/{law}")).await;
    let (token, version) = (form.hidden_field("csrf"), form.hidden_field("version"));
    let mut fields = chilean(
        "Ley de responsabilidad penal adolescente",
        &[
            ("jurisdiction", "Chile"),
            ("instrument_kind", "law"),
            ("adopted_on", "2005-11-07"),
            ("in_force_from", "2007-06-08"),
        ],
    );
    fields.extend([("csrf", token.as_str()), ("version", version.as_str())]);
    let published = editor
        .post_form(&format!("/en/staff/library/{law}"), &fields)
        .await;
    assert_eq!(published.status, 303, "{}", published.body);
    // The same form sent again would undo what was saved since it was
    // filled: refused.
    let stale = editor
        .post_form(&format!("/en/staff/library/{law}"), &fields)
        .await;
    assert_eq!(stale.status, 409);
    let page = visitor.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Ley de responsabilidad penal adolescente")
    );
    assert!(page.body.contains("7 de noviembre de 2005"), "adopted on");
    assert!(page.body.contains("Adolescentes de 14 a 17 años"));
    assert!(
        visitor
            .get("/sitemap.xml")
            .await
            .body
            .contains(&format!("/es/biblioteca/resources/{law}<"))
    );
    // Read in English, it says it is shown in Spanish, marked as such.
    let english = visitor.get(&format!("/en/library/resources/{law}")).await;
    assert!(english.body.contains("not written in English yet"));
    assert!(
        english
            .body
            .contains("<h1 lang=\"es\">Ley de responsabilidad")
    );

    let amendment = write_resource(
        &mut editor,
        "legislation",
        &chilean(
            "Reforma de la ley de responsabilidad penal adolescente",
            &[
                ("jurisdiction", "Chile"),
                ("instrument_kind", "law"),
                ("issued", "2022"),
                ("amends", &law.to_string()),
            ],
        ),
    )
    .await;
    let amending = visitor
        .get(&format!("/en/library/resources/{amendment}"))
        .await;
    assert!(amending.body.contains("Amends"));
    assert!(
        amending
            .body
            .contains(&format!("href=\"/en/library/resources/{law}\""))
    );

    let ruling = write_resource(
        &mut editor,
        "case-law",
        &chilean(
            "Sentencia sobre la internación provisoria",
            &[
                ("court", "Corte Suprema de Chile"),
                ("case_number", "Rol 1234-2019"),
                ("decided_on", "2019-08-21"),
                (
                    "outcome",
                    "Se sustituye la internación por una medida en libertad.",
                ),
            ],
        ),
    )
    .await;
    let practice = write_resource(
        &mut editor,
        "good-practice",
        &[
            ("title_en", "Family group conferences in Wellington"),
            (
                "summary_en",
                "Conferences bring the young person, the family and the victim together.",
            ),
            ("original_language", "en"),
            ("authors", "Youth Justice Trust"),
            ("issued", "2016"),
            ("country", "NZ"),
            ("lines", "restorative-justice"),
            ("age_group", "minors"),
            ("licence", "unknown"),
            ("organisation", "Youth Justice Trust"),
            ("period_from", "2012"),
            ("period_until", "2016"),
            ("evaluation", "yes"),
            ("state", "published"),
        ],
    )
    .await;
    let found = visitor
        .get(&format!("/fr/bibliotheque/resources/{practice}"))
        .await;
    assert!(found.body.contains("Une évaluation est disponible"));
    assert!(found.body.contains("2012–2016"));
    let decision = visitor
        .get(&format!("/en/library/resources/{ruling}"))
        .await;
    assert!(decision.body.contains("Corte Suprema de Chile"));
    assert!(decision.body.contains("Rol 1234-2019"));
    // Resources sharing its line of work and the article it cites.
    let related = &decision.body[decision.body.find("Related resources").unwrap()..];
    for id in [law, amendment, practice] {
        assert!(
            related.contains(&format!("/en/library/resources/{id}\"")),
            "{id}"
        );
    }

    // Filters narrow the list; each choice says how many it keeps.
    let chile = visitor.get("/en/library/resources?country=CL").await;
    assert!(chile.body.contains("3 resources"), "{}", chile.body);
    assert!(chile.body.contains("Legislation</a> (2)"));
    assert!(chile.body.contains("Case law</a> (1)"));
    assert!(!chile.body.contains("Family group conferences"));
    let latin_law = visitor
        .get("/en/library/resources?region=latin-america&kind=legislation&year=2022")
        .await;
    assert!(latin_law.body.contains("One resource"));
    assert!(latin_law.body.contains("Reforma de la ley"));
    let restorative = visitor
        .get("/en/library/resources?line=restorative-justice")
        .await;
    assert!(restorative.body.contains("4 resources"));
    let nothing = visitor
        .get("/en/library/resources?kind=poetry&year=abc")
        .await;
    assert_eq!(nothing.status, 200);
    assert!(nothing.body.contains("No resource matches"));
    let home = visitor.get("/en/library").await;
    assert!(home.body.contains("Legislation</a> (2)"));
    assert!(home.body.contains("Good practices</a> (1)"));
}

#[tokio::test]
async fn the_resource_form_names_each_problem_in_the_writers_language_and_keeps_the_rest() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let token = csrf(&mut editor, "/fr/staff/library/new/legislation").await;
    let mut fields = chilean(
        "Ley de responsabilidad penal adolescente",
        &[
            ("summary_fr", "Un résumé sans son titre."),
            ("issued", "2019-13"),
            ("link", "javascript:alert(1)"),
            ("in_force_from", "2007-06-08"),
            ("in_force_until", "2001-01-01"),
            ("amends", "4242"),
        ],
    );
    fields.push(("csrf", &token));
    let refused = editor
        .post_form("/fr/staff/library/new/legislation", &fields)
        .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Donnez aussi le titre dans cette langue",
        "Écrivez la date sous la forme d’une année",
        "Donnez une adresse web complète",
        "Indiquez la juridiction",
        "Choisissez le type d’instrument",
        "La fin ne peut pas précéder le début",
        "Aucune législation de la bibliothèque ne porte ce numéro",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    // What was typed comes back.
    assert!(
        refused
            .body
            .contains("value=\"Ley de responsabilidad penal adolescente\"")
    );
    assert_eq!(refused.textarea("summary_fr"), "Un résumé sans son titre.");
    assert!(refused.body.contains("value=\"crc:40\" checked"));
    assert!(
        refused
            .body
            .contains("value=\"restorative-justice\" checked")
    );
    assert!(refused.body.contains("<option value=\"CL\" selected>"));
    // Nothing was stored.
    use observatory::library::entities::resource;
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        resource::Entity::find().count(&app.state.db).await.unwrap(),
        5
    );
}

#[tokio::test]
async fn only_editors_write_resources() {
    let app = TestApp::spawn().await;
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(evaluator.get("/en/staff/library").await.status, 403);
    let token = csrf(&mut evaluator, "/en/account").await;
    let mut fields = chilean("Ley", &[]);
    fields.push(("csrf", &token));
    let attempt = evaluator
        .post_form("/en/staff/library/new/research", &fields)
        .await;
    assert_eq!(attempt.status, 403);
    let mut visitor = app.browser();
    let anonymous = visitor.get("/en/staff/library/new/research").await;
    assert_eq!(anonymous.status, 303, "sent to log in");

    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let list = editor.get("/en/staff/library").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body
            .contains("href=\"/en/staff/library/new/case-law\"")
    );
    assert!(list.body.contains("Save money, protect society"));
    assert_eq!(editor.get("/en/staff/library/new/poetry").await.status, 404);
    assert_eq!(editor.get("/en/staff/library/9999").await.status, 404);
}

/// What the member's contribution form sends: `send` is `draft` or
/// `review`.
pub(crate) fn contribution<'a>(title: &'a str, send: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = chilean(title, &[("send", send)]);
    fields.retain(|(name, _)| *name != "state");
    fields
}

async fn moderate(editor: &mut Browser, id: i32, step: &str, reason: &str) -> crate::helpers::Page {
    let token = csrf(editor, &format!("/en/staff/library/{id}")).await;
    editor
        .post_form(
            &format!("/en/staff/library/{id}/moderate"),
            &[("csrf", &token), ("step", step), ("reason", reason)],
        )
        .await
}

#[tokio::test]
async fn a_member_contributes_the_committee_returns_it_and_publishes_the_correction() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "lucia@example.org", "es").await;
    let kinds = member.get("/es/biblioteca/contribute").await;
    assert!(
        kinds
            .body
            .contains("href=\"/es/biblioteca/contribute/case-law\"")
    );

    // A draft first: only she sees it.
    let token = csrf(&mut member, "/es/biblioteca/contribute/research").await;
    let mut fields = contribution("Mediación penal juvenil en Chile", "draft");
    fields.push(("csrf", &token));
    let kept = member
        .post_form("/es/biblioteca/contribute/research", &fields)
        .await;
    assert_eq!(kept.status, 303, "{}", kept.body);
    let mine = kept.location().trim_end_matches("?saved=true").to_string();
    let id: i32 = mine.rsplit('/').next().unwrap().parse().unwrap();
    let page = member.get(kept.location()).await;
    assert!(page.body.contains("Borrador"));
    assert!(page.body.contains("Solo usted puede verla"));
    let mut visitor = app.browser();
    assert_eq!(
        visitor
            .get(&format!("/es/biblioteca/resources/{id}"))
            .await
            .status,
        404
    );
    let mut other = app.browser();
    register_and_confirm(&app, &mut other, "otro@example.org", "es").await;
    assert_eq!(other.get(&mine).await.status, 404, "not someone else's");

    // Sent to the committee, it leaves her hands; editors hear of it.
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let staff_list = editor.get("/en/staff/library").await;
    assert!(
        !staff_list.body.contains("Mediación penal juvenil en Chile"),
        "a member's draft is hers until she sends it"
    );
    let token = csrf(&mut member, &mine).await;
    let mut fields = contribution("Mediación penal juvenil en Chile", "review");
    fields.push(("csrf", &token));
    assert_eq!(member.post_form(&mine, &fields).await.status, 303);
    let sent = member.get(&mine).await;
    assert!(sent.body.contains("El comité técnico la ha recibido"));
    assert!(!sent.body.contains("name=\"title_es\""), "no form any more");
    let late = member.post_form(&mine, &fields).await;
    assert_eq!(late.status, 409, "the committee's now");
    let alert = app
        .mail
        .wait_for_text("editor@example.org", &format!("/en/staff/library/{id}"))
        .await;
    assert!(alert.decoded().contains("Mediación penal juvenil en Chile"));

    let waiting = editor.get("/en/staff/library?state=submitted").await;
    assert!(waiting.body.contains("Mediación penal juvenil en Chile"));
    assert!(!waiting.body.contains("Save money, protect society"));
    assert_eq!(
        moderate(&mut editor, id, "start-review", "").await.status,
        303
    );
    assert!(
        member
            .get(&mine)
            .await
            .body
            .contains("El comité técnico la está revisando")
    );
    assert_eq!(
        moderate(&mut editor, id, "start-review", "").await.status,
        409,
        "once"
    );

    // Returned: the reasons are required, and reach her in Spanish.
    let unexplained = moderate(&mut editor, id, "return", "  ").await;
    assert_eq!(unexplained.status, 422);
    assert!(
        unexplained
            .body
            .contains("Say what the contributor should change.")
    );
    let reason = "Añada el enlace al informe completo.";
    assert_eq!(
        moderate(&mut editor, id, "return", reason).await.status,
        303
    );
    let mail = app.mail.wait_for_text("lucia@example.org", reason).await;
    assert!(mail.decoded().contains("Mediación penal juvenil en Chile"));
    let correct = mail.link_containing(&format!("/es/account/contributions/{id}"));
    let returned = member.get(&crate::accounts::path_of(&correct)).await;
    assert!(returned.body.contains("Lo que el comité le pide cambiar"));
    assert!(returned.body.contains(reason));
    assert!(
        returned.body.contains("name=\"title_es\""),
        "she may correct it"
    );

    // Corrected and sent again; then published.
    let token = csrf(&mut member, &mine).await;
    let mut fields = contribution("Mediación penal juvenil en Chile", "review");
    fields.push(("link", "https://example.org/informe.pdf"));
    fields.retain(|(name, value)| *name != "link" || !value.is_empty());
    fields.push(("csrf", &token));
    assert_eq!(member.post_form(&mine, &fields).await.status, 303);
    assert_eq!(moderate(&mut editor, id, "publish", "").await.status, 303);
    let published = app
        .mail
        .wait_for_text(
            "lucia@example.org",
            &format!("/es/biblioteca/resources/{id}"),
        )
        .await;
    assert!(published.decoded().contains("publicado"));
    let public = visitor.get(&format!("/es/biblioteca/resources/{id}")).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("https://example.org/informe.pdf"));
    let list = member.get("/es/account/contributions").await;
    assert!(list.body.contains("Publicado"));
    assert_eq!(moderate(&mut editor, id, "publish", "").await.status, 409);
}

/// Contributes a resource as `member` and sends it to the committee; its
/// number.
async fn contribute(member: &mut Browser, title: &str) -> i32 {
    let token = csrf(member, "/en/library/contribute/research").await;
    let mut fields = contribution(title, "review");
    fields.push(("csrf", &token));
    let sent = member
        .post_form("/en/library/contribute/research", &fields)
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    sent.location()
        .trim_start_matches("/en/account/contributions/")
        .trim_end_matches("?saved=true")
        .parse()
        .expect("the contribution's number")
}

#[tokio::test]
async fn a_members_contributions_are_in_their_data_and_only_the_published_outlive_the_account() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "lucia@example.org", "en").await;
    let published = contribute(&mut member, "Mediación penal juvenil en Chile").await;
    let pending = contribute(&mut member, "Justicia juvenil en Bolivia").await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    assert_eq!(
        moderate(&mut editor, published, "publish", "").await.status,
        303
    );

    let export = member.get("/en/account/data").await;
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let contributions = json["library_contributions"].as_array().unwrap();
    assert_eq!(contributions.len(), 2);
    assert_eq!(
        contributions[0]["title"]["es"],
        "Mediación penal juvenil en Chile"
    );
    assert_eq!(contributions[0]["state"], "published");
    assert_eq!(contributions[1]["state"], "submitted");

    // An editor gave the pending one a cover.
    let cover = crate::images::jpeg(800, 600);
    let covered = crate::images::send_cover(
        &mut editor,
        pending,
        &crate::images::ALL_ALTS,
        Some(("cover.jpg", cover)),
    )
    .await;
    assert_eq!(covered.status, 303, "{}", covered.body);

    let token = csrf(&mut member, "/en/account/delete").await;
    let deleted = member
        .post_form(
            "/en/account/delete",
            &[
                ("csrf", &token),
                ("current_password", crate::accounts::PASSWORD),
            ],
        )
        .await;
    assert!(deleted.body.contains("deleted"), "{}", deleted.body);
    use observatory::library::entities::resource;
    use sea_orm::EntityTrait;
    let kept = resource::Entity::find_by_id(published)
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the published resource stays");
    assert_eq!(kept.contributor_id, None);
    assert!(
        resource::Entity::find_by_id(pending)
            .one(&app.state.db)
            .await
            .unwrap()
            .is_none(),
        "an unpublished contribution goes with the account"
    );
    // Its cover is no longer in use: the purge of unused pictures takes it.
    use observatory::images::image;
    let pictures = image::Entity::find().all(&app.state.db).await.unwrap();
    assert_eq!(pictures.len(), 1);
    assert!(!pictures[0].in_use, "the cover is let go");
    let mut visitor = app.browser();
    let public = visitor
        .get(&format!("/en/library/resources/{published}"))
        .await;
    assert_eq!(public.status, 200);
}

#[tokio::test]
async fn the_feeds_follow_what_is_published_of_every_kind_or_of_one() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let law_facts = [("jurisdiction", "Chile"), ("instrument_kind", "law")];
    let law = write_resource(
        &mut editor,
        "legislation",
        &chilean("Ley de responsabilidad penal adolescente", &law_facts),
    )
    .await;
    let mut draft = law_facts.to_vec();
    draft.push(("state", "draft"));
    write_resource(
        &mut editor,
        "legislation",
        &chilean("Proyecto de ley todavía en borrador", &draft),
    )
    .await;

    let mut reader = app.browser();
    let feed = reader.get("/en/library/feed").await;
    assert_eq!(feed.status, 200);
    assert!(
        feed.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let base = app.state.settings.base_url.as_str().trim_end_matches('/');
    assert!(
        feed.body
            .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    );
    assert!(
        feed.body
            .contains("<title>New in the observatory&#39;s library</title>")
    );
    // A resource written only in Spanish comes in Spanish, marked so.
    assert!(
        feed.body.contains(&format!(
            "<entry xml:lang=\"es\">\n    <id>{base}/en/library/resources/{law}</id>"
        )),
        "{}",
        feed.body
    );
    assert!(feed.body.contains("Save money, protect society"));
    assert!(!feed.body.contains("todavía en borrador"), "no draft");
    assert_eq!(feed.body.matches("<entry").count(), 6);

    let laws = reader.get("/es/biblioteca/feed/legislation").await;
    assert!(
        laws.body
            .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es\">")
    );
    assert!(
        laws.body
            .contains(&format!("<id>{base}/es/biblioteca/resources/{law}</id>"))
    );
    assert_eq!(laws.body.matches("<entry").count(), 1);
    assert!(laws.body.contains("<category term=\"Legislación\"/>"));
    assert_eq!(reader.get("/en/library/feed/poetry").await.status, 404);
    let home = reader.get("/fr/bibliotheque").await;
    assert!(home.body.contains("type=\"application/atom+xml\""));
    assert!(home.body.contains("href=\"/fr/bibliotheque/feed\""));
}
