'use client';

import { useActionState, useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { previewTextAction, type PreviewState } from '@/lib/actions/texts/preview-text-action';
import { sendTestEmailAction } from '@/lib/actions/texts/send-test-email-action';
import type { Templates } from '@/lib/i18n/templates';
import { textsTestIds } from './test-ids';
import { TextRowForm, type TextRow } from './text-row-form';

/** The editor's own words, in the staff member's language (the texts edited are in `locale`). */
export type TextsEditorWords = Templates<'dashboard.manage.texts'>;

/**
 * The texts of one e-mail (or the thank-you page) in one language, with a live preview: the
 * text being edited, rendered by the real template with sample data, a moment after typing.
 */
export function TextsEditor({
  target,
  locale,
  rows,
  isEmail,
  words,
}: {
  target: string;
  locale: string;
  rows: TextRow[];
  isEmail: boolean;
  words: TextsEditorWords;
}) {
  const [preview, setPreview] = useState<PreviewState>({});
  const [, startTransition] = useTransition();
  const [tested, sendTest] = useActionState(sendTestEmailAction, initialActionState);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const onDraft = useCallback(
    (key: string, text: string) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const form = new FormData();
        for (const [name, value] of Object.entries({ target, locale, key, text })) form.set(name, value);
        startTransition(async () => setPreview(await previewTextAction({}, form)));
      }, 300);
    },
    [target, locale],
  );
  useEffect(() => {
    const first = rows[0];
    if (first) onDraft(first.key, first.override ?? first.defaultText);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // The first preview shows the saved texts once; later ones follow the typing.
  }, [onDraft, rows]);

  const shown = preview.preview;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16, alignItems: 'start' }}>
      <section className="panel stack" aria-label={words.texts}>
        {rows.map((row) => (
          <TextRowForm key={row.key} target={target} locale={locale} row={row} onDraft={onDraft} words={words} />
        ))}
      </section>
      <section className="panel stack" aria-label={words.preview} style={{ position: 'sticky', top: 16 }}>
        <h2 style={{ marginTop: 0 }}>{words.preview}</h2>
        {preview.error ? <FormAlert state={preview} /> : null}
        {shown?.problem ? (
          <p className="alert error" role="alert" data-testid={textsTestIds.previewProblem}>
            {shown.problem}
          </p>
        ) : null}
        {shown?.subject ? (
          <p data-testid={textsTestIds.previewSubject}>
            <strong>{words.subject}</strong> {shown.subject}
          </p>
        ) : null}
        {shown?.html ? (
          <iframe title={words.emailPreview} srcDoc={shown.html} sandbox="" style={{ width: '100%', height: 600, border: '1px solid #e4e4e7' }} data-testid={textsTestIds.preview} />
        ) : shown ? (
          <p style={{ whiteSpace: 'pre-wrap' }} data-testid={textsTestIds.preview}>
            {shown.text}
          </p>
        ) : (
          <p className="muted">{words.rendering}</p>
        )}
        {isEmail ? (
          <form action={sendTest} className="stack">
            <input type="hidden" name="target" value={target} />
            <input type="hidden" name="locale" value={locale} />
            <FormAlert state={tested} />
            <SubmitButton testId={textsTestIds.sendTest}>{words.sendTest}</SubmitButton>
          </form>
        ) : null}
      </section>
    </div>
  );
}
