'use server';

import { manageText } from '@/lib/actions/request-locale';
import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { apiKeyInputSchema, createApiKey } from '@/lib/services/api-keys/create-api-key';

/** The form's answer: on success, the whole key, which the page shows this once. */
export type CreateApiKeyState = ActionState & { createdKey?: string };

/** The owner only: a new REST API key, read-only or read and write. */
export const createApiKeyAction = merchantAction(
  { to: 'manage API keys', permission: 'api-keys:manage', schema: apiKeyInputSchema, revalidate: ['/dashboard/settings/api-keys'] },
  async (input, { viewer }): Promise<CreateApiKeyState> => {
    const created = await createApiKey(input, { staffUserId: viewer.userId });
    if (!created.ok) return { error: created.error.message, fieldErrors: created.error.field ? { [created.error.field]: created.error.message } : {} };
    return {
      notice: await manageText('apiKeyCreated', { name: created.value.name }),
      createdKey: created.value.key,
    };
  },
);
