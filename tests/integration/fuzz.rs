//! Arbitrary input against the real application: query strings on every
//! page (public and staff, signed in or not), url-encoded bodies with a valid
//! CSRF token to every public form and to the staff's forms, multipart
//! bodies to the collaboration form, and arbitrary `Accept-Language` and
//! `Cookie` headers. Whatever is sent, the answer (and the page a redirect
//! leads to) is never a server error, and the site keeps serving.
//!
//! Cases come from proptest's runner, which is synchronous: it runs on a
//! blocking thread and sends each request through this test's runtime,
//! where the application runs. A failure names the smallest case found.

use std::fmt::Debug;

use observatory::web::Role;
use proptest::{
    prelude::*,
    test_runner::{Config, TestCaseError, TestRunner},
};
use reqwest::{RequestBuilder, header};

use crate::accounts::PASSWORD;
use crate::helpers::{Browser, TestApp};
use crate::scenario::{PDF, assign, csrf, proposal_fields, started_seconds_ago};

/// Cases per property (`FORM_CASES` for the public and for the staff
/// forms each): a few thousand requests in all.
const PAGE_CASES: u32 = 1500;
const FORM_CASES: u32 = 1000;
const MULTIPART_CASES: u32 = 400;
/// Distinct collaboration forms the multipart cases fill in.
const PROPOSALS_AT_MOST: usize = 40;

/// Forms are counted per address; these tests send many from one.
const MANY_FORMS: (&str, &str) = ("OBSERVATORY_FORMS_PER_HOUR", "1000000");

/// Sends one request per case of `strategy` and fails on the first answer
/// that is a server error, or on no answer at all.
async fn never_a_server_error<S>(
    cases: u32,
    strategy: S,
    request: impl Fn(S::Value) -> RequestBuilder + Send + 'static,
) where
    S: Strategy + Send + 'static,
    S::Value: Debug,
{
    let runtime = tokio::runtime::Handle::current();
    let outcome = tokio::task::spawn_blocking(move || {
        let config = Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        };
        TestRunner::new(config)
            .run(&strategy, |case| {
                let status = runtime
                    .block_on(async {
                        let response = request(case).send().await?;
                        let status = response.status();
                        response.bytes().await.map(|_| status)
                    })
                    .map_err(|error| TestCaseError::fail(format!("no answer: {error}")))?;
                prop_assert!(!status.is_server_error(), "answered {}", status);
                Ok(())
            })
            .map_err(|error| error.to_string())
    })
    .await
    .expect("the runner thread ends");
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

/// The site still answers its pages after all that.
async fn still_serving(app: &TestApp) {
    let mut browser = app.browser();
    assert_eq!(browser.get("/healthz").await.status, 200);
    assert_eq!(browser.get("/en/collaborate").await.status, 200);
}

/// The `Cookie` header a browser sends with its cookies.
fn cookie_header(browser: &Browser) -> String {
    browser
        .cookies
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Text a person or a program might put in a field: any text (control
/// characters too, now and then), numbers, dates of any year, words the
/// site knows, and text of up to `longest` characters.
fn any_value(known: Vec<String>, longest: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,30}",
        1 => prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter),
        1 => number(),
        1 => "[+-]?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}",
        1 => date_of_any_year(),
        3 => prop::sample::select(known),
        1 => (0..longest).prop_map(|length| "aé".repeat(length / 2)),
    ]
}

/// A whole number, small (an id that exists) or as large as they come.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        (-3i64..30).prop_map(|n| n.to_string()),
    ]
}

/// A day written as chrono writes it, in any year it knows: a sign
/// before years of more than four digits or before Christ.
fn date_of_any_year() -> impl Strategy<Value = String> {
    (-262_000i32..262_000, 1u32..=12, 1u32..=31).prop_map(|(year, month, day)| {
        let year = match year {
            ..0 => format!("-{:04}", year.unsigned_abs()),
            10_000.. => format!("+{year}"),
            _ => format!("{year:04}"),
        };
        format!("{year}-{month:02}-{day:02}")
    })
}

