import { describe, expect, test } from 'vitest';
import { encryptionKey, openSecret, sealSecret, SecretKeyMismatchError } from './secret-box';

const OWN = { KADENS_ENCRYPTION_KEY: 'k'.repeat(40), AUTH_SECRET: 'a'.repeat(40) };

describe('secret box', () => {
  test('seals to a fresh ciphertext each time and opens back, with the dedicated key before AUTH_SECRET', () => {
    const key = encryptionKey(OWN);
    expect(key.setting).toBe('KADENS_ENCRYPTION_KEY');
    const a = sealSecret('whsec_abc', 'row-1', key);
    expect(a).toMatch(/^enc:v1:/);
    expect(a).not.toBe(sealSecret('whsec_abc', 'row-1', key));
    expect(openSecret(a, 'row-1', key)).toBe('whsec_abc');
  });

  test('falls back to AUTH_SECRET; a key from another setting does not open', () => {
    const fallback = encryptionKey({ AUTH_SECRET: OWN.AUTH_SECRET });
    expect(fallback.setting).toBe('AUTH_SECRET');
    const sealed = sealSecret('whsec_abc', 'row-1', fallback);
    expect(() => openSecret(sealed, 'row-1', encryptionKey(OWN))).toThrow(SecretKeyMismatchError);
  });

  test.each([
    ['another row', (s: string) => s, 'row-2'],
    ['a flipped byte', (s: string) => s.slice(0, -3) + (s.at(-3) === 'A' ? 'B' : 'A') + s.slice(-2), 'row-1'],
    ['a truncated value', (s: string) => s.slice(0, 20), 'row-1'],
  ])('refuses %s', (_label, damage, context) => {
    const key = encryptionKey(OWN);
    expect(() => openSecret(damage(sealSecret('whsec_abc', 'row-1', key)), context, key)).toThrow(SecretKeyMismatchError);
  });

  test('plain text is refused, naming the migration; no key at all is an error', () => {
    expect(() => openSecret('whsec_abc', 'row-1', encryptionKey(OWN))).toThrow(/not encrypted: run the migrations/);
    expect(() => encryptionKey({})).toThrow(/Neither KADENS_ENCRYPTION_KEY nor AUTH_SECRET is set/);
  });
});
