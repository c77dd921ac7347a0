//! A group's meetings (`/groups/{id}/meetings`): coordinators and editors
//! schedule them in the zone of the people who hold them, with a place or
//! an online link and an agenda, and write the minutes once they have been
//! held. Members see each time in the meeting's zone and in their own,
//! download a meeting into their calendar (`ics`) or subscribe to all of
//! theirs (`feed`), and are mailed when a meeting is scheduled or moved,
//! and reminded the chosen time before it (`reminders`).

mod feed;
mod form;
mod ics;
mod reminders;

use askama::Template;
use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde::Deserialize;

pub use feed::{change_feed, serve_feed, show_feed};
pub use reminders::send_due as send_due_reminders;

use self::form::{Meeting, MeetingInput, REMINDERS};
use super::{
    entities::{meeting, working_group},
    queries,
    workspace::Workspace,
};
use crate::{
    i18n::Locale,
    mail,
    people::{directory::Person, mail::to_person},
    safeguarding::{Field, Screened, Subject, masking::Warning, reveal, screen},
    state::AppState,
    time_zones::{self, Tz},
    uploads,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, markdown, page::render},
};

/// A meeting as pages show it to one reader.
pub struct MeetingView {
    pub meeting: meeting::Model,
    /// Its day and hours where it is held.
    pub at_its_place: String,
    /// The same in the reader's zone, when that is another zone.
    pub for_reader: Option<String>,
    /// It has begun: its minutes can be written.
    pub held: bool,
}

impl MeetingView {
    pub fn of(meeting: meeting::Model, locale: Locale, reader: Tz, now: DateTime<Utc>) -> Self {
        let (at_its_place, for_reader) = when(&meeting, locale, reader);
        MeetingView {
            held: meeting.starts_at <= now,
            at_its_place,
            for_reader,
            meeting,
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.meeting.cancelled_at.is_some()
    }
}

/// A meeting's day and hours in its own zone, and in the reader's when
/// that differs.
fn when(meeting: &meeting::Model, locale: Locale, reader: Tz) -> (String, Option<String>) {
    let zone = time_zones::stored(&meeting.time_zone);
    let span = (meeting.starts_at, meeting.ends_at);
    let at_its_place = locale.long_span(span, zone);
    let for_reader = (reader != zone).then(|| locale.long_span(span, reader));
    (at_its_place, for_reader)
}

/// Both times in one line, for mails and calendars: the reader's first.
fn when_in_one_line(meeting: &meeting::Model, locale: Locale, reader: Tz) -> String {
    match when(meeting, locale, reader) {
        (at_its_place, Some(for_reader)) => format!("{for_reader}; {at_its_place}"),
        (at_its_place, None) => at_its_place,
    }
}

/// Where a meeting is held: its place, its link, or both.
pub(super) fn where_held(meeting: &meeting::Model) -> String {
    [meeting.place.as_str(), meeting.online_link.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn path_of(meeting: &meeting::Model) -> String {
    format!("/groups/{}/meetings/{}", meeting.group_id, meeting.id)
}

#[derive(Template)]
#[template(path = "groups/meetings.html")]
struct ListPage {
    page: Page,
    group: working_group::Model,
    upcoming: Vec<MeetingView>,
    past: Vec<MeetingView>,
    archive: bool,
    may_schedule: bool,
    input: MeetingInput,
    errors: FieldErrors,
    /// Details that may identify a child, found in the agenda.
    safeguarding: Option<Warning>,
}

/// The choices of the schedule form, shared with the edit page.
trait ScheduleChoices {
    fn reminder_choices(&self) -> [i32; 5] {
        REMINDERS
    }
}

impl ScheduleChoices for ListPage {}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
) -> Result<Response, AppError> {
    let input = MeetingInput::new(page.time_zone());
    let errors = FieldErrors::new(page.locale);
    render(&list_page(&state, page, workspace, (input, errors)).await?)
}

async fn list_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    (input, errors): (MeetingInput, FieldErrors),
) -> Result<ListPage, AppError> {
    let now = Utc::now();
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::GroupId.eq(workspace.group.id))
        .order_by_asc(meeting::Column::StartsAt)
        .all(&state.db)
        .await?;
    let (past, upcoming): (Vec<_>, Vec<_>) = meetings
        .into_iter()
        .map(|found| MeetingView::of(found, page.locale, page.time_zone(), now))
        .partition(|view| view.meeting.ends_at < now);
    Ok(ListPage {
        archive: workspace.is_archive(),
        may_schedule: workspace.may_coordinate() && !workspace.is_archive(),
        group: workspace.group,
        upcoming,
        // The latest first.
        past: past.into_iter().rev().collect(),
        input,
        errors,
        page,
        safeguarding: None,
    })
}

