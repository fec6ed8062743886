import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { CreateTestClockForm } from './create-test-clock-form';

// The form posts to a server action; rendering needs only its reference.
vi.mock('@/lib/actions/test-clocks/create-test-clock-action', () => ({ createTestClockAction: async () => ({}) }));

describe('a new test clock, for a staff member who chose Dutch', () => {
  test('the form names its fields and the shop’s zone in Dutch', () => {
    const texts = {
      ...textsOf('nl', 'dashboard.manage.testClocks', ['name', 'namePlaceholder', 'timeZone', 'startsAt', 'create']),
      shopZone: getTranslator('nl', 'dashboard.manage.testClocks')('shopZone', { timeZone: 'Europe/Amsterdam' }),
    };
    const html = renderToStaticMarkup(<CreateTestClockForm defaultStartAt="2026-03-01T09:00" zones={['Pacific/Auckland']} texts={texts} />);
    for (const text of ['Naam<input', 'placeholder="bijv. herinneringen voor een maandblad"', 'Tijdzone<select', '>Die van de winkel (Europe/Amsterdam)</option>', 'Begint op (in die zone)', 'Testklok aanmaken']) {
      expect(html).toContain(text);
    }
  });
});
