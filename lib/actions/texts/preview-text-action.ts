'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { previewText, type TextPreview } from '@/lib/services/texts/preview-text';
import { previewTextSchema } from '@/lib/validations/message-override';

export type PreviewState = ActionState & { preview?: TextPreview };

/** The editor's live preview: the e-mail rendered by its real template with the text as typed. Writes nothing, so any staff member may look. */
export const previewTextAction = merchantAction<{ target: string; locale: 'en' | 'nl' | 'de' | 'nb'; key: string; text: string }, PreviewState>(
  { to: 'preview the e-mail texts', permission: 'read', schema: previewTextSchema },
  async (input) => ({ preview: await previewText(input) }),
);
