import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { templatesOf } from '@/lib/i18n/templates';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { AddSimulatedSubscriberForm } from './add-simulated-subscriber-form';
import { advanceReportTexts } from './advance-report-texts';
import { AdvanceTestClockForm } from './advance-test-clock-form';

// The forms post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/test-clocks/add-simulated-subscriber-action', () => ({ addSimulatedSubscriberAction: async () => ({}) }));
vi.mock('@/lib/actions/test-clocks/advance-test-clock-action', () => ({ advanceTestClockAction: async () => ({}) }));

const t = getTranslator('de', 'dashboard.manage.testClocks');

describe('a test clock’s forms, for a staff member who chose German', () => {
  test('advancing: the zone’s field, the button and the steps in German', () => {
    const texts = { ...textsOf('de', 'dashboard.manage.testClocks.advanceForm', ['submit', 'by', 'day', 'week', 'month', 'year']), to: t('advanceForm.to', { timeZone: 'Europe/Berlin' }) };
    const html = renderToStaticMarkup(<AdvanceTestClockForm clockId="c1" timeZone="Europe/Berlin" texts={texts} reportTexts={advanceReportTexts('de')} />);
    for (const text of ['Vorstellen auf (Europe/Berlin)<input', '>Vorstellen</button>', 'aria-label="Vorstellen um"', '>+1 Tag</button>', '>+1 Woche</button>', '>+1 Monat</button>', '>+1 Jahr</button>']) {
      expect(html).toContain(text);
    }
  });

  test('a simulated subscriber: every field and the card’s behaviours in German; no plans says so', () => {
    const texts = templatesOf('de', 'dashboard.manage.testClocks.subscriber');
    const html = renderToStaticMarkup(<AddSimulatedSubscriberForm clockId="c1" plans={[{ id: 'p1', code: 'monthly', label: 'Trendhouse — Monatlich' }]} texts={texts} />);
    for (const text of ['Tarif<select', 'Menge<input', 'Gutscheincode (optional)', 'Name des Kunden (optional)', 'Automatische Zahlung (', '>gelingen</option>', '>scheitern (Karte abgelaufen)</option>', '>Simulierten Abonnenten hinzufügen</button>']) {
      expect(html).toContain(text);
    }
    expect(renderToStaticMarkup(<AddSimulatedSubscriberForm clockId="c1" plans={[]} texts={texts} />)).toContain('Der Shop verkauft keine aktiven Tarife');
  });

  test('a plan’s label names its trial only when it has one, in days counted in German', () => {
    const plan = { product: 'Trendhouse', plan: 'Monatlich', price: '9,90 €', interval: 'Monat' };
    expect(t('planChoice', { ...plan, trialDays: 0 })).toBe('Trendhouse — Monatlich · 9,90 € / Monat');
    expect(t('planChoice', { ...plan, trialDays: 1 })).toBe('Trendhouse — Monatlich · 9,90 € / Monat · Testphase von 1 Tag');
    expect(t('planChoice', { ...plan, trialDays: 14 })).toBe('Trendhouse — Monatlich · 9,90 € / Monat · Testphase von 14 Tagen');
  });
});
