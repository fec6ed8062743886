import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { manageLocalizer, manageMessage } from '@/lib/i18n/manage-messages';
import { textsOf } from '@/lib/i18n/texts';
import { EraseCustomerForm } from './erase-customer-form';

// The form posts to a server action; rendering needs only its reference.
vi.mock('@/lib/actions/privacy/erase-customer-action', () => ({ eraseCustomerAction: async () => ({}) }));

describe('erasing a customer, for a staff member who chose German', () => {
  test('the form', () => {
    const html = renderToStaticMarkup(<EraseCustomerForm texts={textsOf('de', 'dashboard.manage.privacy', ['email', 'confirm', 'submit'])} />);
    expect(html).toContain('Die E-Mail-Adresse des Kunden');
    expect(html).toContain('Mir ist klar, dass dies nicht rückgängig gemacht werden kann.');
    expect(html).toContain('Personenbezogene Daten löschen');
  });

  test('the answers, with the address and the counts', () => {
    const de = manageLocalizer('de');
    expect(de.text(manageMessage('eraseNoCustomer', { email: 'jonas@example.test' }))).toBe('Kein Kunde hat die Adresse jonas@example.test.');
    expect(de.text(manageMessage('erased', { methods: 1, emails: 4 }))).toContain('1 Zahlungsmethode(n) entfernt, 4 E-Mail(s) gelöscht');
    expect(de.text('eraseConfirmRequired')).toBe('Setzen Sie zur Bestätigung das Häkchen: Löschen kann nicht rückgängig gemacht werden.');
  });
});
