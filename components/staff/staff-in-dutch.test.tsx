import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { StaffMemberRow } from '@/db/queries/dashboard/list-staff-members';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { AddStaffMemberForm } from './add-staff-member-form';
import { StaffTable } from './staff-table';
import { staffTexts } from './staff-texts';

// The forms post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/staff/add-staff-member-action', () => ({ addStaffMemberAction: async () => ({}) }));
vi.mock('@/lib/actions/staff/change-staff-role-action', () => ({ changeStaffRoleAction: async () => ({}) }));
vi.mock('@/lib/actions/staff/remove-staff-member-action', () => ({ removeStaffMemberAction: async () => ({}) }));

describe('the staff page for a staff member who chose Dutch', () => {
  const texts = staffTexts('nl');

  test('the form that adds a staff member', () => {
    const html = renderToStaticMarkup(<AddStaffMemberForm texts={texts} />);
    for (const text of ['E-mailadres', 'Naam (optioneel)', 'Rol<select', '>Klantenservice</option>', '>Boekhouder</option>', 'Toevoegen en een inloglink sturen']) expect(html).toContain(text);
  });

  test('the staff, each with their role and controls', () => {
    const rows: StaffMemberRow[] = [{ userId: 'u1', email: 'eva@example.test', name: 'Eva', role: 'owner', hasPassword: true, addedAt: '2026-03-05T10:00:00.000Z' }];
    const html = renderToStaticMarkup(<StaffTable rows={rows} selfId="u1" timeZone="Europe/Amsterdam" texts={texts} />);
    for (const text of ['<th>Medewerker</th>', '<th>Logt in met</th>', ' (u)', '>Eigenaar</td>', 'wachtwoord of link', '05-03-2026', 'aria-label="Rol van eva@example.test"', 'Rol wijzigen', 'Verwijderen']) {
      expect(html).toContain(text);
    }
  });

  test('the answers name the role in the sentence', () => {
    expect(manageLocalizer('nl').text('staffRoleChanged', { role: 'accountant' })).toBe('Rol gewijzigd in boekhouder.');
    expect(manageLocalizer('de').text('staffAdded', { email: 'a@example.test', role: 'support' })).toBe('a@example.test ist als Kundenservice hinzugefügt und hat einen Anmeldelink per E-Mail erhalten.');
  });
});
