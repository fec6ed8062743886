'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { requestLocale } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { previewText, type TextPreview } from '@/lib/services/texts/preview-text';
import { previewTextSchema } from '@/lib/validations/message-override';

export type PreviewState = ActionState & { preview?: TextPreview };

/**
 * The editor's live preview: the e-mail rendered by its real template with the text as typed.
 * Writes nothing, so any staff member may look. What is wrong with the text (a code) is worded
 * here in the staff member's language: the wrapper words only the answer's error and notice.
 */
export const previewTextAction = merchantAction<{ target: string; locale: 'en' | 'nl' | 'de' | 'nb'; key: string; text: string }, PreviewState>(
  { to: 'preview the e-mail texts', permission: 'read', schema: previewTextSchema },
  async (input) => {
    const preview = await previewText(input);
    const { text } = manageLocalizer(await requestLocale());
    return { preview: { ...preview, problem: preview.problem && text(preview.problem) } };
  },
);
