import bcrypt from 'bcryptjs';
import { PASSWORD_MAX_BYTES, utf8Bytes } from '../validations/auth';

// NOTE: bcryptjs is pure JavaScript (no native build on any platform) and well kept; cost 12 is
// about 250 ms here, slow enough for stolen hashes and fast enough for a sign-in.
const COST = Number(process.env.KADENS_BCRYPT_COST ?? 12);

export async function hashPassword(password: string): Promise<string> {
  // NOTE: bcrypt would silently use only the first 72 bytes. Longer passwords are refused where
  // they are chosen (passwordSchema) rather than pre-hashed: a pre-hash would change what every
  // stored hash means, and 72 bytes is beyond any password people type. Reaching here is a bug.
  if (utf8Bytes(password) > PASSWORD_MAX_BYTES) throw new Error(`A password longer than ${PASSWORD_MAX_BYTES} bytes cannot be hashed whole`);
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against a throwaway hash when there is no account, so a wrong e-mail and a wrong
 * password take the same time and the sign-in form does not reveal who has an account.
 */
export async function verifyPasswordOrDummy(password: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return verifyPassword(password, hash);
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(password, await dummyHash);
  return false;
}