/// A value for the field `name`: dates and numbers where the site reads
/// them, most often, and any value besides.
fn value_for(name: &str, known: Vec<String>, longest: usize) -> BoxedStrategy<String> {
    let any = any_value(known, longest);
    match name {
        "from" | "to" => prop_oneof![3 => date_of_any_year(), 1 => any].boxed(),
        "page" | "evaluator" | "group_id" | "new_group_line" => {
            prop_oneof![3 => number(), 1 => any].boxed()
        }
        _ => any.boxed(),
    }
}

/// The words the site's forms and filters know, and a real proposal's.
fn known_values(reference: &str, token: &str) -> Vec<String> {
    [
        "en",
        "es",
        "fr",
        "de",
        "individual",
        "entity",
        "ngo",
        "CL",
        "PE",
        "research",
        "restorative-justice",
        "working-group",
        "either",
        "individual-action",
        "not-at-this-time",
        "yes",
        "true",
        "false",
        "on",
        "in-review",
        "submitted",
        "decided",
        "oldest",
        "title",
        "europe",
        "accept",
        "reject",
        "save",
        "/en/account",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "admin@example.org",
        "member@example.org",
        PASSWORD,
        "",
    ]
    .into_iter()
    .map(String::from)
    .chain([reference.to_string(), token.to_string()])
    .collect()
}

/// Names some page or form of the site reads, and any others.
fn field_name() -> impl Strategy<Value = String> {
    let read_somewhere: Vec<&str> = PAGES
        .iter()
        .flat_map(|(_, names)| names.iter().copied())
        .chain(["email", "password", "body", "choice", "return_to", "title"])
        .collect();
    prop_oneof![
        4 => prop::sample::select(read_somewhere).prop_map(String::from),
        1 => "\\PC{0,12}",
    ]
}

/// Name-value pairs, the names most often among `names`.
fn pairs(
    names: &'static [&'static str],
    known: Vec<String>,
    longest: usize,
) -> impl Strategy<Value = Vec<(String, String)>> {
    let name = if names.is_empty() {
        field_name().boxed()
    } else {
        prop_oneof![
            3 => prop::sample::select(names).prop_map(String::from),
            1 => field_name(),
        ]
        .boxed()
    };
    let pair = name.prop_flat_map(move |name| {
        let value = value_for(&name, known.clone(), longest);
        (Just(name), value)
    });
    prop::collection::vec(pair, 0..6)
}

/// Longest text in a query string: URLs stay far below their limit.
const LONGEST_IN_QUERY: usize = 2_000;
/// Longest text in a form field: past the longest any field accepts.
const LONGEST_IN_FORM: usize = 12_000;

/// Bytes as they may follow a form: stray escapes, separators, anything.
fn raw_bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        3 => any::<u8>(),
        1 => prop::sample::select(b"%&=+;".to_vec()),
    ];
    prop::collection::vec(byte, 0..40)
}

/// Any value a header may carry: visible ASCII, tabs and bytes above 0x7F.
fn header_value() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![Just(b'\t'), 0x20u8..0x7f, 0x80u8..=0xff];
    let arbitrary = prop::collection::vec(byte, 0..60);
    let languages = prop::collection::vec(
        (
            prop::sample::select(vec!["en", "fr-CA", "es_419", "de", "*", "", "x-"]),
            prop::sample::select(vec!["", ";q=0", ";q=0.5", ";q=oops", ";q=1e9", ";q=NaN"]),
        ),
        0..5,
    )
    .prop_map(|entries| {
        let entries: Vec<String> = entries
            .into_iter()
            .map(|(t, q)| format!("{t}{q}"))
            .collect();
        entries.join(",").into_bytes()
    });
    let cookies = prop::collection::vec(
        (
            prop::sample::select(vec![
                "obs_lang",
                "obs_consent",
                "obs_session",
                "obs_csrf",
                "x",
            ]),
            "[ -~]{0,20}",
        ),
        0..4,
    )
    .prop_map(|pairs| {
        let pairs: Vec<String> = pairs.into_iter().map(|(n, v)| format!("{n}={v}")).collect();
        pairs.join("; ").into_bytes()
    });
    prop_oneof![arbitrary, languages, cookies]
}

