// Browser test of direct invitations to a working group: a member fills
// their profile in French, with what they specialise in; an admin (every
// role) creates a group, searches the members from its invitation page,
// prepares an offer for the member (a mistake first: no message) and sends
// it; the member, in French, reads the mail, finds the invitation on their
// account and accepts it, becoming a member; the admin sees the answer.
// axe-core audits every page of the loop.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  createGroup,
  factsIn,
  linkIn,
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
const ADMIN = { email: 'invitations-admin@example.org', password: 'saffron harbour violin eleven' };
const MEMBER = { name: 'Awa Diop', email: 'awa.diop@example.org', password: 'baobab lantern river thirty' };
const SPECIALISATION = 'Médiation pénale pour mineurs à Dakar.';
const GROUP = 'Médiation pénale des mineurs';
const COMMITMENT = 'Deux réunions en ligne par trimestre et la relecture d’une fiche pratique.';
const MESSAGE = 'Votre expérience de la médiation à Dakar serait précieuse pour notre groupe.';
const pageFor = pagesFor(suite);

/** The invitation page's search: fills the form (empty fields for any) and loads the results. */
async function searchMembers(page, { line = 'Any', country = 'Any', language = 'Any', text = '' }) {
  const form = page.getByRole('search', { name: 'Search the members' });
  await form.getByLabel('Line of work').selectOption({ label: line });
  await form.getByLabel('Country').selectOption({ label: country });
  await form.getByLabel('Working language').selectOption({ label: language });
  await form.getByLabel('Words in the name, organisation or specialisation').fill(text);
  await clickAndLoad(page, form.getByRole('button', { name: 'Search' }));
  await page.getByRole('heading', { level: 2, name: 'Members found' }).waitFor();
}

/** The entry of `name` among the members found. */
function candidate(page, name) {
  return page.locator('ul.candidates > li').filter({ hasText: name });
}

let admin;
let member;
let invitePath;
let invitationPath;

