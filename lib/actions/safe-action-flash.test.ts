import { beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';

// A request's cookies and headers, in memory: what the action writes, the page reads back.
const request = vi.hoisted(() => ({ jar: new Map<string, string>(), referer: 'http://shop.test/cart?lang=nl' as string | null, path: null as string | null }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name) } : undefined),
    has: (name: string) => request.jar.has(name),
    set: (name: string, value: string) => void request.jar.set(name, value),
    delete: (name: string) => void request.jar.delete(name),
  }),
  headers: async () => new Headers({ ...(request.referer ? { referer: request.referer } : {}), ...(request.path ? { 'x-kadens-path': request.path } : {}) }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => null }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.stubEnv('AUTH_SECRET', 'flash-test-secret-0123456789abcdef0123456789');

const { publicAction } = await import('./safe-action');
const { readFormFlash } = await import('@/lib/http/form-flash');
const { FORM_FLASH_COOKIE } = await import('@/lib/http/form-flash-cookie');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
/** Where the action sent the browser, or null when it answered without a redirect. */
async function redirectOf(run: Promise<unknown>): Promise<string | null> {
  try {
    await run;
    return null;
  } catch (error) {
    return (error as { to: string }).to;
  }
}

const schema = z.object({ code: z.string().min(3, { error: 'Enter the code.' }), password: z.string().optional() });
const action = publicAction({ schema, flash: 'coupon' }, async ({ code }) => (code === 'GOOD' ? { notice: 'Applied.' } : code === 'QUIET' ? undefined : { error: `We do not know ${code}.` }));

beforeEach(() => {
  request.jar.clear();
  request.referer = 'http://shop.test/cart?lang=nl';
  request.path = null;
});

describe('a server form answers by post/redirect/get', () => {
  test('a refusal goes back to the page it was sent from, with the problem and what was typed, but no password', async () => {
    expect(await redirectOf(action(form({ code: 'NOPE', password: 'hunter22' })))).toBe('/cart?lang=nl');
    expect(request.jar.get(FORM_FLASH_COOKIE)).not.toContain('NOPE');
    expect(await readFormFlash('coupon')).toEqual({ error: 'We do not know NOPE.', values: { code: 'NOPE' } });
  });

  test('invalid input comes back per field', async () => {
    await redirectOf(action(form({ code: 'x' })));
    expect(await readFormFlash('coupon')).toMatchObject({ fieldErrors: { code: 'Enter the code.' }, values: { code: 'x' } });
  });

  test('another form on the page does not show it; a damaged cookie is no answer', async () => {
    await redirectOf(action(form({ code: 'NOPE' })));
    expect(await readFormFlash('cart-item')).toEqual({});
    request.jar.set(FORM_FLASH_COOKIE, `${request.jar.get(FORM_FLASH_COOKIE)!.slice(0, -4)}AAAA`);
    expect(await readFormFlash('coupon')).toEqual({});
  });

  test('a notice is an answer too; an action that answers nothing leaves no answer, and forgets the last one', async () => {
    await redirectOf(action(form({ code: 'GOOD' })));
    expect(await readFormFlash('coupon')).toMatchObject({ notice: 'Applied.' });
    expect(await redirectOf(action(form({ code: 'QUIET' })))).toBeNull();
    expect(request.jar.has(FORM_FLASH_COOKIE)).toBe(false);
  });

  test('without a Referer, back to the address the action was posted to (the page’s), else home', async () => {
    request.referer = null;
    request.path = '/signin?reset=1';
    expect(await redirectOf(action(form({ code: 'NOPE' })))).toBe('/signin?reset=1');
    request.path = null;
    expect(await redirectOf(action(form({ code: 'NOPE' })))).toBe('/');
    request.referer = 'not a url';
    expect(await redirectOf(action(form({ code: 'NOPE' })))).toBe('/');
  });

  test('called with a previous answer (a client form, a test), it answers as a state action does', async () => {
    expect(await action({}, form({ code: 'NOPE' }))).toEqual({ error: 'We do not know NOPE.' });
    expect(request.jar.has(FORM_FLASH_COOKIE)).toBe(false);
  });
});