/// A real proposal to point references and tokens at: its reference, id
/// and the token of its status link.
async fn a_proposal(app: &TestApp) -> (String, i32, String) {
    let sent = app.proposal().by("submitter@example.org").send().await;
    let token = sent
        .status_path
        .split("token=")
        .nth(1)
        .expect("the status link has a token")
        .to_string();
    (sent.reference, sent.id, token)
}

const QUEUE: &[&str] = &[
    "state",
    "line",
    "region",
    "language",
    "kind",
    "evaluator",
    "from",
    "to",
    "q",
    "sort",
    "page",
];

/// Every page, with the names its query string is read for; `{lang}`,
/// `{id}` and `{reference}` filled in by each case.
const PAGES: &[(&str, &[&str])] = &[
    ("/", &[]),
    ("/{lang}", &[]),
    ("/{lang}/about", &[]),
    ("/{lang}/reports", &[]),
    ("/{lang}/groups", &[]),
    ("/{lang}/contact", &[]),
    ("/{lang}/cookie-settings", &["saved"]),
    ("/{lang}/collaborate", &[]),
    ("/{lang}/collaborate/sent", &["reference", "confirm"]),
    ("/{lang}/collaborate/confirm", &["token"]),
    ("/{lang}/collaborate/status", &["reference", "token"]),
    ("/{lang}/register", &[]),
    ("/{lang}/register/sent", &[]),
    ("/{lang}/account/confirm", &["token"]),
    ("/{lang}/account/confirm/resend", &[]),
    ("/{lang}/login", &["next", "reset"]),
    ("/{lang}/login/link", &["email"]),
    ("/{lang}/login/link/use", &["token"]),
    ("/{lang}/password-reset", &[]),
    ("/{lang}/password-reset/new", &["token"]),
    ("/{lang}/account", &["saved"]),
    ("/{lang}/account/email/confirm", &["token"]),
    ("/{lang}/account/proposals", &[]),
    ("/{lang}/account/proposals/{reference}", &[]),
    ("/{lang}/staff/proposals", QUEUE),
    ("/{lang}/staff/proposals.csv", QUEUE),
    ("/{lang}/staff/proposals/{id}", &[]),
    (
        "/{lang}/staff/proposals/{id}/decide",
        &[
            "decision",
            "group_id",
            "new_group_name",
            "new_group_line",
            "new_group_description",
            "reply",
            "reply_for",
            "reply_group",
        ],
    ),
    ("/{lang}/staff/dashboard", &[]),
    ("/{lang}/staff/lines", &["saved"]),
    ("/{lang}/admin/users", &["q", "changed"]),
];

#[derive(Debug)]
struct PageCase {
    page: &'static str,
    lang: &'static str,
    /// The id or reference in the path, percent-encoded.
    segment: String,
    query: Query,
    signed_in: bool,
    accept_language: Option<Vec<u8>>,
    cookie: Option<Vec<u8>>,
}

#[derive(Debug)]
enum Query {
    Pairs(Vec<(String, String)>),
    /// Written as it comes; the client escapes what a URL cannot hold.
    Raw(String),
}

impl Query {
    fn written(&self) -> String {
        match self {
            Query::Pairs(pairs) => serde_html_form::to_string(pairs).expect("pairs encode"),
            Query::Raw(text) => text.clone(),
        }
    }
}

