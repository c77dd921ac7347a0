// Browser test of a working group's meetings, across time zones: an admin
// (every role) creates a private group and adds a coordinator and a
// member. The coordinator, in English, reads times in Asia/Tokyo; the
// member, in Spanish, in America/Bogota. The coordinator opens the meetings
// from the group's page, first sends a meeting that ends before it starts
// (refused next to the field, what was typed kept), then schedules it a
// month ahead, 20:00–21:30 in Tokyo, online, with an agenda. The member is
// mailed, opens the meeting and sees it at 06:00–07:30 in Bogota as well as
// at the place's time, downloads its .ics (11:00 UTC), and makes the
// address of their calendar feed, which a calendar program reads without
// signing in; a new address revokes the old one, and the feed can be
// turned off. Someone registered but not a member gets 404. Last, the
// coordinator schedules a second meeting whose agenda names a child and
// the child's school: warned with the form filled in and nothing stored,
// they tick the confirmation box and the meeting is scheduled with the
// details replaced by marks; the member reads the marks, and only the
// admin (an editor) sees the hidden details listed. axe-core audits every
// page of the loop.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  download,
  NAVIGATION_TIMEOUT_MS,
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  createGroup,
  factsIn,
  linkIn,
  localPath,
  logIn,
  openStaffGroups,
  openStaffWorkspace,
  pagesFor,
  pathOf,
  registerAndConfirm,
  story,
  useServerAndBrowser,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const ADMIN = { email: 'meetings-admin@example.org', password: 'copper harbour lantern forty' };
const COORDINATOR = { name: 'Haruto Sato', email: 'haruto.sato@example.org', password: 'maple kettle violin thirty' };
const MEMBER = { name: 'Valentina Rojas', email: 'valentina.rojas@example.org', password: 'river saffron orchard eleven' };
const OUTSIDER = { name: 'Tomasz Nowak', email: 'tomasz.nowak@example.org', password: 'amber meadow tide sixty' };
const GROUP = 'Círculos restaurativos en la escuela';
const TITLE = 'Planning the spring term';
const LINK = 'https://meet.example.org/restorative-circles';
const AGENDA = 'Points to settle:\n\n1. Welcome of the new members\n2. **Dates of the school visits**';
const pageFor = pagesFor(suite);

/** The meeting's day: thirty days from today (UTC), as a date field sends it (YYYY-MM-DD). */
const DAY = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
/** 20:00 in Tokyo (UTC+9, no summer time) is 11:00 UTC the same day, and 06:00 in Bogota (UTC−5). */
const DTSTART = `DTSTART:${DAY.replaceAll('-', '')}T110000Z`;
const DTEND = `DTEND:${DAY.replaceAll('-', '')}T123000Z`;
const IN_TOKYO = '20:00–21:30 (Asia/Tokyo)';
const IN_BOGOTA = '06:00–07:30 (America/Bogota)';

/** The second meeting, whose agenda names a child and the child's school. */
const CASE_TITLE = 'Reviewing a case referred by a school';
const CHILD = 'Tom Baker';
const SCHOOL = 'Lincoln Primary School';
const CASE_AGENDA = `1. The case of ${CHILD}, 14, and his school, ${SCHOOL}.`;
/** As stored once confirmed: each detail replaced by its mark, in the coordinator's language (English). */
const CASE_AGENDA_MASKED = '1. The case of [name of a child], 14, and his school, [name of a school].';
const WARNING = 'section.safeguarding-warning';
const CONFIRM = 'Send it with these details hidden: I have checked them, and they are needed.';
const SCHEDULE = 'Schedule the meeting and tell the members';

/** iCalendar text with its folded lines joined (RFC 5545 §3.1). */
function unfolded(text) {
  return text.replace(/\r?\n[ \t]/g, '');
}