/// The meeting named by the route, for a coordinator or an editor to
/// change; a cancelled meeting stays as it is (409).
async fn changeable_meeting(
    state: &AppState,
    workspace: &Workspace,
    meeting_id: i32,
) -> Result<meeting::Model, AppError> {
    require_coordinator(workspace)?;
    let found = find_meeting(&state.db, workspace, meeting_id).await?;
    if found.cancelled_at.is_some() {
        return Err(AppError::Conflict);
    }
    Ok(found)
}

/// Only coordinators and editors schedule and change meetings, and only
/// while the group is open.
fn require_coordinator(workspace: &Workspace) -> Result<(), AppError> {
    workspace.require_open()?;
    if workspace.may_coordinate() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Reads one of the meeting's texts (the agenda, the minutes) for a
/// child's details before it is stored (`safeguarding::screen`).
async fn read_text(
    state: &AppState,
    workspace: &Workspace,
    locale: Locale,
    (field, confirmation): (Field<'_>, &str),
) -> Result<Screened, AppError> {
    let sender = (Some(workspace.me.email.as_str()), confirmation);
    Ok(screen(state, &[field], sender, Subject::GroupMeeting, locale).await?)
}

/// The agenda as a text to read.
fn agenda(checked: &Meeting) -> Field<'_> {
    Field {
        name: "agenda",
        label: "meeting-field-agenda",
        text: &checked.agenda,
    }
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    form: CheckedForm,
) -> Result<Response, AppError> {
    require_coordinator(&workspace)?;
    let input: MeetingInput = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(mut checked) = input.validate(&mut errors) else {
        let refused = list_page(&state, page, workspace, (input, errors)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let typed = (agenda(&checked), input.safeguarding_confirmation.as_str());
    let masked = match read_text(&state, &workspace, page.locale, typed).await? {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let warned = list_page(&state, page, workspace, (input, errors)).await?;
            let safeguarding = Some(warning);
            return render(&ListPage {
                safeguarding,
                ..warned
            });
        }
    };
    checked.agenda = masked.text("agenda");
    let now = Utc::now();
    let txn = state.begin_write().await?;
    let mut scheduled = meeting::ActiveModel {
        group_id: Set(workspace.group.id),
        revision: Set(0),
        created_by: Set(Some(workspace.me.id)),
        created_at: Set(now),
        ..Default::default()
    };
    apply(&checked, &mut scheduled, now);
    let scheduled = scheduled.insert(&txn).await?;
    masked
        .store(&txn, Subject::GroupMeeting, scheduled.id)
        .await?;
    tell_members(&state, &txn, (&workspace, &scheduled), "mail-meeting-new").await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&path_of(&scheduled))).into_response())
}

/// Copies the checked form onto a meeting being inserted or updated. A
/// reminder whose time has already passed is not sent: the mail about
/// the meeting itself has just told the members.
fn apply(checked: &Meeting, row: &mut meeting::ActiveModel, now: DateTime<Utc>) {
    let due = checked.reminder_due_at();
    row.title = Set(checked.title.clone());
    row.starts_at = Set(checked.starts_at);
    row.ends_at = Set(checked.ends_at);
    row.time_zone = Set(checked.time_zone.name().to_string());
    row.place = Set(checked.place.clone());
    row.online_link = Set(checked.online_link.clone());
    row.agenda = Set(checked.agenda.clone());
    row.remind_before_minutes = Set(checked.remind_before_minutes);
    row.reminder_due_at = Set(due);
    row.reminded_at = Set(due.filter(|due| *due <= now).map(|_| now));
    row.updated_at = Set(now);
}

/// Mails `key` about `about` to the group's members but the one who acted,
/// each with its time in their own zone.
async fn tell_members(
    state: &AppState,
    db: &impl ConnectionTrait,
    (workspace, about): (&Workspace, &meeting::Model),
    key: &str,
) -> Result<(), AppError> {
    let members = queries::member_people(db, workspace.group.id).await?;
    for person in members.iter().filter(|p| p.id != workspace.me.id) {
        let outgoing = meeting_mail(state, person, (&workspace.group, about), key)?;
        mail::queue(db, &outgoing).await?;
    }
    Ok(())
}

