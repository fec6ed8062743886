import { db } from '@/db/client';
import { ownerExists } from '@/db/queries/setup/owner-exists';
import { setupTokens } from '@/db/schema';
import { hashSetupToken, newSetupToken, removeSetupTokenFile, writeSetupTokenFile } from './setup-token';

export type IssuedSetupToken = { issued: false } | { issued: true; token: string; file: string };

/**
 * At server start: when the shop has no owner yet, a new one-time setup token, its hash stored
 * and the token written to `file` (mode 0600) for the caller to print. Each start issues one;
 * all stay valid until an owner exists (so several instances starting at once do not void each
 * other's). With an owner, leftovers are removed and nothing is issued.
 */
export async function issueSetupToken(file: string): Promise<IssuedSetupToken> {
  if (await ownerExists()) {
    await db.delete(setupTokens);
    removeSetupTokenFile(file);
    return { issued: false };
  }
  const token = newSetupToken();
  await db.insert(setupTokens).values({ tokenHash: hashSetupToken(token) });
  writeSetupTokenFile(file, token);
  return { issued: true, token, file };
}