describe('a direct invitation to a group, answered in French', () => {
  step('a member fills their profile in French, with what they specialise in', { timeout: TEST_TIMEOUT_MS }, async () => {
    member = await pageFor({ locale: 'fr-FR' });
    await registerAndConfirm(suite, member, MEMBER);
    await member.goto('/fr/account');
    await member.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await member.getByLabel('Pays').selectOption({ label: 'Sénégal' });
    await member.getByRole('checkbox', { name: 'Anglais' }).uncheck();
    await member.getByRole('checkbox', { name: 'Français' }).check();
    await member.getByRole('checkbox', { name: 'Justice restaurative' }).check();
    await member.getByLabel('Votre spécialité (facultatif)').fill(SPECIALISATION);
    await clickAndLoad(member, member.getByRole('button', { name: 'Enregistrer les modifications' }));
    assert.equal(
      pathOf(member),
      '/fr/account?saved=true',
      `the profile was refused: ${await member.locator('.error-summary').allInnerTexts()}`,
    );
    await member.getByRole('status').getByText('Vos modifications ont été enregistrées.').waitFor();
    assert.equal(await member.getByLabel('Votre spécialité (facultatif)').inputValue(), SPECIALISATION);
    assert.equal(await member.getByLabel('Pays').inputValue(), 'SN');
    await auditPage(member, 'invitations-profile-fr');
  });

  step('an admin creates a group and finds the member by words of their specialisation', { timeout: TEST_TIMEOUT_MS }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await openStaffWorkspace(admin);
    await openStaffGroups(admin);
    const groupId = await createGroup(admin, GROUP, 'Médiation pénale et justice restaurative pour les mineurs.', 'Listed publicly on the site');

    await clickAndLoad(admin, admin.getByRole('link', { name: 'Invite members' }));
    invitePath = `/en/staff/groups/${groupId}/invite`;
    assert.equal(pathOf(admin), invitePath);
    await admin.getByRole('heading', { level: 1, name: 'Invite members' }).waitFor();
    await admin.getByText('No invitation has been sent for this group yet.').waitFor();
    const form = admin.getByRole('search', { name: 'Search the members' });
    for (const label of ['Line of work', 'Country', 'Working language']) {
      assert.equal(
        (await form.getByLabel(label).locator('option:checked').innerText()).trim(),
        'Any',
        `${label}: any, until chosen`,
      );
    }

    await searchMembers(admin, { text: 'dakar' });
    const found = candidate(admin, MEMBER.name);
    assert.equal(await admin.locator('ul.candidates > li').count(), 1, 'only the member from Dakar is found');
    await found.getByText(SPECIALISATION).waitFor();
    await found.getByText('Senegal').waitFor();
    await found.getByText('French', { exact: true }).waitFor();
    await auditPage(admin, 'invitations-search-results');
  });

  step('the admin prepares an offer, forgets the message, then sends the invitation', { timeout: TEST_TIMEOUT_MS }, async () => {
    const found = candidate(admin, MEMBER.name);
    await clickAndLoad(admin, found.getByRole('link', { name: `Prepare an offer — ${MEMBER.name}` }));
    assert.match(pathOf(admin), new RegExp(`^${invitePath}/\\d+$`));
    await admin.getByRole('heading', { level: 1, name: 'An offer to join the group' }).waitFor();
    // The profile was saved in French: the invitation will be written in French.
    await admin.getByText("The invitation will be sent in the person's language: French").waitFor();

    const terms = admin.getByRole('group', { name: 'Terms of the offer' });
    const role = terms.getByLabel('Role in the group');
    assert.deepEqual(await role.locator('option').allInnerTexts(), ['Coordinator', 'Member', 'Contributor', 'Observer']);
    await role.selectOption({ label: 'Contributor' });
    await terms.getByLabel('Expected commitment').fill(COMMITMENT);
    await terms.getByLabel('Hours per month, approximately (optional)').fill('4');
    await terms.getByLabel('Start date', { exact: true }).fill('2027-05-01');
    await terms.getByLabel('End date', { exact: true }).fill('2028-04-30');

    // No message: the form comes back with the problem, what was chosen kept.
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Send the invitation' }));
    const message = admin.getByLabel('Message to the person');
    await admin.locator('.field').filter({ has: message }).getByText('Write a few words to go with the invitation.').waitFor();
    await admin.locator('.error-summary').getByRole('link', { name: 'Write a few words to go with the invitation.' }).waitFor();
    const kept = admin.getByRole('group', { name: 'Terms of the offer' });
    assert.equal(await kept.getByLabel('Role in the group').inputValue(), 'contributor', 'the role chosen is kept');
    assert.equal(await kept.getByLabel('Expected commitment').inputValue(), COMMITMENT);
    assert.equal(await kept.getByLabel('Hours per month, approximately (optional)').inputValue(), '4');
    assert.equal(await kept.getByLabel('Start date', { exact: true }).inputValue(), '2027-05-01');
    assert.equal(await kept.getByLabel('End date', { exact: true }).inputValue(), '2028-04-30');
    await auditPage(admin, 'invitations-offer-error');

    await message.fill(MESSAGE);
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Send the invitation' }));
    assert.equal(
      pathOf(admin),
      `${invitePath}?sent=true`,
      `the invitation was refused: ${await admin.locator('.error-summary').allInnerTexts()}`,
    );
    await admin.getByRole('status').getByText('The invitation has been sent.').waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Invitations sent' }).waitFor();
    const sent = admin.getByRole('region', { name: MEMBER.name });
    await sent.getByRole('heading', { level: 3, name: MEMBER.name }).waitFor();
    const shown = await factsIn(sent.locator('dl.facts').first());
    assert.equal(shown['State of the offer'], 'Waiting for an answer');
    assert.equal(shown['Working group'], GROUP);
    assert.equal(shown['Role in the group'], 'Contributor');
    assert.equal(shown['Expected commitment'], COMMITMENT);
    assert.equal(shown['Hours per month, approximately (optional)'], '4');
    assert.match(shown['Start date'], /\b1 May 2027$/);
    assert.match(shown['End date'], /\b30 April 2028$/);
    await auditPage(admin, 'invitations-sent');

    // Found again, the member is shown as invited, with no second offer to prepare.
    await searchMembers(admin, { text: 'dakar' });
    const again = candidate(admin, MEMBER.name);
    await again.getByText('Invited: Waiting for an answer').waitFor();
    assert.equal(await again.getByRole('link', { name: /Prepare an offer/ }).count(), 0, 'one invitation at a time');
  });

  step('the member reads the invitation in French and accepts it on their account', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mail = await waitForMailWith(suite.server, MEMBER.email, MESSAGE);
    assert.equal(mail.subject, `Une invitation au groupe de travail ${GROUP}`);
    assert.ok(mail.text.includes(`Groupe de travail : ${GROUP}`), `the mail names the group:\n${mail.text}`);
    assert.ok(mail.text.includes('Rôle offert : Contributeur·rice'), 'the mail gives the role offered');
    assert.ok(mail.text.includes('Environ 4 heures par mois.'), 'the mail gives the hours');
    assert.ok(mail.text.includes('Répondre à l\'invitation'), 'the mail says where to answer');
    invitationPath = linkIn(mail, '/fr/account/invitations/');
    assert.match(invitationPath, /^\/fr\/account\/invitations\/\d+$/);

    // The account's navigation leads to the invitations.
    await member.goto('/fr/account');
    await clickAndLoad(member, member.locator('nav.account-nav').getByRole('link', { name: 'Invitations' }));
    assert.equal(pathOf(member), '/fr/account/invitations');
    await member.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    const listed = member.locator('ul.invitations > li').filter({ hasText: GROUP });
    await listed.getByText('En attente de réponse').waitFor();
    await listed.getByText('Contributeur·rice').waitFor();
    await auditPage(member, 'invitations-member-list');

    await clickAndLoad(member, listed.getByRole('link', { name: GROUP }));
    assert.equal(pathOf(member), invitationPath);
    await member.getByRole('heading', { level: 1, name: new RegExp(`^Invitation\\s?: ${GROUP}$`) }).waitFor();
    await member.getByText(MESSAGE).waitFor();
    const shown = await factsIn(member.locator('main dl.facts').first());
    assert.equal(shown["État de l'offre"], 'En attente de réponse');
    assert.equal(shown['Groupe de travail'], GROUP);
    assert.equal(shown['Rôle dans le groupe'], 'Contributeur·rice');
    assert.equal(shown['Engagement attendu'], COMMITMENT);
    assert.equal(shown['Heures par mois, environ (facultatif)'], '4');
    assert.match(shown['Date de début'], /\b1(?:er)? mai 2027$/);
    assert.match(shown['Date de fin'], /\b30 avril 2028$/);
    await member.getByRole('button', { name: 'Refuser l\'offre' }).waitFor();
    await auditPage(member, 'invitations-member-invitation');

    await clickAndLoad(member, member.getByRole('button', { name: 'Accepter l\'offre' }));
    assert.equal(pathOf(member), `${invitationPath}?answered=accepted`);
    await member.getByRole('status').getByText('Merci : vous avez accepté l\'offre.').waitFor();
    await member.getByText('Vous êtes désormais membre du groupe de travail.').waitFor();
    const state = await factsIn(member.locator('main dl.facts').first());
    assert.equal(state["État de l'offre"], 'Acceptée');
    assert.equal(await member.getByRole('button', { name: 'Accepter l\'offre' }).count(), 0, 'answered once');
    await member.getByRole('link', { name: 'Ouvrir la page du groupe' }).waitFor();
    await auditPage(member, 'invitations-member-accepted');

    await clickAndLoad(member, member.getByRole('link', { name: 'Ouvrir la page du groupe' }));
    assert.match(pathOf(member), /^\/fr\/groupes\/\d+$/);
    await member.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await member.getByText(`${MEMBER.name} — Contributeur·rice`).waitFor();
  });

  step('the admin sees the invitation accepted and the person in the group', { timeout: TEST_TIMEOUT_MS }, async () => {
    await waitForMailWith(suite.server, ADMIN.email, `${MEMBER.name} accepted the invitation to the working group ${GROUP}`);
    await admin.goto(invitePath);
    const sent = admin.getByRole('region', { name: MEMBER.name });
    const shown = await factsIn(sent.locator('dl.facts').first());
    assert.equal(shown['State of the offer'], 'Accepted');

    await searchMembers(admin, { line: 'Restorative justice', country: 'Senegal', language: 'French', text: 'dakar' });
    const found = candidate(admin, MEMBER.name);
    await found.getByText('Already a member of the group').waitFor();
    assert.equal(await found.getByRole('link', { name: /Prepare an offer/ }).count(), 0, 'a member is not invited again');
  });
});