/// The mail `key` about a meeting, to one person in their language.
fn meeting_mail(
    state: &AppState,
    person: &Person,
    (group, about): (&working_group::Model, &meeting::Model),
    key: &str,
) -> anyhow::Result<mail::Outgoing> {
    let locale = person.locale();
    let args = [
        ("group", group.name_in(locale).to_string().into()),
        ("title", about.title.clone().into()),
        (
            "when",
            when_in_one_line(about, locale, person.time_zone()).into(),
        ),
        ("where", where_held(about).into()),
    ];
    to_person(state, person, (key, &path_of(about)), &args)
}

#[derive(Template)]
#[template(path = "groups/meeting.html")]
struct MeetingPage {
    page: Page,
    group: working_group::Model,
    view: MeetingView,
    agenda: String,
    minutes: Option<String>,
    archive: bool,
    may_change: bool,
    /// The minutes' form as typed, when it was refused.
    typed_minutes: String,
    errors: FieldErrors,
    /// Details that may identify a child, found in the minutes.
    safeguarding: Option<Warning>,
    /// For editors: the details hidden in the agenda and minutes.
    hidden: Vec<reveal::Listed>,
    /// Where a hidden detail's page leads back to.
    back: String,
}

impl MeetingPage {
    /// How long before the meeting its reminder goes, in words.
    fn reminder(&self) -> Option<String> {
        let minutes = self.view.meeting.remind_before_minutes?;
        Some(self.page.label("meeting-reminder", minutes))
    }
}

