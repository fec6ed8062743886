import { createHash, randomBytes } from 'node:crypto';

/** Every key starts so: a leaked key is recognisable (secret scanners, logs) as a Kadens key. */
export const API_KEY_PREFIX = 'kad_live_';

/** How much of a key lists show: the prefix and 8 characters, enough to tell keys apart. */
export const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new key: 192 random bits, URL-safe, so it survives any header or shell without quoting. */
export function newApiKeySecret(): { key: string; prefix: string; hash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, VISIBLE_LENGTH), hash: hashApiKey(key) };
}
