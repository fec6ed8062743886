import { afterEach, describe, expect, test, vi } from 'vitest';
import { publicOrigin } from './public-origin';

// A forged Host / X-Forwarded-Host on the request: the public origin must never come from it.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }),
}));

afterEach(() => vi.unstubAllEnvs());

describe('publicOrigin', () => {
  test.each([
    ['APP_URL', { APP_URL: 'https://shop.example.com', NODE_ENV: 'production' }, 'https://shop.example.com'],
    ['APP_URL with a trailing slash', { APP_URL: 'https://shop.example.com/', NODE_ENV: 'production' }, 'https://shop.example.com'],
    ['this machine outside production', { NODE_ENV: 'development' }, 'http://localhost:3000'],
    ['this machine on its PORT', { NODE_ENV: 'development', PORT: '4000' }, 'http://localhost:4000'],
  ])('%s', (_label, env, origin) => {
    expect(publicOrigin(env)).toBe(origin);
  });

  test('in production without APP_URL it refuses instead of guessing', () => {
    expect(() => publicOrigin({ NODE_ENV: 'production' })).toThrow(/APP_URL is not set/);
  });

  test('return and pay links ignore the request’s Host and X-Forwarded-* headers', async () => {
    vi.stubEnv('APP_URL', '');
    const { baseUrl } = await import('@/lib/http/base-url');
    expect(await baseUrl()).toBe('http://localhost:3000');
    vi.stubEnv('APP_URL', 'https://shop.example.com');
    expect(await baseUrl()).toBe('https://shop.example.com');
  });
});
