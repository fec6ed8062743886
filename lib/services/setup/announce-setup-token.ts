import { publicOrigin } from '@/lib/config/public-origin';
import { issueSetupToken } from './issue-setup-token';
import { setupTokenFile } from './setup-token';

/** Issues a setup token when the shop has no owner, and tells the server log where to use it. */
export async function announceSetupToken(log: Pick<Console, 'log'> = console): Promise<void> {
  const issued = await issueSetupToken(setupTokenFile());
  if (!issued.issued) return;
  log.log(
    [
      '',
      'This shop has no owner yet. Create the owner account and the shop at',
      `  ${publicOrigin()}/setup`,
      'with this one-time setup token (it dies when used; every restart issues another):',
      `  ${issued.token}`,
      `It is also in ${issued.file}, readable only by this server's user.`,
      '',
    ].join('\n'),
  );
}
