import { describe, expect, test } from 'vitest';
import { readLimitedBody } from './read-limited-body';

/** A body that arrives in chunks without a Content-Length (chunked transfer), and counts what was pulled. */
function chunked(chunks: string[]) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(next));
    },
  });
  const request = new Request('http://shop.test/api/webhooks/test', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readLimitedBody', () => {
  test('returns a body within the limit as text', async () => {
    const request = new Request('http://shop.test/', { method: 'POST', body: '{"id":"tp_1"} ünïcode' });
    expect(await readLimitedBody(request, 100)).toEqual({ ok: true, value: '{"id":"tp_1"} ünïcode' });
  });

  test('refuses a declared Content-Length over the limit without reading the body', async () => {
    const declared = new Request('http://shop.test/', { method: 'POST', headers: { 'content-length': '101' }, body: 'x'.repeat(101) });
    expect(await readLimitedBody(declared, 100)).toEqual({ ok: false, error: 'too-large' });
    expect(declared.bodyUsed).toBe(false);
  });

  test('stops reading a chunked body as soon as it passes the limit', async () => {
    const { request, pulled } = chunked(['x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60)]);
    expect(await readLimitedBody(request, 100)).toEqual({ ok: false, error: 'too-large' });
    expect(pulled()).toBeLessThanOrEqual(3);
  });

  test('counts bytes, not characters', async () => {
    const request = new Request('http://shop.test/', { method: 'POST', body: 'ø'.repeat(60) }); // 120 bytes
    expect(await readLimitedBody(request, 100)).toEqual({ ok: false, error: 'too-large' });
  });
});
