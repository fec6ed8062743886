import type { Viewer } from '@/lib/auth/viewer';

/**
 * A request as a server action or page sees it, for tests that ask what staff are answered, and
 * in which language: who is signed in, and the language cookie the switcher and `?lang=`
 * leave (lib/i18n/negotiate.ts). A test file mocks the modules with these (vi.mock must sit in
 * each file) and sets `viewer.current` and `cookie.locale`:
 *
 *   vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
 *   vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));
 */
export const viewer = { current: null as Viewer | null };
export const cookie = { locale: undefined as string | undefined };

export const viewerModule = { getViewer: async () => viewer.current };

export const headersModule = {
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (name === 'kadens_locale' && cookie.locale ? { value: cookie.locale } : undefined) }),
};
