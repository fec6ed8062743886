import { folderPeppolSender, type PeppolSender } from '@/lib/einvoice/peppol-sender';

/**
 * The shop's Peppol access point, from the environment: `KADENS_PEPPOL_OUTBOX_DIR` names a folder
 * the built-in adapter writes each document to (an access point that collects files, or a
 * developer's look at what would be sent). Unset: nothing is sent over Peppol.
 */
export function configuredPeppolSender(env: NodeJS.ProcessEnv = process.env): PeppolSender | null {
  const dir = env.KADENS_PEPPOL_OUTBOX_DIR?.trim();
  return dir ? folderPeppolSender(dir) : null;
}