#[tokio::test]
async fn arbitrary_query_strings_and_headers_never_break_a_page() {
    let app = TestApp::spawn_with(&[MANY_FORMS]).await;
    let admin = app.staff("admin@example.org", &Role::ALL).await;
    let (reference, id, token) = a_proposal(&app).await;
    let known = known_values(&reference, &token);
    let segment = prop_oneof![
        3 => prop::sample::select(vec![id.to_string(), reference.clone()]),
        1 => prop::sample::select(vec!["0", "-1", "99999999999", "P-2026-0001", "%20", "%FF"])
            .prop_map(String::from),
        1 => "\\PC{0,12}".prop_map(|text| {
            percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC)
                .to_string()
        }),
    ];
    let page_and_query = prop::sample::select(PAGES).prop_flat_map(move |(page, names)| {
        let query = prop_oneof![
            4 => pairs(names, known.clone(), LONGEST_IN_QUERY).prop_map(Query::Pairs),
            1 => "[ -~]{0,40}".prop_map(Query::Raw),
        ];
        (Just(page), query)
    });
    let strategy = (
        page_and_query,
        prop::sample::select(vec!["en", "es", "fr", "de"]),
        segment,
        prop::bool::weighted(0.8),
        prop::option::weighted(0.3, header_value()),
        prop::option::weighted(0.3, header_value()),
    )
        .prop_map(
            |((page, query), lang, segment, signed_in, accept_language, cookie)| PageCase {
                page,
                lang,
                segment,
                query,
                signed_in,
                accept_language,
                cookie,
            },
        );
    let client = reqwest::Client::new();
    let base = app.address.clone();
    let admin_cookies = cookie_header(&admin);
    never_a_server_error(PAGE_CASES, strategy, move |case| {
        let path = case
            .page
            .replace("{lang}", case.lang)
            .replace("{id}", &case.segment)
            .replace("{reference}", &case.segment);
        let mut request = client.get(format!("{base}{path}?{}", case.query.written()));
        if case.signed_in {
            request = request.header(header::COOKIE, &admin_cookies);
        }
        if let Some(value) = case.cookie {
            request = request.header(header::COOKIE, value);
        }
        if let Some(value) = case.accept_language {
            request = request.header(header::ACCEPT_LANGUAGE, value);
        }
        request
    })
    .await;
    still_serving(&app).await;
}

/// A form: where it is sent and the fields it expects, filled in as a
/// person would. Cases change, drop and add fields.
type Form = (String, Vec<(String, String)>);

fn form(path: impl Into<String>, fields: &[(&str, &str)]) -> Form {
    let fields = fields
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    (path.into(), fields)
}

/// The collaboration form as shown at `started`, without its token.
fn proposal_form(started: &str) -> Form {
    let mut proposal = form(
        "/en/collaborate",
        &proposal_fields("", started, "fuzz@example.org", "A title"),
    );
    proposal.1.retain(|(name, _)| name != "csrf");
    proposal
}

/// Every public form.
fn public_forms(reference: &str, token: &str, started: &str) -> Vec<Form> {
    vec![
        form(
            "/en/login",
            &[
                ("email", "member@example.org"),
                ("password", PASSWORD),
                ("next", "/en/account"),
            ],
        ),
        form(
            "/en/register",
            &[
                ("account_type", "individual"),
                ("full_name", "Ana Pérez"),
                ("country", "CL"),
                ("languages", "es"),
                ("lines", "research"),
                ("email", "new@example.org"),
                ("password", PASSWORD),
                ("consent", "yes"),
            ],
        ),
        proposal_form(started),
        form("/en/password-reset", &[("email", "member@example.org")]),
        form(
            "/en/password-reset/new",
            &[("token", "abc"), ("password", PASSWORD)],
        ),
        form("/en/login/link", &[("email", "member@example.org")]),
        form("/en/login/link/use", &[("token", "abc")]),
        form("/en/account/confirm", &[("token", "abc")]),
        form(
            "/en/account/confirm/resend",
            &[("email", "member@example.org")],
        ),
        form("/en/collaborate/confirm", &[("token", "abc")]),
        form(
            "/en/collaborate/status/reply",
            &[
                ("reference", reference),
                ("token", token),
                ("body", "Here is what you asked for."),
            ],
        ),
        form(
            "/en/cookie-settings",
            &[
                ("choice", "save"),
                ("preferences", "on"),
                ("return_to", "/en/about"),
            ],
        ),
    ]
}

