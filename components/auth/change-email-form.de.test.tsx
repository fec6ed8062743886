import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { manageLocalizer, manageMessage } from '@/lib/i18n/manage-messages';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { ChangeEmailForm } from './change-email-form';

// The form posts to a server action; rendering needs only its reference.
vi.mock('@/lib/actions/auth/request-email-change-action', () => ({ requestEmailChangeAction: async () => ({}) }));

describe('the owner’s sign-in address, in German', () => {
  test('the form, with the current address in bold', () => {
    const t = getTranslator('de', 'dashboard.manage.account');
    const texts = {
      ...textsOf('de', 'dashboard.manage.account', ['newEmail', 'currentPassword', 'sendLink']),
      signsInAs: t.rich('signsInAs', { email: 'inhaber@example.test', strong: (chunks) => <strong>{chunks}</strong> }),
    };
    const html = renderToStaticMarkup(<ChangeEmailForm texts={texts} />);
    expect(html).toContain('Sie melden sich als <strong>inhaber@example.test</strong> an.');
    for (const text of ['Neue E-Mail-Adresse', 'Aktuelles Passwort', 'Bestätigungslink senden']) expect(html).toContain(text);
  });

  test('the answer names the address the link went to', () => {
    expect(manageLocalizer('de').text(manageMessage('emailChangeSent', { email: 'neu@example.test' }))).toBe(
      'Wir haben einen Link an neu@example.test gesendet. Ihre Anmeldeadresse ändert sich, sobald Sie ihn öffnen.',
    );
  });
});
