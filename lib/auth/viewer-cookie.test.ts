import { beforeEach, describe, expect, test, vi } from 'vitest';

// Auth.js as it answers for a valid session; the question here is only whether it is asked.
const auth = vi.hoisted(() => vi.fn(async () => ({ user: { id: 'user-1', email: 'c@example.test', role: 'customer', customerId: 'customer-1' } })));
vi.mock('./auth', () => ({ auth }));
const cookie = vi.hoisted(() => ({ header: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(cookie.header ? { cookie: cookie.header } : {}) }));
const { getViewer } = await import('./viewer');

beforeEach(() => auth.mockClear());

describe('getViewer and the session cookie', () => {
  test.each([
    ['no cookie at all', ''],
    ['only the language cookie', 'kadens_locale=nl'],
    ['a cookie that merely ends like the session one', 'notauthjs.session-token=x'],
    ['Auth.js’s CSRF cookie of a sign-in form', 'authjs.csrf-token=abc%7Cdef'],
  ])('%s: nobody, and Auth.js is not asked', async (_name, header) => {
    cookie.header = header;
    expect(await getViewer()).toBeNull();
    expect(auth).not.toHaveBeenCalled();
  });

  test.each([
    ['the session cookie over http', 'authjs.session-token=jwt'],
    ['the secure one over https, among others', 'kadens_locale=de; __Secure-authjs.session-token=jwt'],
    ['a session split in chunks', 'authjs.session-token.0=part; authjs.session-token.1=part'],
  ])('%s: Auth.js decides who it is', async (_name, header) => {
    cookie.header = header;
    expect(await getViewer()).toEqual({ userId: 'user-1', email: 'c@example.test', role: 'customer', customerId: 'customer-1' });
    expect(auth).toHaveBeenCalledTimes(1);
  });
});
