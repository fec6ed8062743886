'use server';

import { manageText } from '@/lib/actions/request-locale';
import { manageCode } from '@/lib/i18n/manage-messages';
import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { revokeApiKey } from '@/lib/services/api-keys/revoke-api-key';

const schema = z.object({ apiKeyId: z.uuid({ error: manageCode('apiKeyMissing') }) });

/** The owner only: revokes a key; its next request is refused. */
export const revokeApiKeyAction = merchantAction(
  { to: 'manage API keys', permission: 'api-keys:manage', schema, invalid: 'first', revalidate: ['/dashboard/settings/api-keys'] },
  async ({ apiKeyId }, { viewer }) => {
    const revoked = await revokeApiKey({ apiKeyId, staffUserId: viewer.userId, now: new Date() });
    if (!revoked.ok) return { error: revoked.error };
    return { notice: await manageText('apiKeyRevoked', { prefix: revoked.value.prefix }) };
  },
);
