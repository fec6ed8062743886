import { describe, expect, test } from 'vitest';
import { catalog } from './catalog';
import { locales } from './locales';
import { manageLocalizer, manageMessage } from './manage-messages';

/** Every message under a group, by its dotted key. */
function flatten(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value as object, `${prefix}${key}.`),
  );
}

// Words that are the same in a language as in English (names, codes, loanwords); anything else
// left in English is a message nobody translated.
// A bank entry's amount problem is only its label and the problem, each a code worded in the language.
// A simulated customer with no name given is called "Simulated <tag>" in every language: the placeholder shows it.
const SAME: Record<string, string[]> = {
  all: ['messages.bankEntryAmountInvalid', 'testClocks.invoices.columns.status', 'testClocks.subscriptions.columns.status', 'testClocks.subscriber.namePlaceholder', 'settings.iban', 'settings.bic', 'apiKeys.colStatus', 'customer.colStatus', 'webhooks.colStatus', 'webhooks.url', 'webhooks.title', 'catalog.colStatus'],
  nl: ['webhooks.events', 'webhooks.colEvents', 'webhooks.colEvent', 'webhooks.endpoints', 'webhooks.colEndpoint', 'webhooks.types', 'webhooks.in', 'catalog.product', 'catalog.variant', 'catalog.code', 'audit.record', 'audit.records.plan', 'audit.records.product', 'privacy.title', 'testClocks.emailsTitle', 'testClocks.advanceForm.week'],
  de: ['apiKeys.name', 'customer.field_name', 'webhooks.in', 'catalog.code', 'bankImports.problem', 'bankImports.columns.format', 'staff.name'],
  nb: ['customer.plan', 'testClocks.subscriber.plan', 'settings.offerPause', 'catalog.variant', 'catalog.plan', 'bankImports.problem', 'bankImports.columns.format', 'audit.records.plan'],
};

describe('dashboard.manage: the managing half of the dashboard', () => {
  const english = flatten(catalog.en.dashboard.manage);

  test.each(locales.filter((locale) => locale !== 'en'))('%s translates every message (none left in English)', (locale) => {
    const theirs = new Map(flatten(catalog[locale].dashboard.manage));
    const same = new Set([...SAME.all!, ...(SAME[locale] ?? [])]);
    expect(english.filter(([key, text]) => !same.has(key) && theirs.get(key) === text).map(([key]) => key)).toEqual([]);
  });

  test('a code renders in the language asked for, with its arguments; other text passes unchanged', () => {
    expect(manageLocalizer('de').text('nothingChanged')).toBe('Es wurde nichts geändert.');
    expect(manageLocalizer('nb').text(manageMessage('extendDaysInvalid', { max: 366 }))).toBe('Forleng med et helt antall dager fra 1 til 366.');
    expect(manageLocalizer('nl').text('extended', { days: 1, end: '3820-02-01', was: '3820-01-31' })).toBe(
      'Verlengd met 1 dag: de termijn eindigt nu op 3820-02-01 (was 3820-01-31).',
    );
    expect(manageLocalizer('de').text('That plan is no longer sold?')).toBe('That plan is no longer sold?');
    expect(manageLocalizer('de').issue({ message: 'tooLong', maximum: 80 })).toBe('Höchstens 80 Zeichen.');
  });
});
