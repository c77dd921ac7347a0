// Browser test of the collaboration loop: an anonymous visitor sends a
// proposal in Spanish with a PDF, confirms it from the captured mail; an
// admin assigns an evaluator, who evaluates it; the admin decides and replies
// from the Spanish template; the submitter reads the reply on the status page
// and answers, and the conversation goes on. axe-core audits every page of
// the flow, the dashboard included.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  MINIMUM_FILL_MS,
  PDF,
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  setRoles,
  clickAndLoad,
  createAdmin,
  linkIn,
  localPath,
  logIn,
  pagesFor,
  pathOf,
  registerAndConfirm,
  sendProposal,
  story,
  useServerAndBrowser,
  waitForMail,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const ADMIN = { email: 'director@example.org', password: 'harbour violet granite eleven' };
const EVALUATOR = { email: 'tomas.ibarra@example.org', name: 'Tomás Ibarra', password: 'maple signal fourteen quiet' };
const SUBMITTER = { email: 'lucia.fernandez@example.org', name: 'Lucía Fernández' };
const TITLE = 'Círculos restaurativos en centros juveniles';
const GROUP = 'Red de justicia restaurativa juvenil';
const SUBMIT = 'main form button[type="submit"]';
const pageFor = pagesFor(suite);

let reference;
let submitter;
let admin;
let evaluator;