/// What a case does to one expected field.
#[derive(Clone, Copy, Debug)]
enum Change {
    Keep,
    Drop,
    Replace,
}

/// The `expected` fields of a form, each kept, dropped or replaced, then
/// fields it does not expect added, and now and then one of its fields sent
/// twice.
fn changed_fields(
    expected: Vec<(String, String)>,
    known: Vec<String>,
) -> impl Strategy<Value = Vec<(String, String)>> {
    let change = prop_oneof![
        3 => Just(Change::Keep),
        1 => Just(Change::Drop),
        1 => Just(Change::Replace),
    ];
    let changes: Vec<_> = expected
        .iter()
        .map(|(name, _)| {
            (
                change.clone(),
                value_for(name, known.clone(), LONGEST_IN_FORM),
            )
        })
        .collect();
    let unexpected = pairs(&[], known.clone(), LONGEST_IN_FORM);
    let twice = if expected.is_empty() {
        Just(None).boxed()
    } else {
        let field = prop::sample::select(expected.clone()).prop_flat_map(move |(name, _)| {
            let value = value_for(&name, known.clone(), LONGEST_IN_FORM);
            (Just(name), value)
        });
        prop::option::weighted(0.1, field).boxed()
    };
    (changes, unexpected, twice).prop_map(move |(changes, extra, repeated)| {
        let unexpected = extra
            .into_iter()
            .filter(|(name, _)| name != "csrf" && !expected.iter().any(|(n, _)| n == name));
        expected
            .iter()
            .cloned()
            .zip(changes)
            .filter_map(|((name, value), (change, replacement))| match change {
                Change::Keep => Some((name, value)),
                Change::Drop => None,
                Change::Replace => Some((name, replacement)),
            })
            .chain(unexpected)
            .chain(repeated)
            .collect()
    })
}

#[derive(Debug)]
struct FormCase {
    path: String,
    fields: Vec<(String, String)>,
    tail: Vec<u8>,
}

/// A case for one of `forms`, sometimes with raw bytes after its fields.
fn form_case(forms: Vec<Form>, known: Vec<String>) -> impl Strategy<Value = FormCase> {
    (
        prop::sample::select(forms),
        prop::option::weighted(0.2, raw_bytes()),
    )
        .prop_flat_map(move |((path, expected), tail)| {
            changed_fields(expected, known.clone()).prop_map(move |fields| FormCase {
                path: path.clone(),
                fields,
                tail: tail.clone().unwrap_or_default(),
            })
        })
}

/// Sends `FORM_CASES` changed `forms` from `browser`, each with its CSRF
/// token.
async fn never_a_server_error_from_forms(
    app: &TestApp,
    browser: &mut Browser,
    forms: Vec<Form>,
    known: Vec<String>,
) {
    let csrf = csrf(browser, "/en/collaborate").await;
    let client = reqwest::Client::new();
    let base = app.address.clone();
    let cookies = cookie_header(browser);
    never_a_server_error(FORM_CASES, form_case(forms, known), move |case| {
        let fields = serde_html_form::to_string(&case.fields).expect("pairs encode");
        let mut body = format!("csrf={csrf}&{fields}").into_bytes();
        body.extend_from_slice(&case.tail);
        client
            .post(format!("{base}{}", case.path))
            .header(header::COOKIE, &cookies)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
    })
    .await;
    still_serving(app).await;
}

#[tokio::test]
async fn arbitrary_form_bodies_never_break_a_public_form() {
    let app = TestApp::spawn_with(&[MANY_FORMS]).await;
    let (reference, _, token) = a_proposal(&app).await;
    let forms = public_forms(&reference, &token, &started_seconds_ago(10));
    let known = known_values(&reference, &token);
    never_a_server_error_from_forms(&app, &mut app.browser(), forms, known).await;
}

