/** Webhook bodies larger than this are refused before anything reads or verifies them. */
export const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

export type LimitedBody = { ok: true; value: string } | { ok: false; error: 'too-large' };

/**
 * The request body as text, read as a stream and abandoned as soon as it passes `limit` bytes,
 * so an oversized (or endless, chunked) body never sits in memory whole. A declared
 * Content-Length over the limit is refused without reading at all.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) return { ok: false, error: 'too-large' };
  if (!request.body) return { ok: true, value: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, error: 'too-large' };
    }
    chunks.push(value);
  }
  return { ok: true, value: Buffer.concat(chunks).toString('utf8') };
}
