// Browser test of working groups: an admin (every role) creates a public
// and a private group from the staff workspace, with a mistake first, and
// adds a member; the public list shows the public one only, in each
// language; the member finds the private group. axe on every page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  createGroup,
  localPath,
  logIn,
  openStaffGroups,
  openStaffWorkspace,
  pathOf,
  registerAndConfirm,
  useServerAndBrowser,
} from './support.mjs';

const suite = useServerAndBrowser();
const ADMIN = { email: 'groups-admin@example.org', password: 'harbour lantern copper seven' };
const MEMBER = { email: 'ines.duarte@example.org', name: 'Inês Duarte', password: 'meadow tide orchard ninety' };
const NEWCOMER = { email: 'kofi.mensah@example.org', name: 'Kofi Mensah', password: 'violin amber kettle forty' };

describe('working groups', () => {
  it('staff create groups and add a member; the public and the member see what is theirs', { timeout: TEST_TIMEOUT_MS * 3 }, async () => {
    await suite.withPage({}, async (member) => {
      await registerAndConfirm(suite, member, MEMBER);

      await suite.withPage({}, async (admin) => {
        await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
        await logIn(admin, ADMIN.email, ADMIN.password);
        await openStaffWorkspace(admin);
        await openStaffGroups(admin);
        assert.equal(pathOf(admin), '/en/staff/groups');
        await auditPage(admin, 'groups-staff-list-empty');

        // A mistake first: the form comes back with the message and what was typed.
        await admin.locator('#description_en').fill('Mentoring after custody.');
        await clickAndLoad(admin, admin.getByRole('button', { name: 'Create the group' }));
        await admin.getByRole('link', { name: 'Give the group a name.' }).waitFor();
        assert.equal(await admin.locator('#description_en').inputValue(), 'Mentoring after custody.');
        await auditPage(admin, 'groups-staff-errors');

        const about = 'shared practice and joint recommendations.';
        await createGroup(admin, 'Restorative schools', `Restorative schools: ${about}`, 'Listed publicly on the site');
        await auditPage(admin, 'groups-staff-group');
        await admin.getByLabel('E-mail address of their account').fill(MEMBER.email);
        await admin.getByLabel('Role in the group').selectOption({ label: 'Coordinator' });
        await clickAndLoad(admin, admin.getByRole('button', { name: 'Add to the group' }));
        await admin.getByText(`${MEMBER.name} <${MEMBER.email}> — Coordinator`).waitFor();

        await admin.goto('/en/staff/groups');
        await createGroup(admin, 'Quiet circle', `Quiet circle: ${about}`, 'Its members and staff only');
        await admin.getByLabel('E-mail address of their account').fill(MEMBER.email);
        await clickAndLoad(admin, admin.getByRole('button', { name: 'Add to the group' }));
        await admin.goto('/en/staff/groups');
        await auditPage(admin, 'groups-staff-list');
      });

      // The public list, in each language, shows the listed group only.
      await suite.withPage({}, async (visitor) => {
        for (const lang of LANGS) {
          await visitor.goto(localPath(lang, '/groups'));
          await visitor.getByRole('link', { name: 'Restorative schools' }).waitFor();
          assert.equal(await visitor.getByText('Quiet circle').count(), 0, `${lang}: the private group stays hidden`);
          await auditPage(visitor, `groups-public-list-${lang}`);
        }
        await visitor.goto('/en/groups');
        await clickAndLoad(visitor, visitor.getByRole('link', { name: 'Restorative schools' }));
        await visitor.getByText('One member').waitFor();
        assert.equal(await visitor.getByText(MEMBER.name).count(), 0, 'names are for members and staff');
        await auditPage(visitor, 'groups-public-group');
      });

      // The member finds both groups, the private one with its members.
      await member.goto('/en/groups');
      await member.getByRole('link', { name: 'Restorative schools' }).waitFor();
      await clickAndLoad(member, member.getByRole('link', { name: 'Restorative schools' }));
      await member.getByText(`${MEMBER.name} — Coordinator`).waitFor();
      await auditPage(member, 'groups-member-view');

      // A newcomer asks to join; the coordinator accepts on the group's page.
      await suite.withPage({}, async (newcomer) => {
        await registerAndConfirm(suite, newcomer, NEWCOMER);
        await newcomer.goto('/en/groups');
        await clickAndLoad(newcomer, newcomer.getByRole('link', { name: 'Restorative schools' }));
        await auditPage(newcomer, 'groups-join-form');
        await newcomer.getByLabel('Why you would like to join (optional)').fill('I coordinate mediation in Accra.');
        await clickAndLoad(newcomer, newcomer.getByRole('button', { name: 'Send my request' }));
        await newcomer.getByText('Your request has been sent').waitFor();
        await auditPage(newcomer, 'groups-join-sent');

        await member.reload();
        await member.getByText('I coordinate mediation in Accra.').waitFor();
        await auditPage(member, 'groups-join-requests');
        await clickAndLoad(member, member.getByRole('button', { name: `Accept ${NEWCOMER.name}` }));
        await member.getByText(`${NEWCOMER.name} — Member`).waitFor();
      });
    });
  });
});