/// The staff's forms on two proposals (one to decide, one that stays open,
/// with the admin and a colleague assigned), the lines of work, roles and
/// the admin's profile. Declaring a conflict is left out: it would end the
/// admin's evaluations for the rest of the run.
async fn staff_forms(app: &TestApp, admin: &mut Browser) -> Vec<Form> {
    let (_, to_decide, _) = a_proposal(app).await;
    let (_, open, _) = a_proposal(app).await;
    app.staff("colleague@example.org", &[Role::Evaluator]).await;
    let colleague_id = app.user_id("colleague@example.org").await;
    assign(app, admin, open, "admin@example.org").await;
    assign(app, admin, open, "colleague@example.org").await;
    let review = admin.get(&format!("/en/staff/proposals/{open}")).await;
    let scores: Vec<String> = review
        .body
        .split("name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|name| name.starts_with("proposal-") || name.starts_with("profile-"))
        .map(String::from)
        .collect();
    let mut evaluation = vec![("recommendation", "working-group"), ("notes", "Solid.")];
    evaluation.extend(scores.iter().map(|name| (name.as_str(), "3")));
    let colleague = colleague_id.to_string();
    let staff = |action: &str| format!("/en/staff/proposals/{open}/{action}");
    let line = [
        ("slug", "fuzzing"),
        ("position", "9"),
        ("active", "on"),
        ("name_en", "Fuzzing"),
        ("name_es", "Pruebas"),
        ("name_fr", "Essais"),
        ("description_en", "Arbitrary input."),
        ("description_es", "Entradas arbitrarias."),
        ("description_fr", "Entrées arbitraires."),
    ];
    vec![
        form(staff("assign"), &[("evaluator_id", &colleague)]),
        form(staff("unassign"), &[("evaluator_id", &colleague)]),
        form(staff("evaluate"), &evaluation),
        form(
            staff("write"),
            &[("kind", "note"), ("body", "A note for colleagues.")],
        ),
        form(
            staff("write"),
            &[("kind", "message"), ("body", "A word for the submitter.")],
        ),
        form(
            staff("write"),
            &[("kind", "question"), ("body", "Which region?")],
        ),
        form(
            format!("/en/staff/proposals/{to_decide}/decide"),
            &[
                ("decision", "individual-action"),
                ("reply", "We accept with thanks."),
            ],
        ),
        form("/en/staff/lines", &line),
        form("/en/staff/lines/1", &line),
        form(
            format!("/en/admin/users/{colleague_id}/roles"),
            &[("roles", "editor")],
        ),
        form(
            "/en/account",
            &[
                ("account_type", "individual"),
                ("full_name", "Ada Admin"),
                ("country", "BE"),
                ("languages", "fr"),
                ("lines", "research"),
            ],
        ),
    ]
}

#[tokio::test]
async fn arbitrary_form_bodies_never_break_a_staff_form() {
    let app = TestApp::spawn_with(&[MANY_FORMS]).await;
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    let forms = staff_forms(&app, &mut admin).await;
    let known = known_values("", "");
    never_a_server_error_from_forms(&app, &mut admin, forms, known).await;
}

/// One part of a multipart body.
#[derive(Debug)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

#[derive(Debug)]
struct MultipartCase {
    parts: Vec<Part>,
    /// The boundary the header announces; the body always uses `BOUNDARY`.
    announced: String,
    /// Bytes after the last part, in place of the closing boundary.
    tail: Option<Vec<u8>>,
}

const BOUNDARY: &str = "fuzzboundary1234";

impl MultipartCase {
    fn body(&self, csrf: &str) -> Vec<u8> {
        let mut body = Vec::new();
        let csrf_part = Part {
            name: "csrf".into(),
            file_name: None,
            content_type: None,
            bytes: csrf.as_bytes().to_vec(),
        };
        for part in std::iter::once(&csrf_part).chain(&self.parts) {
            body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
            let mut disposition = format!("Content-Disposition: form-data; name=\"{}\"", part.name);
            if let Some(file_name) = &part.file_name {
                disposition.push_str(&format!("; filename=\"{file_name}\""));
            }
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                body.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.bytes);
            body.extend_from_slice(b"\r\n");
        }
        match &self.tail {
            Some(tail) => body.extend_from_slice(tail),
            None => body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes()),
        }
        body
    }
}

