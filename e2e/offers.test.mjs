// Browser test of the offer that goes with a decision: an admin (every role)
// creates a working group; an anonymous visitor sends a proposal in Spanish
// and confirms it from the mail; the admin invites them to the group with
// terms (role, commitment, hours, dates); the submitter, in Spanish,
// suggests other terms after a mistake; the admin revises the offer from
// the suggestion; the submitter accepts, creates the account the place
// needs, and lands on their proposal as a member of the group. axe-core
// audits every page of the loop.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
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
const ADMIN = { email: 'offers-admin@example.org', password: 'copper meadow lantern twelve' };
const SUBMITTER = { name: 'Marta Quispe', email: 'marta.quispe@example.org', password: 'river orchid saffron ninety' };
const TITLE = 'Mediación escolar entre pares en Cusco';
const GROUP = 'Prácticas restaurativas en la escuela';
const COMMITMENT = 'Una reunión mensual del grupo y la revisión de un informe por trimestre.';
const COUNTER_MESSAGE = 'Preferiría participar como miembro y empezar en abril, cuando termina el curso.';
const REVISION_MESSAGE = 'De acuerdo: la invitamos como miembro a partir de abril.';
const SUBMIT = 'main form button[type="submit"]';
const pageFor = pagesFor(suite);

let admin;
let submitter;
let reference;
let proposalPath;
let statusPath;

describe('the offer with a decision, answered in Spanish', () => {
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
    await submitter.locator('#specialisation').fill('Formadora de mediadores escolares desde 2015.');
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

  step('the submitter reads the offer and suggests other terms, after a mistake', { timeout: TEST_TIMEOUT_MS }, async () => {
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

    await submitter.getByLabel('El papel que preferiría').selectOption({ label: 'Miembro' });
    await message.fill(COUNTER_MESSAGE);
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Enviar mi propuesta' }));
    const answered = submitter.getByRole('region', { name: 'Nuestra oferta' });
    await answered.getByText('Su propuesta se ha enviado. Le responderemos con una oferta revisada.').waitFor();
    const state = await factsIn(answered.locator('dl.facts').first());
    assert.equal(state['Estado de la oferta'], 'Se han propuesto otras condiciones');
    await answered.getByRole('heading', { name: 'Las condiciones propuestas a cambio' }).waitFor();
    const suggested = await factsIn(answered.locator('h3 + dl.facts'));
    assert.equal(suggested['Papel en el grupo'], 'Miembro');
    assert.match(suggested['Fecha de inicio'], /\b1 de abril de 2027$/);
    assert.equal(suggested['Mensaje'], COUNTER_MESSAGE);
    assert.equal(await answered.getByRole('button', { name: 'Aceptar la oferta' }).count(), 0, 'answered once');
    await auditPage(submitter, 'offers-status-countered');
  });

  step('the admin sees the suggestion and revises the offer from it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await waitForMailWith(suite.server, ADMIN.email, COUNTER_MESSAGE);
    await admin.reload();
    const offer = admin.getByRole('region', { name: 'The offer', exact: true });
    const shown = await factsIn(offer.locator('dl.facts').first());
    assert.equal(shown['State of the offer'], 'Other terms suggested');
    assert.equal(shown['Role in the group'], 'Contributor');
    await offer.getByRole('heading', { name: 'The terms suggested in return' }).waitFor();
    const suggested = await factsIn(offer.locator('h3 + dl.facts'));
    assert.equal(suggested['Role in the group'], 'Member');
    assert.match(suggested['Start date'], /\b1 April 2027$/);
    assert.equal(suggested['Message'], COUNTER_MESSAGE);

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
    assert.match(pathOf(submitter), new RegExp(`^${localPath('es', '/groups/')}\\d+$`));
    await submitter.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await submitter.getByText(`${SUBMITTER.name} — Miembro`).waitFor();
    await auditPage(submitter, 'offers-group');
  });
});
