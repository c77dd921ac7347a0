// Browser test of the whole loop that starts with a decision and its offer:
// an admin (every role) creates a working group; an anonymous visitor sends
// a proposal in Spanish and confirms it from the mail; the admin invites
// them to the group with terms (role, commitment, hours, dates); the
// submitter, in Spanish, suggests other terms after a mistake, in a message
// that names a child: warned above the answer forms, with the box in the
// form that was sent, the submitter confirms and the message is kept with
// the name hidden (listed for the admin, never in a mail); the admin
// revises the offer from the suggestion; the submitter accepts, creates the
// account the place needs, and lands on their proposal as a member of the
// group. From there the new member opens the group's workspace: starts a
// discussion, shares a PDF; the admin schedules a meeting a month ahead,
// in Madrid; the member opens it from the group's meetings, downloads its
// .ics, and chooses on the members page to show their profile to the
// others. axe-core audits every page of the loop.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  download,
  MINIMUM_FILL_MS,
  TEST_TIMEOUT_MS,
  acceptCookies,
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
  sendProposal,
  story,
  useServerAndBrowser,
  waitForMail,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();

/** Clicks a form's button and waits for the new document; returns the status the server answered the POST with. */
async function postStatus(page, button) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, button);
  return (await answered).status();
}
const ADMIN = { email: 'offers-admin@example.org', password: 'copper meadow lantern twelve' };
const SUBMITTER = { name: 'Marta Quispe', email: 'marta.quispe@example.org', password: 'river orchid saffron ninety' };
const TITLE = 'Mediación escolar entre pares en Cusco';
const GROUP = 'Prácticas restaurativas en la escuela';
const COMMITMENT = 'Una reunión mensual del grupo y la revisión de un informe por trimestre.';
/** A child named in the message suggesting other terms: warned, then kept with a mark in its place. */
const CHILD = 'Tomás Huamán';
const COUNTER_MESSAGE = `Preferiría participar como miembro y empezar en abril: hasta entonces acompaño cada tarde a ${CHILD}, de 14 años.`;
/** The message as it is kept, shown and mailed: the name behind the mark, in the submitter's language. */
const COUNTER_STORED = COUNTER_MESSAGE.replace(CHILD, '[nombre de un niño o niña]');
const WARNING_TITLE = 'Antes de enviar: datos que pueden identificar a un niño o niña';
const CONFIRM = 'Enviar con estos datos ocultos: los he revisado y son necesarios.';
const REVISION_MESSAGE = 'De acuerdo: la invitamos como miembro a partir de abril.';
const THREAD = 'Primeros pasos de la mediación en Cusco';
const POST = 'Hola a todos: les propongo empezar por **dos colegios** y compartir aquí lo que aprendamos.';
const DOCUMENT = 'Guía de mediación entre pares';
const FIXTURE = fileURLToPath(new URL('../tests/fixtures/minimal.pdf', import.meta.url));
const MEETING = 'Plan de las visitas a los colegios';
const PLACE = 'Centro Bartolomé de las Casas, Cusco';
/** The meeting's day: thirty days from today (UTC), as a date field sends it (YYYY-MM-DD). */
const DAY = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const IN_MADRID = '18:00–19:30 (Europe/Madrid)';
const SPECIALISATION = 'Formadora de mediadores escolares desde 2015.';
const SUBMIT = 'main form button[type="submit"]';
const pageFor = pagesFor(suite);

let admin;
let submitter;
let reference;
let proposalPath;
let statusPath;
let groupPath;
let meetingPath;

