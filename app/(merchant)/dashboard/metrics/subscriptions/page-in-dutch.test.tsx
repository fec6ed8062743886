import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';

const viewer = vi.hoisted(() => ({ current: { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null } as Viewer }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
// The staff member chose Dutch (the language cookie the switcher leaves).
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (name === 'kadens_locale' ? { value: 'nl' } : undefined) }),
}));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const { default: MrrFigureSubscriptionsPage } = await import('./page');

const render = async (params: Record<string, string>) => renderToStaticMarkup(await MrrFigureSubscriptionsPage({ searchParams: Promise.resolve(params) }));

// A month of this file's own years (3910–3919), when no subscription ever moved.
describe('the subscriptions behind a figure, for a staff member who reads Dutch', () => {
  test('a month without movements: Dutch heading, intro, empty table and page count', async () => {
    const html = await render({ currency: 'EUR', month: '3910-03', figure: 'churn' });
    expect(html).toContain('<h1>Verloop · 3910-03 · EUR</h1>');
    expect(html).toContain('Elke wijziging van deze soort in 3910-03, op volgorde, met haar bedrag aan MRR.');
    expect(html).toContain('>Terug naar het overzicht</a>');
    expect(html).toContain('Geen abonnementen.');
    expect(html).toContain('0 rijen; pagina 1 van 1 (de rijen tellen op tot het cijfer)');
    for (const english of ['Churn', 'Each change', 'Back to', 'No subscriptions', 'rows', 'page 1 of']) expect(html).not.toContain(english);
    expect(await render({ currency: 'EUR', month: '3910-03', figure: 'mrr' })).toContain('<h1>MRR aan het eind van de maand · 3910-03 · EUR</h1>');
  });

  test.each([
    [{ currency: 'eur', month: '3910-03', figure: 'churn' }, 'Kies een valuta, zoals EUR.'],
    [{ currency: 'EUR', month: '3910-3', figure: 'churn' }, 'Kies een maand in de vorm JJJJ-MM.'],
    [{ currency: 'EUR', month: '3910-03', figure: 'alles' }, 'Kies een cijfer van het overzicht.'],
    [{ currency: 'EUR', month: '3910-03', figure: 'new', page: '0' }, 'Kies een paginanummer vanaf 1.'],
  ])('a broken address %o is refused in Dutch: %s', async (params, problem) => {
    const html = await render(params);
    expect(html).toContain(`${problem} Open een cijfer vanuit het <a href="/dashboard">overzicht</a>.`);
    expect(html).toContain('<h1>Abonnementen achter een cijfer</h1>');
  });
});