/// The collaboration form's fields as parts, a file now and then, and
/// sometimes a part that is not text at all. Each case is one of the forms
/// shown at `started`, so that a few dozen proposals are stored and the
/// others are recognised as sent twice.
fn multipart_case(
    known: Vec<String>,
    started: Vec<String>,
) -> impl Strategy<Value = MultipartCase> {
    let fields = prop::sample::select(started).prop_flat_map(move |started| {
        let (_, expected) = proposal_form(&started);
        changed_fields(expected, known.clone())
    });
    let file_start = prop::sample::select(vec![
        &b""[..],
        PDF,
        b"%PDF-1.7\n",
        b"PK\x03\x04[Content_Types].xml word/",
        b"MZ\x90\x00",
    ]);
    let file = (
        prop_oneof![3 => Just("attachment".to_string()), 1 => "\\PC{0,10}"],
        prop_oneof![
            "[a-z]{1,8}\\.pdf",
            "\\PC{0,20}",
            Just("../../etc/passwd".to_string())
        ],
        prop::option::of(prop::sample::select(vec![
            "application/pdf",
            "text/html",
            "x",
        ])),
        file_start,
        prop::collection::vec(any::<u8>(), 0..300),
    )
        .prop_map(|(name, file_name, content_type, start, rest)| Part {
            name,
            file_name: Some(file_name),
            content_type: content_type.map(String::from),
            bytes: [start, &rest[..]].concat(),
        });
    let not_text =
        ("\\PC{0,10}", prop::collection::vec(any::<u8>(), 0..40)).prop_map(|(name, bytes)| Part {
            name,
            file_name: None,
            content_type: None,
            bytes,
        });
    (
        fields,
        prop::option::weighted(0.5, file),
        prop::option::weighted(0.15, not_text),
        prop_oneof![
            8 => Just(BOUNDARY.to_string()),
            1 => Just(String::new()),
            1 => "[ -~]{0,20}",
        ],
        prop::option::weighted(0.1, raw_bytes()),
    )
        .prop_map(|(fields, file, not_text, announced, tail)| {
            let text_parts = fields.into_iter().map(|(name, value)| Part {
                name,
                file_name: None,
                content_type: None,
                bytes: value.into_bytes(),
            });
            MultipartCase {
                parts: text_parts.chain(file).chain(not_text).collect(),
                announced,
                tail,
            }
        })
}

#[tokio::test]
async fn arbitrary_multipart_bodies_never_break_the_collaboration_form() {
    let many_proposals = ("OBSERVATORY_SUBMISSIONS_PER_HOUR", "1000000");
    let app = TestApp::spawn_with(&[MANY_FORMS, many_proposals]).await;
    let mut visitor = app.browser();
    let csrf = csrf(&mut visitor, "/en/collaborate").await;
    let forms_shown = (0..PROPOSALS_AT_MOST)
        .map(|_| started_seconds_ago(10))
        .collect();
    let strategy = multipart_case(known_values("", ""), forms_shown);
    let client = reqwest::Client::new();
    let base = app.address.clone();
    let cookies = cookie_header(&visitor);
    never_a_server_error(MULTIPART_CASES, strategy, move |case| {
        client
            .post(format!("{base}/en/collaborate"))
            .header(header::COOKIE, &cookies)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={}", case.announced),
            )
            .body(case.body(&csrf))
    })
    .await;
    still_serving(&app).await;
}
