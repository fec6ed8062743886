import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { GET } from './route';

const back = (query: string, headers: Record<string, string> = {}) => GET(new NextRequest(`http://localhost/checkout/return${query}`, { headers }));

describe('coming back from the provider with a link the shop cannot use', () => {
  test('a malformed link is a 400 in the language asked for: German by ?lang=de', async () => {
    const response = await back('?lang=de');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Dieser Rückkehrlink ist fehlerhaft oder ungültig.');
  });

  test('a payment the shop never started is a 404 in Dutch for a Dutch reader, English for anyone else', async () => {
    const dutch = await back(`?payment=${randomUUID()}`, { cookie: 'kadens_locale=nl' });
    expect(dutch.status).toBe(404);
    expect(await dutch.text()).toBe('Deze betaling kennen we niet.');
    expect(await (await back(`?payment=${randomUUID()}`)).text()).toBe('We do not know this payment.');
  });
});
