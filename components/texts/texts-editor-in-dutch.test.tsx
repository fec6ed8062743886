import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { textTargets } from '@/emails/editable-texts';
import { locales } from '@/lib/i18n/locales';
import { templatesOf } from '@/lib/i18n/templates';
import { TextsEditor } from './texts-editor';

// The editor's forms post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/texts/preview-text-action', () => ({ previewTextAction: async () => ({}) }));
vi.mock('@/lib/actions/texts/send-test-email-action', () => ({ sendTestEmailAction: async () => ({}) }));
vi.mock('@/lib/actions/texts/save-message-override-action', () => ({ saveMessageOverrideAction: async () => ({}) }));
vi.mock('@/lib/actions/texts/reset-message-override-action', () => ({ resetMessageOverrideAction: async () => ({}) }));

const rows = [
  { key: 'emails.invoice.intro', defaultText: 'Here is your invoice.', override: 'Hier is uw factuur, {name}.', macros: ['amount', 'name'] },
  { key: 'emails.common.greeting', defaultText: 'Hello {name},', override: null, macros: [] },
];

describe('the texts editor for a staff member who reads Dutch', () => {
  test('labels, macro help, preview and the buttons are Dutch; the edited texts stay as they are', () => {
    const html = renderToStaticMarkup(<TextsEditor target="invoice" locale="en" rows={rows} isEmail words={templatesOf('nl', 'dashboard.manage.texts')} />);
    expect(html).toContain('aria-label="Teksten"');
    expect(html).toContain('>Voorbeeld</h2>');
    expect(html).toContain('Bezig met opmaken…');
    expect(html).toContain('>Stuur een test naar de outbox</button>');
    expect(html).toContain('<strong>(gewijzigd)</strong>');
    expect(html).toContain('<span class="muted">(standaard)</span>');
    expect(html).toContain('Standaard: Here is your invoice.');
    expect(html).toContain('Macro’s: {amount} {name}');
    expect(html).toContain('Macro’s: geen');
    expect(html).toContain('>Opslaan</button>');
    expect(html).toContain('>Standaardtekst terugzetten</button>');
    expect(html).toContain('Hier is uw factuur, {name}.');
    for (const english of ['Preview', 'Rendering', 'Send a test', '(changed)', 'Default:', 'Macros:', '>Save<', 'Reset to default', 'none']) expect(html).not.toContain(english);
  });

  test('the thank-you page has no test e-mail to send', () => {
    const html = renderToStaticMarkup(<TextsEditor target="thank-you" locale="nl" rows={rows} isEmail={false} words={templatesOf('de', 'dashboard.manage.texts')} />);
    expect(html).not.toContain('Test an den Postausgang senden');
    expect(html).toContain('>Vorschau</h2>');
  });

  test('every e-mail and page that can be reworded is named in every language', () => {
    for (const locale of locales) {
      const labels: Record<string, string> = templatesOf(locale, 'dashboard.manage.texts.targets');
      expect(Object.keys(labels).sort()).toEqual(textTargets.map((target) => target.id).sort());
    }
    expect(templatesOf('nb', 'dashboard.manage.texts.targets')['termination-warning']).toBe('Varsel om oppsigelse');
  });
});
