import { describe, expect, test } from 'vitest';
import { clientIp } from './client-ip';

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('clientIp', () => {
  test.each([
    // [trusted proxies, X-Forwarded-For, client]
    ['0', '198.51.100.7', '198.51.100.7'], // no proxy: what Next.js filled in from the socket
    ['1', '198.51.100.7', '198.51.100.7'], // one proxy appended the client's address
    ['1', '10.6.6.6, 198.51.100.7', '198.51.100.7'], // a forged entry on the left is ignored
    ['2', '10.6.6.6, 198.51.100.7, 172.16.0.2', '198.51.100.7'], // two proxies: skip the inner one
    ['2', '198.51.100.7', '198.51.100.7'], // fewer entries than proxies: the first one
    ['', ' 198.51.100.7 ', '198.51.100.7'],
  ])('%s proxies, "%s" → %s', (hops, xff, expected) => {
    expect(clientIp(headers(xff), { KADENS_TRUSTED_PROXIES: hops })).toBe(expected);
  });

  test('no header at all is one shared "unknown" sender', () => {
    expect(clientIp(headers(), {})).toBe('unknown');
  });

  test('a malformed setting fails loudly', () => {
    expect(() => clientIp(headers('1.2.3.4'), { KADENS_TRUSTED_PROXIES: 'yes' })).toThrow(/KADENS_TRUSTED_PROXIES/);
  });
});