/// The meeting named by the route, in the workspace's group (or 404).
async fn find_meeting(
    db: &impl ConnectionTrait,
    workspace: &Workspace,
    meeting_id: i32,
) -> Result<meeting::Model, AppError> {
    meeting::Entity::find_by_id(meeting_id)
        .filter(meeting::Column::GroupId.eq(workspace.group.id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn meeting_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    found: meeting::Model,
    (typed_minutes, errors): (String, FieldErrors),
) -> Result<MeetingPage, AppError> {
    let texts = [(Subject::GroupMeeting, vec![found.id])];
    let hidden = reveal::listed_for(&page, &state.db, &texts).await?;
    let back = page.link(&path_of(&found));
    let view = MeetingView::of(found, page.locale, page.time_zone(), Utc::now());
    Ok(MeetingPage {
        safeguarding: None,
        hidden,
        back,
        agenda: markdown::to_html(&view.meeting.agenda),
        minutes: view.meeting.minutes.as_deref().map(markdown::to_html),
        archive: workspace.is_archive(),
        may_change: workspace.may_coordinate() && !workspace.is_archive(),
        group: workspace.group,
        view,
        typed_minutes,
        errors,
        page,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let found = find_meeting(&state.db, &workspace, meeting_id).await?;
    let typed = found.minutes.clone().unwrap_or_default();
    let errors = FieldErrors::new(page.locale);
    render(&meeting_page(&state, page, workspace, found, (typed, errors)).await?)
}

#[derive(Template)]
#[template(path = "groups/edit_meeting.html")]
struct EditPage {
    page: Page,
    group: working_group::Model,
    meeting: meeting::Model,
    input: MeetingInput,
    errors: FieldErrors,
    /// Details that may identify a child, found in the agenda.
    safeguarding: Option<Warning>,
}

impl ScheduleChoices for EditPage {}

pub async fn show_edit(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let found = changeable_meeting(&state, &workspace, meeting_id).await?;
    render(&EditPage {
        input: MeetingInput::of(&found),
        errors: FieldErrors::new(page.locale),
        group: workspace.group,
        meeting: found,
        page,
        safeguarding: None,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let found = changeable_meeting(&state, &workspace, meeting_id).await?;
    let input: MeetingInput = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = input.validate(&mut errors);
    let screened = match &checked {
        Some(checked) => {
            let typed = (agenda(checked), input.safeguarding_confirmation.as_str());
            Some(read_text(&state, &workspace, page.locale, typed).await?)
        }
        None => None,
    };
    let (mut checked, masked) = match (checked, screened) {
        (Some(checked), Some(Screened::Send(masked))) => (checked, masked),
        (_, screened) => {
            let (status, safeguarding) = match screened {
                Some(Screened::Warn(warning)) => (StatusCode::OK, Some(warning)),
                _ => (StatusCode::UNPROCESSABLE_ENTITY, None),
            };
            let refused = EditPage {
                page,
                group: workspace.group,
                meeting: found,
                input,
                errors,
                safeguarding,
            };
            return Ok((status, render(&refused)?).into_response());
        }
    };
    checked.agenda = masked.text("agenda");
    let moved = checked.starts_at != found.starts_at
        || checked.ends_at != found.ends_at
        || checked.place != found.place
        || checked.online_link != found.online_link;
    let now = Utc::now();
    let txn = state.begin_write().await?;
    let mut changed: meeting::ActiveModel = found.clone().into();
    apply(&checked, &mut changed, now);
    changed.revision = Set(found.revision + 1);
    let changed = changed.update(&txn).await?;
    let before = [("agenda", found.agenda.as_str())];
    masked
        .store_corrected(&txn, (Subject::GroupMeeting, changed.id), &before)
        .await?;
    if moved {
        tell_members(&state, &txn, (&workspace, &changed), "mail-meeting-moved").await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&path_of(&changed))).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MinutesForm {
    minutes: String,
    safeguarding_confirmation: String,
}

/// The minutes, written once the meeting has begun.
pub async fn save_minutes(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let found = changeable_meeting(&state, &workspace, meeting_id).await?;
    if found.starts_at > Utc::now() {
        return Err(AppError::Conflict);
    }
    let MinutesForm {
        minutes: typed,
        safeguarding_confirmation: confirmation,
    } = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(minutes) =
        errors.checked_text("minutes", &typed, form::MINUTES, "meeting-minutes-missing")
    else {
        let refused = meeting_page(&state, page, workspace, found, (typed, errors)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let field = Field {
        name: "minutes",
        label: "meeting-minutes-field",
        text: &minutes,
    };
    let masked = match read_text(&state, &workspace, page.locale, (field, &confirmation)).await? {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let errors = FieldErrors::new(page.locale);
            let warned = meeting_page(&state, page, workspace, found, (typed, errors)).await?;
            let safeguarding = Some(warning);
            return render(&MeetingPage {
                safeguarding,
                ..warned
            });
        }
    };
    let was = found.minutes.clone().unwrap_or_default();
    let txn = state.begin_write().await?;
    let mut changed: meeting::ActiveModel = found.into();
    changed.minutes = Set(Some(masked.text("minutes")));
    changed.updated_at = Set(Utc::now());
    let changed = changed.update(&txn).await?;
    masked
        .store_corrected(
            &txn,
            (Subject::GroupMeeting, changed.id),
            &[("minutes", &was)],
        )
        .await?;
    txn.commit().await?;
    Ok(Redirect::to(&page.link(&format!("{}#minutes", path_of(&changed)))).into_response())
}

/// Calls a meeting off: it stays listed, marked cancelled, and calendars
/// that hold it remove it.
pub async fn cancel(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    require_coordinator(&workspace)?;
    let found = find_meeting(&state.db, &workspace, meeting_id).await?;
    if found.cancelled_at.is_some() {
        return Ok(Redirect::to(&page.link(&path_of(&found))).into_response());
    }
    let now = Utc::now();
    if found.starts_at <= now {
        // Held already: there is nothing left to call off.
        return Err(AppError::Conflict);
    }
    let txn = state.begin_write().await?;
    let mut changed: meeting::ActiveModel = found.clone().into();
    changed.cancelled_at = Set(Some(now));
    changed.revision = Set(found.revision + 1);
    changed.updated_at = Set(now);
    let changed = changed.update(&txn).await?;
    tell_members(
        &state,
        &txn,
        (&workspace, &changed),
        "mail-meeting-cancelled",
    )
    .await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&path_of(&changed))).into_response())
}

/// One meeting as an iCalendar file, for members and staff.
pub async fn download(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, meeting_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let found = find_meeting(&state.db, &workspace, meeting_id).await?;
    let event = calendar_event(&state, page.locale, &workspace.group, &found);
    let text = ics::calendar(&host(&state), None, &[event]);
    let file_name = format!("meeting-{}.ics", found.id);
    Ok(calendar_response(text, Some(&file_name)))
}

/// The site's host name, which makes meetings' calendar ids unique.
fn host(state: &AppState) -> String {
    state
        .settings
        .base_url
        .host_str()
        .unwrap_or("localhost")
        .to_string()
}

/// A meeting as a calendar event, in `locale`.
fn calendar_event<'a>(
    state: &AppState,
    locale: Locale,
    group: &'a working_group::Model,
    found: &'a meeting::Model,
) -> ics::Event<'a> {
    let zone = time_zones::stored(&found.time_zone);
    ics::Event {
        meeting: found,
        group: group.name_in(locale),
        url: state.absolute_url(&crate::web::page::localized_path(locale, &path_of(found))),
        local_time: locale.long_span((found.starts_at, found.ends_at), zone),
    }
}

/// An iCalendar answer: a file to save when named, else a feed.
fn calendar_response(text: String, file_name: Option<&str>) -> Response {
    let mut response = (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        text,
    )
        .into_response();
    if let Some(value) = file_name.and_then(|name| uploads::content_disposition(name).parse().ok())
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
