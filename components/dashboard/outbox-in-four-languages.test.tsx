import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { OutboxEmailDetail } from '@/db/queries/dashboard/get-outbox-email';
import type { OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { getListTexts } from '@/components/tables/table-texts';
import { OutboxEmailView } from './outbox-email-view';
import { OutboxTable } from './outbox-table';
import { dashboardTestIds } from './test-ids';

// The server-paged table reads and writes the address bar.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push: () => {} }),
  usePathname: () => '/dashboard/outbox',
  useSearchParams: () => new URLSearchParams(),
}));

const links: OutboxListRow['links'] = [
  { kind: 'invoice-pdf', invoiceId: 'inv-1', expiresAt: '3911-05-14T21:59:00.000Z' },
  { kind: 'invoice-pay', invoiceId: 'inv-1', expiresAt: '3911-05-14T21:59:00.000Z' },
];
const row: OutboxListRow = {
  id: '7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10',
  createdAt: '3911-04-14T08:00:00.000Z',
  toAddress: 'daan@example.test',
  subject: 'Factuur KD-3911-1',
  template: 'invoice',
  status: 'sent',
  error: null,
  links,
};
const table = (locale: 'en' | 'nl' | 'de' | 'nb', rows = [row]) =>
  renderToStaticMarkup(
    <OutboxTable texts={getListTexts(locale, 'outbox')} rows={rows} sort={{ id: 'createdAt', desc: true }} sortable={['createdAt']} q="" paging={{ page: 1, size: 25, nextCursor: null, prevCursor: null }} timeZone="Europe/Oslo" />,
  );

describe('the outbox shows the links each message carried, in the staff member’s language', () => {
  test.each([
    ['en', 'Links', 'Invoice PDF, valid until 3911-05-14', 'Pay page, valid until 3911-05-14'],
    ['nl', 'Links', 'Factuur-pdf, geldig tot 14-05-3911', 'Betaalpagina, geldig tot 14-05-3911'],
    ['de', 'Links', 'Rechnungs-PDF, gültig bis 14.05.3911', 'Zahlungsseite, gültig bis 14.05.3911'],
    ['nb', 'Lenker', 'Faktura-PDF, gyldig til 14.05.3911', 'Betalingsside, gyldig til 14.05.3911'],
  ] as const)('%s: the list has a links column; each link opens its invoice', (locale, header, pdf, pay) => {
    const html = table(locale);
    expect(html).toContain(`<th>${header}</th>`);
    expect(html).toContain(`<a href="/dashboard/invoices/inv-1">${pdf}</a>`);
    expect(html).toContain(`<a href="/dashboard/invoices/inv-1">${pay}</a>`);
  });

  test('a message without links shows none', () => {
    expect(table('nl', [{ ...row, links: [] }])).not.toContain(dashboardTestIds.outboxLinks);
  });

  test('German: the message’s page, its headers, links and why a text is withheld', () => {
    const email: OutboxEmailDetail = {
      ...row,
      dedupeKey: 'invoice:inv-1',
      locale: 'de',
      html: '<p>Hallo</p>',
      text: 'Hallo',
      transport: 'outbox',
      providerMessageId: null,
      error: 'Postfach voll',
      sentAt: null,
      withheld: null,
    };
    const html = renderToStaticMarkup(<OutboxEmailView email={email} timeZone="Europe/Berlin" locale="de" />);
    for (const header of ['An', 'Betreff', 'Vorlage', 'Sprache', 'Versandweg', 'Erstellt', 'Gesendet', 'Nachrichten-ID beim Anbieter', 'Deduplizierungsschlüssel', 'Links'])
      expect(html).toContain(`<th scope="row">${header}</th>`);
    expect(html).toContain('>gesendet</span>');
    expect(html).toContain('14.04.3911 10:00');
    expect(html).toContain('Rechnungs-PDF, gültig bis 14.05.3911');
    expect(html).toContain('Versand fehlgeschlagen: Postfach voll');
    expect(html).toContain('title="HTML von „Factuur KD-3911-1“"');
    expect(html).toContain('>Nur-Text</h2>');
    for (const english of ['>To<', 'Subject', 'Sending failed', 'Plain text', 'valid until']) expect(html).not.toContain(english);
    const withheld = renderToStaticMarkup(<OutboxEmailView email={{ ...email, html: '', text: '', withheld: 'purged', links: [] }} timeZone="Europe/Berlin" locale="de" />);
    expect(withheld).toContain('Der Text dieser Nachricht wurde nach der Aufbewahrungsfrist gelöscht');
    expect(withheld).toContain('<th scope="row">Links</th><td>keine</td>');
  });
});