describe('the offer with a decision, answered in Spanish, up to the group\'s workspace', () => {
  step('an admin creates a working group', { timeout: TEST_TIMEOUT_MS }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await openStaffWorkspace(admin);
    await openStaffGroups(admin);
    await createGroup(admin, GROUP, 'Mediación y círculos restaurativos en centros educativos.', 'Listed publicly on the site');
  });

  step('an anonymous visitor sends a proposal in Spanish and confirms it from the mail', { timeout: TEST_TIMEOUT_MS }, async () => {
    submitter = await pageFor({ locale: 'es-ES' });
    await submitter.goto(localPath('es', '/collaborate'));
    await acceptCookies(submitter);
    await submitter.locator('#account_type-individual').check();
    await submitter.locator('#full_name').fill(SUBMITTER.name);
    await submitter.locator('#country').selectOption('PE');
    await submitter.locator('#languages-es').check();
    await submitter.locator('#lines-restorative-justice').check();
    await submitter.locator('#email').fill(SUBMITTER.email);
    await submitter.locator('#title').fill(TITLE);
    await submitter.locator('#specialisation').fill(SPECIALISATION);
    await submitter.locator('#description').fill('Propongo formar a estudiantes como mediadores entre pares en cinco colegios de Cusco.');
    await submitter.locator('#collaboration_kind-working-group').check();
    await submitter.locator('#consent').check();
    await submitter.waitForTimeout(MINIMUM_FILL_MS);
    reference = await sendProposal(submitter, 'es');

    const confirmation = await waitForMail(suite.server, SUBMITTER.email, 1);
    await submitter.goto(linkIn(confirmation, localPath('es', '/collaborate/confirm')));
    await clickAndLoad(submitter, submitter.locator(SUBMIT));
    assert.equal(new URL(submitter.url()).pathname, localPath('es', '/collaborate/status'));
    await submitter.getByText('Recibida', { exact: true }).waitFor();
    await waitForMail(suite.server, SUBMITTER.email, 2);
  });

  step('the admin invites the submitter to the group with the terms of the offer', { timeout: TEST_TIMEOUT_MS }, async () => {
    await admin.goto('/en/staff/proposals');
    await clickAndLoad(admin, admin.getByRole('link', { name: reference }));
    await admin.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    proposalPath = new URL(admin.url()).pathname;
    assert.match(proposalPath, /^\/en\/staff\/proposals\/\d+$/);
    await clickAndLoad(admin, admin.getByRole('link', { name: 'Decide and reply' }));
    await admin.getByLabel('Invite to a working group').check();
    await admin.locator('#group_id').selectOption({ label: GROUP });
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Prepare the reply' }));

    // The second step: the terms of the offer, then the reply.
    const terms = admin.getByRole('group', { name: 'Terms of the offer' });
    await terms.waitFor();
    const role = terms.getByLabel('Role in the group');
    assert.equal(await role.inputValue(), 'member', 'a member’s place is offered unless changed');
    assert.deepEqual(
      await role.locator('option').allInnerTexts(),
      ['Coordinator', 'Member', 'Contributor', 'Observer'],
    );
    const prepared = await admin.getByLabel('Reply', { exact: true }).inputValue();
    assert.ok(prepared.startsWith('Le agradecemos su propuesta'), `a Spanish reply: ${prepared}`);
    assert.ok(prepared.includes(GROUP), 'the reply names the group');
    await auditPage(admin, 'offers-decide-terms');

    await role.selectOption({ label: 'Contributor' });
    await terms.getByLabel('Expected commitment').fill(COMMITMENT);
    await terms.getByLabel('Hours per month, approximately (optional)').fill('6');
    await terms.getByLabel('Start date', { exact: true }).fill('2027-03-01');
    await terms.getByLabel('End date', { exact: true }).fill('2027-12-31');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Send the decision' }));
    assert.equal(pathOf(admin), proposalPath, `the decision was refused: ${await admin.locator('.error-summary').allInnerTexts()}`);

    const offer = admin.getByRole('region', { name: 'The offer', exact: true });
    const shown = await factsIn(offer.locator('dl.facts').first());
    assert.equal(shown['State of the offer'], 'Waiting for an answer');
    assert.equal(shown['Working group'], GROUP);
    assert.equal(shown['Role in the group'], 'Contributor');
    assert.equal(shown['Expected commitment'], COMMITMENT);
    assert.equal(shown['Hours per month, approximately (optional)'], '6');
    assert.match(shown['Start date'], /\b1 March 2027$/);
    assert.match(shown['End date'], /\b31 December 2027$/);
    await auditPage(admin, 'offers-staff-sent');
  });

  step('the submitter reads the offer and suggests other terms, after a mistake and a warning about a child’s name', { timeout: TEST_TIMEOUT_MS }, async () => {
    const decision = await waitForMail(suite.server, SUBMITTER.email, 3);
    assert.ok(decision.text.includes(`Grupo de trabajo: ${GROUP}`), `the mail names the group:\n${decision.text}`);
    assert.ok(decision.text.includes('Papel ofrecido: Colaborador/a'), 'the mail gives the role offered');
    assert.ok(decision.text.includes('Unas 6 horas al mes.'), 'the mail gives the hours');
    statusPath = linkIn(decision, localPath('es', '/collaborate/status'));
    await submitter.goto(statusPath);

    const offer = submitter.getByRole('region', { name: 'Nuestra oferta' });
    const shown = await factsIn(offer.locator('dl.facts').first());
    assert.equal(shown['Estado de la oferta'], 'Pendiente de respuesta');
    assert.equal(shown['Grupo de trabajo'], GROUP);
    assert.equal(shown['Papel en el grupo'], 'Colaborador/a');
    assert.equal(shown['Dedicación prevista'], COMMITMENT);
    assert.equal(shown['Horas al mes, aproximadamente (opcional)'], '6');
    assert.match(shown['Fecha de inicio'], /\b1 de marzo de 2027$/);
    assert.match(shown['Fecha de finalización'], /\b31 de diciembre de 2027$/);
    await offer.getByRole('button', { name: 'Aceptar la oferta' }).waitFor();
    await offer.getByRole('button', { name: 'Rechazar la oferta' }).waitFor();
    await offer.getByLabel('Motivo (opcional)').waitFor();
    const preferred = offer.getByLabel('El papel que preferiría');
    assert.equal(
      (await preferred.locator('option:checked').innerText()).trim(),
      'Colaborador/a',
      'the role offered is kept unless another is chosen',
    );
    await auditPage(submitter, 'offers-status-offer');

    // The message is missing: the page comes back with it next to the field, the date kept.
    await offer.getByLabel('La fecha de inicio que propone').fill('2027-04-01');
    await clickAndLoad(submitter, offer.getByRole('button', { name: 'Enviar mi propuesta' }));
    const message = submitter.getByLabel('Su mensaje');
    await submitter.locator('.field').filter({ has: message }).getByText('Díganos qué preferiría.').waitFor();
    await submitter.locator('.error-summary').getByRole('link', { name: 'Díganos qué preferiría.' }).waitFor();
    assert.equal(await submitter.getByLabel('La fecha de inicio que propone').inputValue(), '2027-04-01');
    await auditPage(submitter, 'offers-status-counter-error');

    // The message names a child: the page comes back warned (200), the answer not sent yet.
    await submitter.getByLabel('El papel que preferiría').selectOption({ label: 'Miembro' });
    await message.fill(COUNTER_MESSAGE);
    assert.equal(await postStatus(submitter, submitter.getByRole('button', { name: 'Enviar mi propuesta' })), 200);
    const warnedOffer = submitter.getByRole('region', { name: 'Nuestra oferta' });
    const warning = warnedOffer.locator('section.safeguarding-warning');
    await warning.getByRole('heading', { level: 2, name: WARNING_TITLE }).waitFor();
    assert.equal(await submitter.locator('.error-summary').count(), 0, 'a warning is a question, not an error');
    const findings = (await warning.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.equal(findings.length, 1, `one finding: ${JSON.stringify(findings)}`);
    assert.ok(
      findings[0].startsWith(`Su mensaje: «${CHILD}» — parece el nombre de un niño o niña`),
      `the finding quotes the name, in the field it is in: ${findings[0]}`,
    );
    const counterForm = warnedOffer.locator('form[action$="/status/offer/counter"]');
    const declineForm = warnedOffer.locator('form[action$="/status/offer/decline"]');
    // Above the answer forms, so it is read before any of them.
    assert.ok(
      await warning.evaluate((section) => {
        const first = section.parentElement.querySelector('form[action$="/accept"]');
        return Boolean(first && section.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
      'the warning comes before the answer forms',
    );
    // One box, in the form that was sent (other terms), not in the decline.
    assert.equal(await submitter.locator('input[name="safeguarding_confirmation"]').count(), 1, 'exactly one confirmation box');
    const box = counterForm.getByLabel(CONFIRM, { exact: true });
    assert.equal(await box.getAttribute('id'), 'safeguarding-confirm');
    assert.equal(await box.isChecked(), false, 'never ticked for the submitter');
    assert.equal(await declineForm.locator('#safeguarding-confirm').count(), 0, 'not in the decline form');
    assert.equal(
      await warning.getByRole('link', { name: 'Ir a la casilla de confirmación' }).getAttribute('href'),
      '#safeguarding-confirm',
    );
    // What was typed in the form is kept.
    assert.equal((await counterForm.getByLabel('El papel que preferiría').locator('option:checked').innerText()).trim(), 'Miembro');
    assert.equal(await counterForm.getByLabel('La fecha de inicio que propone').inputValue(), '2027-04-01');
    assert.equal(await counterForm.getByLabel('Su mensaje').inputValue(), COUNTER_MESSAGE);
    const waiting = await factsIn(warnedOffer.locator('dl.facts').first());
    assert.equal(waiting['Estado de la oferta'], 'Pendiente de respuesta', 'nothing answered yet');
    await auditPage(submitter, 'offers-status-counter-warned');

    // Ticked, the same button sends the message with the name hidden.
    await box.check();
    assert.equal(await postStatus(submitter, counterForm.getByRole('button', { name: 'Enviar mi propuesta' })), 303);
    const answered = submitter.getByRole('region', { name: 'Nuestra oferta' });
    await answered.getByText('Su propuesta se ha enviado. Le responderemos con una oferta revisada.').waitFor();
    const state = await factsIn(answered.locator('dl.facts').first());
    assert.equal(state['Estado de la oferta'], 'Se han propuesto otras condiciones');
    await answered.getByRole('heading', { name: 'Las condiciones propuestas a cambio' }).waitFor();
    const suggested = await factsIn(answered.locator('h3 + dl.facts'));
    assert.equal(suggested['Papel en el grupo'], 'Miembro');
    assert.match(suggested['Fecha de inicio'], /\b1 de abril de 2027$/);
    assert.equal(suggested['Mensaje'], COUNTER_STORED, 'the message is kept with the mark in place of the name');
    assert.ok(!(await submitter.content()).includes(CHILD), 'the name is nowhere on the page');
    assert.equal(await answered.getByRole('button', { name: 'Aceptar la oferta' }).count(), 0, 'answered once');
    await auditPage(submitter, 'offers-status-countered');
  });

  step('the admin sees the suggestion with the name hidden and listed, and revises the offer from it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const told = await waitForMailWith(suite.server, ADMIN.email, COUNTER_STORED);
    assert.ok(!told.text.includes(CHILD), `the admin's mail has the mark, never the name:\n${told.text}`);
    await admin.reload();
    const offer = admin.getByRole('region', { name: 'The offer', exact: true });
    const shown = await factsIn(offer.locator('dl.facts').first());
    assert.equal(shown['State of the offer'], 'Other terms suggested');
    assert.equal(shown['Role in the group'], 'Contributor');
    await offer.getByRole('heading', { name: 'The terms suggested in return' }).waitFor();
    const suggested = await factsIn(offer.locator('h3 + dl.facts'));
    assert.equal(suggested['Role in the group'], 'Member');
    assert.match(suggested['Start date'], /\b1 April 2027$/);
    assert.equal(suggested['Message'], COUNTER_STORED);
    assert.ok(!(await admin.content()).includes(CHILD), 'the name is not on the staff page');
    // The admin holds the editor role: the hidden name is listed, with the way to see it.
    const hidden = admin.locator('section.hidden-details');
    await hidden.getByRole('heading', { level: 2, name: 'Hidden details' }).waitFor();
    assert.deepEqual(
      (await hidden.getByRole('listitem').allInnerTexts()).map((text) => text.trim()),
      ['[name of a child] · An answer to an offer · See this detail'],
    );
    assert.equal(
      (await hidden.getByRole('link', { name: 'See this detail' }).getAttribute('href')).replace(/details\/\d+/, 'details/N'),
      `/en/staff/safeguarding/details/N?back=${encodeURIComponent(proposalPath)}`,
    );

    // The revision starts from what the person suggested.
    await offer.getByRole('heading', { name: 'Revise the offer' }).waitFor();
    assert.equal(await offer.getByLabel('Role in the group').inputValue(), 'member');
    assert.equal(await offer.getByLabel('Start date', { exact: true }).inputValue(), '2027-04-01');
    assert.equal(await offer.getByLabel('End date', { exact: true }).inputValue(), '2027-12-31');
    assert.equal(await offer.getByLabel('Expected commitment').inputValue(), COMMITMENT);
    assert.equal(await offer.getByLabel('Hours per month, approximately (optional)').inputValue(), '6');
    await auditPage(admin, 'offers-staff-countered');

    await offer.getByLabel('Message to the person').fill(REVISION_MESSAGE);
    await clickAndLoad(admin, offer.getByRole('button', { name: 'Send the revised offer' }));
    assert.equal(
      pathOf(admin),
      `${proposalPath}?offer=revised`,
      `the revision was refused: ${await admin.locator('.error-summary').allInnerTexts()}`,
    );
    // The page says the revision left, where the offer is shown.
    const notice = admin.getByRole('region', { name: 'The offer', exact: true }).getByRole('status');
    assert.equal((await notice.innerText()).trim(), 'The revised offer has been sent.');
    await admin.getByText('The revised offer has been sent.').waitFor();
    await admin.getByText(REVISION_MESSAGE).first().waitFor();
    const revised = await factsIn(admin.getByRole('region', { name: 'The offer', exact: true }).locator('dl.facts').first());
    assert.equal(revised['State of the offer'], 'Waiting for an answer · version 2');
    assert.equal(revised['Role in the group'], 'Member');
    assert.match(revised['Start date'], /\b1 April 2027$/);
  });

  step('the submitter accepts the revised offer and creates the account it needs', { timeout: TEST_TIMEOUT_MS }, async () => {
    const revisedMail = await waitForMailWith(suite.server, SUBMITTER.email, REVISION_MESSAGE);
    assert.ok(revisedMail.text.includes('Papel ofrecido: Miembro'), `the mail gives the new role:\n${revisedMail.text}`);
    await submitter.goto(statusPath);
    const offer = submitter.getByRole('region', { name: 'Nuestra oferta' });
    const shown = await factsIn(offer.locator('dl.facts').first());
    assert.equal(shown['Estado de la oferta'], 'Pendiente de respuesta · versión 2');
    assert.equal(shown['Papel en el grupo'], 'Miembro');
    assert.match(shown['Fecha de inicio'], /\b1 de abril de 2027$/);
    await auditPage(submitter, 'offers-status-revised');

    await clickAndLoad(submitter, offer.getByRole('button', { name: 'Aceptar la oferta' }));
    assert.equal(new URL(submitter.url()).pathname, localPath('es', '/collaborate/status/offer/account'));
    await submitter.getByRole('heading', { level: 1, name: 'Cree su cuenta para aceptar la oferta' }).waitFor();
    const who = await factsIn(submitter.locator('main dl.facts'));
    assert.equal(who['Nombre'], SUBMITTER.name);
    assert.equal(who['Correo electrónico'], SUBMITTER.email);
    await auditPage(submitter, 'offers-account');

    await submitter.getByLabel('Contraseña', { exact: true }).fill(SUBMITTER.password);
    await submitter.getByLabel('He leído y acepto la política de privacidad.').check();
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Crear mi cuenta y aceptar' }));
    assert.equal(
      pathOf(submitter),
      `${localPath('es', `/account/proposals/${reference}`)}?answered=accepted`,
      `the account was refused: ${await submitter.locator('.error-summary').allInnerTexts()}`,
    );
    await submitter.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const accepted = submitter.getByRole('region', { name: 'Nuestra oferta' });
    await accepted.getByText('Gracias: ha aceptado la oferta.').waitFor();
    await accepted.getByText('Ya es miembro del grupo de trabajo.').waitFor();
    const state = await factsIn(accepted.locator('dl.facts').first());
    assert.equal(state['Estado de la oferta'], 'Aceptada · versión 2');
    await auditPage(submitter, 'offers-accepted');

    await clickAndLoad(submitter, accepted.getByRole('link', { name: 'Abrir la página del grupo' }));
    groupPath = pathOf(submitter);
    assert.match(groupPath, new RegExp(`^${localPath('es', '/groups/')}\\d+$`));
    await submitter.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await submitter.getByText(`${SUBMITTER.name} — Miembro`).waitFor();
    await auditPage(submitter, 'offers-group');
  });

  step('the new member finds the workspace of the group on its page', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal(pathOf(submitter), groupPath, 'the member is still on the group page');
    for (const [name, to] of [
      ['Discusiones del grupo', 'discussions'],
      ['Documentos del grupo', 'documents'],
      ['Reuniones del grupo', 'meetings'],
      ['Miembros y funciones', 'members'],
    ]) {
      const link = submitter.getByRole('link', { name, exact: true });
      assert.equal(await link.getAttribute('href'), `${groupPath}/${to}`, `${name} leads to the group's ${to}`);
    }
    // The page itself was audited as the member landed on it (offers-group).
  });

  step('the member starts a discussion and sees their post', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(submitter, submitter.getByRole('link', { name: 'Discusiones del grupo' }));
    assert.equal(pathOf(submitter), `${groupPath}/discussions`);
    await submitter.getByRole('heading', { level: 1, name: 'Discusiones' }).waitFor();
    await submitter.getByText('Aún no se ha abierto ninguna discusión.').waitFor();
    await submitter.getByRole('heading', { level: 2, name: 'Abrir una discusión' }).waitFor();
    await auditPage(submitter, 'offers-workspace-discussions-empty');

    await submitter.getByLabel('Asunto').fill(THREAD);
    await submitter.getByLabel('Su texto').fill(POST);
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Abrir la discusión' }));
    const threadPath = pathOf(submitter);
    assert.match(
      threadPath,
      new RegExp(`^${groupPath}/discussions/\\d+$`),
      `the discussion was refused: ${await submitter.locator('.error-summary').allInnerTexts()}`,
    );
    await submitter.getByRole('heading', { level: 1, name: THREAD }).waitFor();
    assert.equal(await submitter.locator('ol.posts > li').count(), 1);
    const post = submitter.locator('ol.posts > li').first();
    await post.getByText(SUBMITTER.name).waitFor();
    assert.equal((await post.locator('.message-body strong').innerText()).trim(), 'dos colegios');
    await post.getByRole('link', { name: 'Corregir mi mensaje' }).waitFor();
    await auditPage(submitter, 'offers-workspace-thread');

    // The list shows the discussion, with its author and one post.
    await clickAndLoad(submitter, submitter.getByRole('link', { name: `← Discusiones · ${GROUP}` }));
    const row = submitter.locator('ul.threads > li').filter({ hasText: THREAD });
    await row.getByRole('link', { name: THREAD }).waitFor();
    await row.getByText(SUBMITTER.name).waitFor();
    await row.getByText('un mensaje').waitFor();
    await auditPage(submitter, 'offers-workspace-discussions');
  });

  step('the member shares a PDF with the group', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(submitter, submitter.getByRole('link', { name: `← ${GROUP}` }));
    assert.equal(pathOf(submitter), groupPath);
    await clickAndLoad(submitter, submitter.getByRole('link', { name: 'Documentos del grupo' }));
    assert.equal(pathOf(submitter), `${groupPath}/documents`);
    await submitter.getByRole('heading', { level: 1, name: 'Documentos' }).waitFor();
    await submitter.getByText('Aún no se ha compartido ningún documento.').waitFor();
    await submitter.getByRole('heading', { level: 2, name: 'Compartir un documento' }).waitFor();
    await auditPage(submitter, 'offers-workspace-documents-empty');

    await submitter.getByLabel('Título').fill(DOCUMENT);
    await submitter.getByLabel('Fichero').setInputFiles(FIXTURE);
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Compartir el documento' }));
    const documentPath = pathOf(submitter);
    assert.match(
      documentPath,
      new RegExp(`^${groupPath}/documents/\\d+$`),
      `the document was refused: ${await submitter.locator('.error-summary').allInnerTexts()}`,
    );
    await submitter.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor();
    await submitter.getByRole('heading', { level: 2, name: 'Versiones' }).waitFor();
    const version = submitter.locator('ol.timeline > li');
    assert.equal(await version.count(), 1);
    await version.getByRole('link', { name: 'minimal.pdf' }).waitFor();
    await version.getByText('versión actual').waitFor();
    await version.getByText(`versión 1 · ${SUBMITTER.name}`).waitFor();
    await auditPage(submitter, 'offers-workspace-document');

    // The list shows it, with its version, file and who shared it.
    await clickAndLoad(submitter, submitter.getByRole('link', { name: `← Documentos · ${GROUP}` }));
    const row = submitter.locator('ul.documents > li').filter({ hasText: DOCUMENT });
    await row.getByRole('link', { name: DOCUMENT }).waitFor();
    await row.getByText('versión 1 · minimal.pdf').waitFor();
    await row.getByText(SUBMITTER.name).waitFor();
    await auditPage(submitter, 'offers-workspace-documents');
  });

  step('the admin schedules a meeting of the group a month ahead, in Madrid', { timeout: TEST_TIMEOUT_MS }, async () => {
    const groupId = groupPath.split('/').pop();
    const meetingsPath = `/en/groups/${groupId}/meetings`;
    await admin.goto(meetingsPath);
    await admin.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await admin.getByText('No meeting is planned.').waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Schedule a meeting' }).waitFor();
    await admin.getByLabel('Subject').fill(MEETING);
    await admin.getByLabel('Day').fill(DAY);
    await admin.getByLabel('Starts at').fill('18:00');
    await admin.getByLabel('Ends at').fill('19:30');
    await admin.getByLabel('Time zone of the meeting').selectOption('Europe/Madrid');
    await admin.getByLabel('Place').fill(PLACE);
    await admin.getByLabel('Agenda').fill('1. Los colegios que visitamos primero\n2. El calendario de formación');
    await admin.getByLabel('Reminder by mail').selectOption('1440');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Schedule the meeting and tell the members' }));
    const meetingId = new RegExp(`^${meetingsPath}/(\\d+)$`).exec(pathOf(admin))?.[1];
    assert.ok(meetingId, `the meeting was refused (${pathOf(admin)}): ${await admin.locator('.error-summary').allInnerTexts()}`);
    meetingPath = localPath('es', `/groups/${groupId}/meetings/${meetingId}`);
    await admin.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    const facts = await factsIn(admin.locator('dl.meeting-facts'));
    assert.ok(facts['Where it is held']?.endsWith(IN_MADRID), `at its place: ${JSON.stringify(facts)}`);
    assert.equal(facts['Place'], PLACE);
    await auditPage(admin, 'offers-workspace-meeting-staff');
  });

  step('the member opens the meeting from the group and downloads its .ics', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mail = await waitForMailWith(suite.server, SUBMITTER.email, 'Se ha convocado una reunión');
    assert.equal(mail.subject, `${GROUP}: nueva reunión, ${MEETING}`);

    await submitter.goto(groupPath);
    await clickAndLoad(submitter, submitter.getByRole('link', { name: 'Reuniones del grupo' }));
    assert.equal(pathOf(submitter), `${groupPath}/meetings`);
    await submitter.getByRole('heading', { level: 1, name: 'Reuniones' }).waitFor();
    const item = submitter.locator('ul.meetings > li').filter({ hasText: MEETING });
    assert.ok((await item.innerText()).includes(IN_MADRID), await item.innerText());
    assert.equal(await submitter.getByRole('heading', { name: 'Convocar una reunión' }).count(), 0, 'a member does not schedule meetings');
    await auditPage(submitter, 'offers-workspace-meetings');

    await clickAndLoad(submitter, item.getByRole('link', { name: MEETING }));
    assert.equal(pathOf(submitter), meetingPath);
    await submitter.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    const facts = await factsIn(submitter.locator('dl.meeting-facts'));
    assert.ok(facts['Donde se celebra']?.endsWith(IN_MADRID), `at its place: ${JSON.stringify(facts)}`);
    assert.equal(facts['Lugar'], PLACE);
    assert.equal(await submitter.getByRole('link', { name: 'Modificar la reunión' }).count(), 0, 'a member does not change meetings');
    await auditPage(submitter, 'offers-workspace-meeting');

    const got = await download(submitter, submitter.getByRole('link', { name: 'Añadir a mi calendario (.ics)' }));
    assert.ok(got.name.endsWith('.ics'), `the file's name: ${got.name}`);
    assert.ok(got.text.startsWith('BEGIN:VCALENDAR'), `an iCalendar file:\n${got.text}`);
    assert.ok(got.text.replace(/\r?\n[ \t]/g, '').includes(MEETING), `the file names the meeting:\n${got.text}`);
    assert.equal(pathOf(submitter), meetingPath, 'the download leaves the page where it is');
  });

  step('the member chooses to show their profile to the other members', { timeout: TEST_TIMEOUT_MS }, async () => {
    await submitter.goto(groupPath);
    await clickAndLoad(submitter, submitter.getByRole('link', { name: 'Miembros y funciones' }));
    assert.equal(pathOf(submitter), `${groupPath}/members`);
    await submitter.getByRole('heading', { level: 1, name: 'Miembros' }).waitFor();
    const me = submitter.locator('ul.members > li').filter({ hasText: SUBMITTER.name });
    await me.getByText(`${SUBMITTER.name} — Miembro`).waitFor();
    await submitter.getByRole('heading', { level: 2, name: 'Lo que los demás miembros ven de mí' }).waitFor();
    assert.ok(await submitter.locator('input[name="shown"][value="name"]').isChecked(), 'the name only, until chosen otherwise');
    assert.equal(await me.getByText(SPECIALISATION).count(), 0, 'no profile shown until chosen');
    assert.equal(await submitter.getByRole('button', { name: 'Cambiar la función' }).count(), 0, 'a member does not change roles');
    await auditPage(submitter, 'offers-workspace-members');

    await submitter.locator('input[name="shown"][value="profile"]').check();
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Guardar mi elección' }));
    assert.equal(pathOf(submitter), `${groupPath}/members?done=saved`);
    await submitter.getByRole('status').getByText('Guardado.').waitFor();
    assert.ok(await submitter.locator('input[name="shown"][value="profile"]').isChecked(), 'the choice is kept');
    // The card now shows the profile made from the proposal: country and specialisation, no address.
    await me.getByText('Perú').waitFor();
    await me.getByText(SPECIALISATION).waitFor();
    assert.equal(await me.getByRole('link', { name: SUBMITTER.email }).count(), 0, 'the address is not shown');
    await auditPage(submitter, 'offers-workspace-members-saved');
  });
});