/** On the account page, chooses the zone times are shown in, saves it and checks it was kept. */
async function chooseTimeZone(page, lang, zone, saveLabel) {
  const select = page.locator('#time_zone');
  await select.selectOption(zone);
  await clickAndLoad(page, page.getByRole('button', { name: saveLabel }));
  assert.equal(pathOf(page), `/${lang}/account?saved=true`, 'the time zone was saved');
  assert.equal(await page.locator('#time_zone').inputValue(), zone, 'the account page shows the zone chosen');
}

/**
 * Clicks something that posts a form and waits for the new document;
 * returns the POST's own status (200 for a page shown again, 303 for a
 * redirection, 422 for a refusal).
 */
async function statusOfPost(page, locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', {
    timeout: NAVIGATION_TIMEOUT_MS,
  });
  await clickAndLoad(page, locator);
  return (await answered).status();
}

let admin;
let coordinator;
let member;
let groupId;
let meetingsPath;
let meetingPath;
let meetingId;
let casePath;

describe("a group's meetings, in each reader's time zone", () => {
  step('a coordinator in Tokyo and a member in Bogota register and choose their time zones', { timeout: TEST_TIMEOUT_MS }, async () => {
    coordinator = await pageFor();
    await registerAndConfirm(suite, coordinator, COORDINATOR);
    const zoneForm = coordinator.getByRole('form', { name: 'Time zone' });
    await zoneForm.getByLabel('Show me times in').waitFor();
    assert.equal(await coordinator.locator('#time_zone').inputValue(), 'UTC', 'UTC until a zone is chosen');
    await auditPage(coordinator, 'meetings-account-time-zone');
    await chooseTimeZone(coordinator, 'en', 'Asia/Tokyo', 'Save the time zone');

    member = await pageFor({ locale: 'es-ES' });
    await registerAndConfirm(suite, member, MEMBER, 'es');
    await member.getByRole('heading', { level: 2, name: 'Zona horaria' }).waitFor();
    await chooseTimeZone(member, 'es', 'America/Bogota', 'Guardar la zona horaria');
    await auditPage(member, 'meetings-account-time-zone-es');
  });

  step('an admin creates a private group and adds the coordinator and the member', { timeout: TEST_TIMEOUT_MS }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await openStaffWorkspace(admin);
    await openStaffGroups(admin);
    groupId = await createGroup(admin, GROUP, 'Círculos y mediación entre pares en secundaria.', 'Its members and staff only');
    meetingsPath = `/en/groups/${groupId}/meetings`;

    for (const [person, role] of [
      [COORDINATOR, 'Coordinator'],
      [MEMBER, 'Member'],
    ]) {
      await admin.getByLabel('E-mail address of their account').fill(person.email);
      await admin.getByLabel('Role in the group').selectOption({ label: role });
      await clickAndLoad(admin, admin.getByRole('button', { name: 'Add to the group' }));
      await admin.getByText(`${person.name} <${person.email}> — ${role}`).waitFor();
    }
  });

  step('the coordinator opens the meetings and sends one that ends before it starts', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.goto(localPath('en', `/groups/${groupId}`));
    await coordinator.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await coordinator.getByRole('link', { name: 'Discussions of the group' }).waitFor();
    await coordinator.getByRole('link', { name: 'Documents of the group' }).waitFor();
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'Meetings of the group' }));
    assert.equal(pathOf(coordinator), meetingsPath);
    await coordinator.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Coming meetings' }).waitFor();
    await coordinator.getByText('No meeting is planned.').waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Schedule a meeting' }).waitFor();
    assert.equal(
      await coordinator.getByLabel('Time zone of the meeting').inputValue(),
      'Asia/Tokyo',
      'a new meeting is set in the zone of the person scheduling it',
    );
    assert.equal(await coordinator.getByLabel('Reminder by mail').inputValue(), '1440', 'a day before unless changed');
    await auditPage(coordinator, 'meetings-list-form');

    // It ends at 19:00 though it starts at 20:00: refused, the form kept.
    await coordinator.getByLabel('Subject').fill(TITLE);
    await coordinator.getByLabel('Day').fill(DAY);
    await coordinator.getByLabel('Starts at').fill('20:00');
    await coordinator.getByLabel('Ends at').fill('19:00');
    await coordinator.getByLabel('Online link').fill(LINK);
    await coordinator.getByLabel('Agenda').fill(AGENDA);
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'Schedule the meeting and tell the members' }));
    assert.equal(pathOf(coordinator), meetingsPath);
    const refusal = 'The meeting must end after it starts, on the same day.';
    const ends = coordinator.getByLabel('Ends at');
    await coordinator.locator('.field').filter({ has: ends }).getByText(refusal).waitFor();
    await coordinator.locator('.error-summary').getByRole('link', { name: refusal }).waitFor();
    assert.equal(await ends.getAttribute('aria-invalid'), 'true');
    assert.equal(await coordinator.locator('.field-error').count(), 1, 'only the end is refused');
    assert.equal(await coordinator.getByLabel('Subject').inputValue(), TITLE, 'the subject is kept');
    assert.equal(await coordinator.getByLabel('Day').inputValue(), DAY, 'the day is kept');
    assert.equal(await coordinator.getByLabel('Starts at').inputValue(), '20:00');
    assert.equal(await ends.inputValue(), '19:00');
    assert.equal(await coordinator.getByLabel('Time zone of the meeting').inputValue(), 'Asia/Tokyo');
    assert.equal(await coordinator.getByLabel('Online link').inputValue(), LINK);
    assert.equal(await coordinator.getByLabel('Agenda').inputValue(), AGENDA, 'the agenda is kept');
    await coordinator.getByText('No meeting is planned.').waitFor();
    await auditPage(coordinator, 'meetings-list-error');
  });

  step('the coordinator schedules it, 20:00–21:30 in Tokyo, and lands on its page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.getByLabel('Ends at').fill('21:30');
    await coordinator.getByLabel('Agenda').fill(AGENDA);
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'Schedule the meeting and tell the members' }));
    meetingPath = new URL(coordinator.url()).pathname;
    meetingId = new RegExp(`^/en/groups/${groupId}/meetings/(\\d+)$`).exec(meetingPath)?.[1];
    assert.ok(meetingId, `the meeting was refused (${meetingPath}): ${await coordinator.locator('.error-summary').allInnerTexts()}`);
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // The coordinator reads times where the meeting is held: one time, no "Your time".
    const facts = await factsIn(coordinator.locator('dl.meeting-facts'));
    assert.equal(facts['Your time'], undefined, `the same zone is not repeated: ${JSON.stringify(facts)}`);
    assert.ok(facts['Where it is held']?.endsWith(IN_TOKYO), `at its place: ${facts['Where it is held']}`);
    assert.equal(facts['Online link'], LINK);
    assert.equal(facts['Reminder by mail'], 'One day before');
    await coordinator.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await coordinator.locator('.message-body li strong').getByText('Dates of the school visits').waitFor();
    await coordinator.getByText('The minutes can be written once the meeting has begun.').waitFor();
    await coordinator.getByRole('link', { name: 'Change the meeting' }).waitFor();
    await coordinator.getByRole('form', { name: 'Cancel the meeting' }).getByRole('button', { name: 'Cancel this meeting' }).waitFor();
    await auditPage(coordinator, 'meetings-meeting-coordinator');

    // The list shows it among the coming meetings.
    await coordinator.goto(meetingsPath);
    const item = coordinator.locator('ul.meetings > li').filter({ hasText: TITLE });
    await item.getByRole('link', { name: TITLE }).waitFor();
    assert.ok((await item.innerText()).includes(IN_TOKYO), await item.innerText());
    assert.equal(await coordinator.getByText('No meeting is planned.').count(), 0);
  });

  step('the coordinator opens the page that changes the meeting, filled in as scheduled', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.goto(meetingPath);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'Change the meeting' }));
    assert.equal(pathOf(coordinator), `${meetingPath}/edit`);
    await coordinator.getByRole('heading', { level: 1, name: 'Change the meeting' }).waitFor();
    assert.equal(await coordinator.getByLabel('Subject').inputValue(), TITLE);
    assert.equal(await coordinator.getByLabel('Day').inputValue(), DAY);
    assert.equal(await coordinator.getByLabel('Starts at').inputValue(), '20:00', 'hours in the zone of the meeting');
    assert.equal(await coordinator.getByLabel('Ends at').inputValue(), '21:30');
    assert.equal(await coordinator.getByLabel('Time zone of the meeting').inputValue(), 'Asia/Tokyo');
    assert.equal(await coordinator.getByLabel('Online link').inputValue(), LINK);
    await coordinator.getByRole('button', { name: 'Save the changes' }).waitFor();
    await auditPage(coordinator, 'meetings-edit');
  });

  step('the member, in Spanish, is mailed and sees the meeting at their time and at its place', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mail = await waitForMailWith(suite.server, MEMBER.email, 'Se ha convocado una reunión');
    assert.equal(mail.subject, `${GROUP}: nueva reunión, ${TITLE}`);
    assert.ok(mail.text.includes(IN_BOGOTA), `the mail gives the member's time:\n${mail.text}`);
    const link = linkIn(mail, `/es/grupos/${groupId}/meetings/${meetingId}`);
    assert.equal(link, localPath('es', `/groups/${groupId}/meetings/${meetingId}`));

    await member.goto(link);
    await member.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const facts = await factsIn(member.locator('dl.meeting-facts'));
    assert.ok(facts['Su hora']?.endsWith(IN_BOGOTA), `the member's time: ${JSON.stringify(facts)}`);
    assert.ok(facts['Donde se celebra']?.endsWith(IN_TOKYO), `at its place: ${JSON.stringify(facts)}`);
    assert.equal(facts['Enlace en línea'], LINK);
    await member.getByRole('link', { name: LINK }).waitFor();
    await member.locator('.message-body li strong').getByText('Dates of the school visits').waitFor();
    assert.equal(await member.getByRole('link', { name: 'Modificar la reunión' }).count(), 0, 'a member does not change meetings');
    assert.equal(await member.getByRole('button', { name: 'Anular esta reunión' }).count(), 0, 'nor cancels them');
    await auditPage(member, 'meetings-meeting-member-es');

    // The group's page leads to the meetings too.
    await member.goto(localPath('es', `/groups/${groupId}`));
    await member.getByRole('link', { name: 'Reuniones del grupo' }).waitFor();
  });

  step('the member downloads the meeting as an .ics file, in UTC', { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.goto(localPath('es', `/groups/${groupId}/meetings/${meetingId}`));
    const got = await download(member, member.getByRole('link', { name: 'Añadir a mi calendario (.ics)' }));
    assert.ok(got.name.endsWith('.ics'), `the file's name: ${got.name}`);
    assert.equal(got.name, `meeting-${meetingId}.ics`);
    const ics = unfolded(got.text);
    assert.ok(ics.startsWith('BEGIN:VCALENDAR'), `an iCalendar file:\n${got.text}`);
    assert.ok(ics.includes(`\n${DTSTART}\r`), `starts at 11:00 UTC on ${DAY}:\n${got.text}`);
    assert.ok(ics.includes(`\n${DTEND}\r`), `ends at 12:30 UTC on ${DAY}:\n${got.text}`);
    assert.ok(ics.includes(TITLE), `the file names the meeting:\n${got.text}`);
  });

  step('the member makes a calendar address that a calendar program reads without signing in', { timeout: TEST_TIMEOUT_MS }, async () => {
    const calendarPath = localPath('es', '/groups/calendar');
    assert.equal(calendarPath, '/es/grupos/calendar');
    await member.goto(calendarPath);
    await member.getByRole('heading', { level: 1, name: 'Mis reuniones' }).waitFor();
    const item = member.locator('ul.meetings > li').filter({ hasText: TITLE });
    await item.getByRole('link', { name: TITLE }).waitFor();
    const itemText = await item.innerText();
    assert.ok(itemText.includes(GROUP), `the group is named: ${itemText}`);
    assert.ok(itemText.includes(IN_BOGOTA) && itemText.includes(IN_TOKYO), `both times: ${itemText}`);
    await member.getByRole('heading', { level: 2, name: 'Calendario suscrito' }).waitFor();
    assert.equal(await member.locator('#feed-url').count(), 0, 'no address until one is made');
    await auditPage(member, 'meetings-calendar-es');

    await clickAndLoad(member, member.getByRole('button', { name: 'Crear la dirección de mi calendario' }));
    assert.equal(pathOf(member).replace(/#.*$/, ''), calendarPath);
    const address = member.getByLabel('La dirección de su calendario');
    assert.equal(await address.getAttribute('readonly'), '', 'the address is read-only');
    const feedUrl = await address.inputValue();
    assert.ok(feedUrl.startsWith(`${suite.server.baseURL}/`), `an absolute address on the site: ${feedUrl}`);
    await member.getByRole('button', { name: 'Crear una dirección nueva' }).waitFor();
    await member.getByRole('button', { name: 'Desactivar el calendario suscrito' }).waitFor();
    await auditPage(member, 'meetings-calendar-feed-es');

    // A plain request, with no cookie: what a calendar program does.
    const response = await fetch(feedUrl, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    assert.equal(response.status, 200, `the feed at ${feedUrl}`);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    const feed = unfolded(await response.text());
    assert.ok(feed.startsWith('BEGIN:VCALENDAR'), feed);
    assert.ok(feed.includes(TITLE), `the feed holds the meeting:\n${feed}`);
    assert.ok(feed.includes(`\n${DTSTART}\r`), `in UTC:\n${feed}`);

    // A new address: the old one stops working at once, the new one works.
    await clickAndLoad(member, member.getByRole('button', { name: 'Crear una dirección nueva' }));
    const renewedUrl = await member.getByLabel('La dirección de su calendario').inputValue();
    assert.notEqual(renewedUrl, feedUrl, 'a new address');
    const old = await fetch(feedUrl, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    assert.equal(old.status, 404, 'the old address is revoked');
    const renewed = await fetch(renewedUrl, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    assert.equal(renewed.status, 200, `the new address at ${renewedUrl}`);
    assert.ok((await renewed.text()).includes(TITLE));

    // Turned off, no address works and the page offers to make one again.
    await clickAndLoad(member, member.getByRole('button', { name: 'Desactivar el calendario suscrito' }));
    assert.equal(await member.locator('#feed-url').count(), 0, 'no address shown once the feed is off');
    await member.getByRole('button', { name: 'Crear la dirección de mi calendario' }).waitFor();
    const off = await fetch(renewedUrl, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    assert.equal(off.status, 404, 'the feed is off');
  });

  step('someone registered who is not a member gets 404', { timeout: TEST_TIMEOUT_MS }, async () => {
    const outsider = await pageFor();
    await registerAndConfirm(suite, outsider, OUTSIDER);
    for (const path of [meetingPath, meetingsPath, `${meetingPath}/calendar`, `${meetingPath}/edit`]) {
      const response = await outsider.goto(path);
      assert.equal(response.status(), 404, `${path} is not found for a non-member`);
      assert.equal(await outsider.getByText(TITLE).count(), 0, `${path} shows nothing of the meeting`);
    }
    // Their own calendar lists nothing of the group.
    await outsider.goto('/en/groups/calendar');
    await outsider.getByRole('heading', { level: 1, name: 'My meetings' }).waitFor();
    await outsider.getByText('No meeting is planned.').waitFor();
    assert.equal(await outsider.getByText(TITLE).count(), 0);
  });

  step('the coordinator schedules a meeting whose agenda names a child and a school, and is warned before anything is stored', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.goto(meetingsPath);
    await coordinator.getByLabel('Subject').fill(CASE_TITLE);
    await coordinator.getByLabel('Day').fill(DAY);
    await coordinator.getByLabel('Starts at').fill('10:00');
    await coordinator.getByLabel('Ends at').fill('11:00');
    await coordinator.getByLabel('Online link').fill(LINK);
    await coordinator.getByLabel('Agenda').fill(CASE_AGENDA);
    const status = await statusOfPost(coordinator, coordinator.getByRole('button', { name: SCHEDULE }));
    // A warning is a question, not a refusal: the page is shown again.
    assert.equal(status, 200, 'a warning is a page shown again');
    assert.equal(pathOf(coordinator), meetingsPath);
    const warning = coordinator.locator(WARNING);
    await warning.getByRole('heading', { level: 2, name: 'Before you send: details that may identify a child' }).waitFor();
    assert.equal(await coordinator.locator('.error-summary').count(), 0, 'no error, only a warning');
    const findings = (await warning.locator('li').allInnerTexts()).map((text) => text.trim());
    assert.equal(findings.length, 2, `the child and the school: ${JSON.stringify(findings)}`);
    assert.ok(
      findings.some((finding) => finding.startsWith(`Agenda: “${CHILD}” — looks like the name of a child`)),
      `the child's name is found in the agenda: ${JSON.stringify(findings)}`,
    );
    assert.ok(
      findings.some((finding) => finding.startsWith(`Agenda: “${SCHOOL}” — names a school`)),
      `the school is found in the agenda: ${JSON.stringify(findings)}`,
    );
    assert.equal(
      await warning.getByRole('link', { name: 'Go to the confirmation box' }).getAttribute('href'),
      '#safeguarding-confirm',
    );

    // Everything typed is kept, the agenda as it was typed.
    assert.equal(await coordinator.getByLabel('Agenda').inputValue(), CASE_AGENDA, 'the agenda is kept as typed');
    assert.equal(await coordinator.getByLabel('Subject').inputValue(), CASE_TITLE);
    assert.equal(await coordinator.getByLabel('Day').inputValue(), DAY);
    assert.equal(await coordinator.getByLabel('Starts at').inputValue(), '10:00');
    assert.equal(await coordinator.getByLabel('Ends at').inputValue(), '11:00');
    assert.equal(await coordinator.getByLabel('Time zone of the meeting').inputValue(), 'Asia/Tokyo');
    assert.equal(await coordinator.getByLabel('Online link').inputValue(), LINK);

    // The confirmation box: unticked, in the schedule form, just above its button.
    const box = coordinator.getByLabel(CONFIRM);
    assert.equal(await box.getAttribute('id'), 'safeguarding-confirm');
    assert.equal(await box.getAttribute('name'), 'safeguarding_confirmation');
    assert.equal(await box.isChecked(), false, 'the box is never ticked for the coordinator');
    assert.ok(
      await box.evaluate((input) => {
        const field = input.closest('.field');
        const form = field?.closest('form');
        return (
          /\/meetings$/.test(form?.getAttribute('action') ?? '') && field.nextElementSibling?.classList.contains('form-actions')
        );
      }),
      'the box is in the schedule form, just above its button',
    );

    // Nothing was stored: the coming meetings are still only the first one.
    await coordinator.locator('ul.meetings > li').filter({ hasText: TITLE }).waitFor();
    assert.equal(await coordinator.locator('ul.meetings > li').filter({ hasText: CASE_TITLE }).count(), 0, 'not scheduled yet');
    await auditPage(coordinator, 'meetings-list-safeguarding-warned');
  });

  step('ticking the box, the coordinator schedules it; its page shows the marks and never the name', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.getByLabel(CONFIRM).check();
    const status = await statusOfPost(coordinator, coordinator.getByRole('button', { name: SCHEDULE }));
    assert.equal(status, 303, 'the confirmed meeting is taken');
    casePath = new URL(coordinator.url()).pathname;
    assert.match(
      casePath,
      new RegExp(`^/en/groups/${groupId}/meetings/\\d+$`),
      `the meeting was refused: ${await coordinator.locator('.error-summary, .safeguarding-warning').allInnerTexts()}`,
    );
    assert.notEqual(casePath, meetingPath, 'a meeting of its own');
    await coordinator.getByRole('heading', { level: 1, name: CASE_TITLE }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    // "1. …" is a numbered list: its one item is the agenda's text, marks in place of the details.
    const item = coordinator.locator('.message-body li');
    assert.equal((await item.innerText()).trim(), CASE_AGENDA_MASKED.replace(/^1\. /, ''));
    const html = await coordinator.content();
    assert.ok(!html.includes(CHILD) && !html.includes(SCHOOL), 'neither the name nor the school is in the page’s HTML');
    // A coordinator who is not an editor does not see the hidden details.
    assert.equal(await coordinator.locator('section.hidden-details').count(), 0, 'no hidden details for a coordinator');
    assert.equal(await coordinator.locator('a[href*="/staff/safeguarding/details/"]').count(), 0);
    await auditPage(coordinator, 'meetings-meeting-safeguarded');

    // The change form is filled in with the marks, so the name cannot come back by saving it.
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'Change the meeting' }));
    assert.equal(await coordinator.getByLabel('Agenda').inputValue(), CASE_AGENDA_MASKED);
    assert.ok(!(await coordinator.content()).includes(CHILD));
  });

  step('the member reads the marks without the hidden details; the admin, an editor, sees them listed', { timeout: TEST_TIMEOUT_MS }, async () => {
    const memberPath = casePath.replace(/^\/en\/groups\//, `${localPath('es', '/groups')}/`);
    await member.goto(memberPath);
    await member.getByRole('heading', { level: 1, name: CASE_TITLE }).waitFor();
    // Stored once, the marks are in the language the coordinator wrote in.
    assert.equal((await member.locator('.message-body li').innerText()).trim(), CASE_AGENDA_MASKED.replace(/^1\. /, ''));
    const memberHtml = await member.content();
    assert.ok(!memberHtml.includes(CHILD) && !memberHtml.includes(SCHOOL), 'the member never reads the details');
    assert.equal(await member.locator('section.hidden-details').count(), 0, 'no hidden details for a member');
    assert.equal(await member.locator('a[href*="/staff/safeguarding/details/"]').count(), 0, 'no link to see a detail');

    // The admin holds every role, the editor's among them: the two details are listed, each with its link.
    await admin.goto(casePath);
    await admin.getByRole('heading', { level: 1, name: CASE_TITLE }).waitFor();
    const hidden = admin.locator('section.hidden-details');
    await hidden.getByRole('heading', { level: 2, name: 'Hidden details' }).waitFor();
    const items = (await hidden.locator('li').allInnerTexts()).map((text) => text.trim()).sort();
    assert.deepEqual(items, [
      '[name of a child] · The agenda or minutes of a working group’s meeting · See this detail',
      '[name of a school] · The agenda or minutes of a working group’s meeting · See this detail',
    ]);
    for (const href of await hidden.getByRole('link', { name: 'See this detail' }).evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      assert.match(href, /^\/en\/staff\/safeguarding\/details\/\d+\?back=/, href);
      assert.equal(new URL(href, 'http://localhost').searchParams.get('back'), casePath, 'the way back is the meeting');
    }
    assert.equal((await admin.locator('.message-body li').innerText()).trim(), CASE_AGENDA_MASKED.replace(/^1\. /, ''), 'the editor reads the marks too');
    const adminHtml = await admin.content();
    assert.ok(!adminHtml.includes(CHILD) && !adminHtml.includes(SCHOOL), 'a detail is shown only on its own page, with a reason');
    await auditPage(admin, 'meetings-meeting-hidden-details-editor');
  });
});