describe('the collaboration loop in the browser', () => {
  step('an anonymous visitor sends a proposal with a document and gets it back filled in after a mistake', { timeout: TEST_TIMEOUT_MS }, async () => {
    submitter = await pageFor({ locale: 'es-ES' });
    await submitter.goto(localPath('es', '/collaborate'));
    await acceptCookies(submitter);
    await auditPage(submitter, 'proposals-form');
    await submitter.locator('#account_type-entity').check();
    await submitter.locator('#full_name').fill(SUBMITTER.name);
    await submitter.locator('#organisation_name').fill('Fundación Puentes');
    await submitter.locator('#sector').selectOption('ngo');
    await submitter.locator('#country').selectOption('PE');
    await submitter.locator('#languages-es').check();
    await submitter.locator('#lines-restorative-justice').check();
    await submitter.locator('#lines-social-reintegration').check();
    await submitter.locator('#email').fill(SUBMITTER.email);
    await submitter.locator('#specialisation').fill('Mediación penal juvenil en Lima desde 2012.');
    await submitter.locator('#description').fill('Proponemos introducir círculos restaurativos en tres centros juveniles de Lima.');
    await submitter.locator('#collaboration_kind-working-group').check();
    await submitter.locator('#attachment').setInputFiles(PDF);
    await submitter.locator('#consent').check();
    await submitter.waitForTimeout(MINIMUM_FILL_MS);
    // The title is missing: the form comes back with the message and keeps the file.
    await clickAndLoad(submitter, submitter.locator(SUBMIT));
    await submitter.getByText('Dé un título a su propuesta').first().waitFor();
    await submitter.getByText('Conservamos el archivo que envió').waitFor();
    assert.equal(await submitter.locator('#full_name').inputValue(), SUBMITTER.name);
    assert.ok(await submitter.locator('#lines-social-reintegration').isChecked());
    await auditPage(submitter, 'proposals-form-errors');

    await submitter.locator('#title').fill(TITLE);
    reference = await sendProposal(submitter, 'es');
    await auditPage(submitter, 'proposals-sent');
  });

  step('the visitor confirms the proposal from the mail and follows it on the status page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const confirmation = await waitForMail(suite.server, SUBMITTER.email, 1);
    assert.match(confirmation.subject, /Confirme su propuesta/);
    // The mail links to the Spanish address of the page.
    await submitter.goto(linkIn(confirmation, localPath('es', '/collaborate/confirm')));
    await auditPage(submitter, 'proposals-confirm');
    await clickAndLoad(submitter, submitter.locator(SUBMIT));
    assert.equal(new URL(submitter.url()).pathname, localPath('es', '/collaborate/status'));
    await submitter.getByText('Recibida', { exact: true }).waitFor();
    await auditPage(submitter, 'proposals-status');
    const acknowledgement = await waitForMail(suite.server, SUBMITTER.email, 2);
    assert.ok(acknowledgement.text.includes(reference), 'the acknowledgement names the reference');
  });

  step('an admin assigns an evaluator, who evaluates the proposal against the lines of work', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    evaluator = await pageFor();
    await registerAndConfirm(suite, evaluator, EVALUATOR);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EVALUATOR.email, ['evaluator']);

    await admin.goto('/en/staff/proposals');
    await auditPage(admin, 'proposals-queue');
    await clickAndLoad(admin, admin.getByRole('link', { name: reference }));
    await admin.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await admin.getByRole('link', { name: PDF.name }).waitFor();
    await auditPage(admin, 'proposals-review');
    await admin.locator('#evaluator_id').selectOption({ label: `${EVALUATOR.name} (Evaluator)` });
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Assign', exact: true }));
    await admin.getByText('Under evaluation').first().waitFor();

    await logIn(evaluator, EVALUATOR.email, EVALUATOR.password);
    await evaluator.goto('/en/staff/proposals');
    await clickAndLoad(evaluator, evaluator.getByRole('link', { name: reference }));
    const form = evaluator.locator('form[action$="/evaluate"]');
    const proposalScores = form.locator('select[id^="proposal-"]');
    assert.equal(await proposalScores.count(), 2, 'one score per line of work chosen by the submitter');
    for (const select of await proposalScores.all()) await select.selectOption('4');
    for (const select of await form.locator('select[id^="profile-"]').all()) await select.selectOption('3');
    await form.locator('#recommendation-working-group').check();
    await form.locator('#notes').fill('Experiencia sólida en mediación; encaja con la red.');
    await auditPage(evaluator, 'proposals-evaluate');
    await clickAndLoad(evaluator, form.getByRole('button', { name: 'Save my evaluation' }));
    await evaluator.locator('article.evaluation').getByText('Experiencia sólida en mediación; encaja con la red.').waitFor();
    await auditPage(evaluator, 'proposals-evaluated');
    // The one message box: an internal note is the kind ticked first.
    assert.ok(await evaluator.getByLabel('An internal note').isChecked());
    await evaluator.getByLabel('Text', { exact: true }).fill('Conviene pedir referencias de la fundación.');
    await clickAndLoad(evaluator, evaluator.getByRole('button', { name: 'Send', exact: true }));
    const note = evaluator.locator('li.internal').filter({ hasText: 'Conviene pedir referencias de la fundación.' });
    await note.getByText('internal', { exact: true }).waitFor();
  });

  step('the admin decides, invites to a new working group and replies from the Spanish template', { timeout: TEST_TIMEOUT_MS }, async () => {
    await admin.reload();
    await admin.getByText('Experiencia sólida en mediación').waitFor();
    await clickAndLoad(admin, admin.getByRole('link', { name: 'Decide and reply' }));
    await auditPage(admin, 'proposals-decide');
    await admin.locator('#decision-working-group').check();
    await admin.locator('#new_group_name').fill(GROUP);
    await admin.locator('#new_group_line').selectOption('restorative-justice');
    await admin.locator('#new_group_description').fill('Profesionales que aplican prácticas restaurativas con adolescentes.');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Prepare the reply' }));
    const reply = admin.locator('#reply');
    const prepared = await reply.inputValue();
    assert.ok(prepared.startsWith('Le agradecemos su propuesta'), `a Spanish reply: ${prepared}`);
    assert.ok(prepared.includes(GROUP), 'the reply names the group');
    await auditPage(admin, 'proposals-decide-reply');
    await reply.fill(`${prepared}\nLa primera reunión será en febrero.`);
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Send the decision' }));
    assert.match(pathOf(admin), /^\/en\/staff\/proposals\/\d+$/);
    await admin.getByText('Answered').first().waitFor();
    await auditPage(admin, 'proposals-decided');

    await admin.goto('/en/staff/dashboard');
    const byState = admin.locator('table').filter({ hasText: 'Answered' }).first();
    await byState.waitFor();
    assert.ok((await admin.locator('svg').count()) >= 4, 'a chart for each view');
    await auditPage(admin, 'proposals-dashboard');
    await admin.goto('/en/staff/lines');
    await auditPage(admin, 'proposals-lines');
  });

  step('the submitter reads the reply on the status page and answers it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const decision = await waitForMail(suite.server, SUBMITTER.email, 3);
    assert.ok(decision.text.includes('La primera reunión será en febrero.'), 'the reply as edited');
    await submitter.goto(linkIn(decision, localPath('es', '/collaborate/status')));
    await submitter.getByText('Respondida', { exact: true }).waitFor();
    await submitter.getByText('La primera reunión será en febrero.').waitFor();
    await auditPage(submitter, 'proposals-status-decided');
    await submitter.locator('#body').fill('Muchas gracias: aceptamos la invitación a la red.');
    await clickAndLoad(submitter, submitter.getByRole('button', { name: 'Enviar', exact: true }));
    await submitter.getByText('Muchas gracias: aceptamos la invitación a la red.').waitFor();
    await auditPage(submitter, 'proposals-status-answered');

    // The admin hears of the answer by mail and carries on the conversation.
    const told = await waitForMailWith(suite.server, ADMIN.email, 'Muchas gracias: aceptamos la invitación a la red.');
    await admin.goto(linkIn(told, '/staff/proposals/'));
    await admin.getByText('Muchas gracias: aceptamos la invitación a la red.').waitFor();
    await admin.getByLabel('A message to the submitter').check();
    await admin.getByLabel('Text', { exact: true }).fill('Le enviaremos el calendario de reuniones.');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Send', exact: true }));
    await admin.getByText('Le enviaremos el calendario de reuniones.').waitFor();
    await auditPage(admin, 'proposals-conversation');
    await submitter.reload();
    await submitter.getByText('Le enviaremos el calendario de reuniones.').waitFor();
  });

  step('the staff pages of the proposal read in Spanish and French too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const detail = new URL(admin.url()).pathname.replace(/^\/en/, '');
    const headings = { es: 'Panel', fr: 'Tableau de bord' };
    for (const lang of ['es', 'fr']) {
      for (const [name, path] of [
        ['queue', '/staff/proposals'],
        ['review', detail],
        ['dashboard', '/staff/dashboard'],
        ['lines', '/staff/lines'],
      ]) {
        const response = await admin.goto(`/${lang}${path}`);
        assert.equal(response?.status(), 200, `/${lang}${path}`);
        assert.equal(await admin.locator('html').getAttribute('lang'), lang);
        await auditPage(admin, `proposals-${name}-${lang}`);
      }
      await admin.goto(`/${lang}/staff/dashboard`);
      await admin.getByRole('heading', { level: 1, name: headings[lang] }).waitFor();
    }
  });
});
