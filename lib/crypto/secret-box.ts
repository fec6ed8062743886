import crypto from 'node:crypto';

/**
 * Secrets we must be able to read back (webhook signing secrets: every delivery is an HMAC with
 * them) are kept encrypted at rest: AES-256-GCM under a key derived with HKDF-SHA256 from the
 * settings' secret, KADENS_ENCRYPTION_KEY, or AUTH_SECRET when that is not set. A sealed value is
 * `enc:v1:` and base64url(iv ‖ ciphertext ‖ tag); the `context` (e.g. the row's id) is bound in as
 * additional data, so a sealed value copied onto another row does not open there.
 */
export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'kadens/secret-box';
const HKDF_INFO = 'aes-256-gcm/v1';

export type EncryptionKey = { key: Buffer; setting: 'KADENS_ENCRYPTION_KEY' | 'AUTH_SECRET' | 'KADENS_ENCRYPTION_KEY_PREVIOUS' };

/** A value that did not open: a wrong key (or a changed AUTH_SECRET), or a damaged value. */
export class SecretKeyMismatchError extends Error {
  constructor(setting: string, context: string) {
    super(
      `A stored secret (${context}) cannot be decrypted with the key from ${setting}: it was encrypted with another key. ` +
        'Set KADENS_ENCRYPTION_KEY (or AUTH_SECRET, when no KADENS_ENCRYPTION_KEY was ever set) back to the value it had, ' +
        'or, to change the key, put the old value in KADENS_ENCRYPTION_KEY_PREVIOUS for one start: the migrations re-encrypt every stored secret with the new key.',
    );
    this.name = 'SecretKeyMismatchError';
  }
}

const derived = new Map<string, Buffer>();

/** The key of `env`'s settings; throws when neither KADENS_ENCRYPTION_KEY nor AUTH_SECRET is set. */
export function encryptionKey(env: Readonly<Record<string, string | undefined>> = process.env): EncryptionKey {
  const own = env.KADENS_ENCRYPTION_KEY?.trim();
  const setting = own ? 'KADENS_ENCRYPTION_KEY' : 'AUTH_SECRET';
  const material = own || env.AUTH_SECRET?.trim();
  if (!material) throw new Error('Neither KADENS_ENCRYPTION_KEY nor AUTH_SECRET is set: stored secrets cannot be encrypted or read.');
  return { key: derive(material), setting };
}

/**
 * The key a change of key leaves behind (KADENS_ENCRYPTION_KEY_PREVIOUS: the old
 * KADENS_ENCRYPTION_KEY, or the old AUTH_SECRET when none was set): the migrations open with it
 * what the current key does not open, and seal it again with the current key. Null when unset.
 */
export function previousEncryptionKey(env: Readonly<Record<string, string | undefined>> = process.env): EncryptionKey | null {
  const material = env.KADENS_ENCRYPTION_KEY_PREVIOUS?.trim();
  return material ? { key: derive(material), setting: 'KADENS_ENCRYPTION_KEY_PREVIOUS' } : null;
}

function derive(material: string): Buffer {
  let key = derived.get(material);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', material, HKDF_SALT, HKDF_INFO, 32));
    derived.set(material, key);
  }
  return key;
}

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

export function sealSecret(plain: string, context: string, key: EncryptionKey = encryptionKey()): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The plain secret; throws SecretKeyMismatchError when the key (or the context) is not the sealing one. */
export function openSecret(sealed: string, context: string, key: EncryptionKey = encryptionKey()): string {
  if (!isSealed(sealed)) throw new Error(`A stored secret (${context}) is not encrypted: run the migrations (npm run db:migrate) to encrypt it.`);
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretKeyMismatchError(key.setting, context);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyMismatchError(key.setting, context);
  }
}
