'use client';

import { useActionState, useState } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { resetMessageOverrideAction } from '@/lib/actions/texts/reset-message-override-action';
import { saveMessageOverrideAction } from '@/lib/actions/texts/save-message-override-action';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Templates } from '@/lib/i18n/templates';
import { textsTestIds } from './test-ids';

export type TextRow = {
  key: string;
  /** The catalog's text in this language. */
  defaultText: string;
  /** The merchant's text, or null when the default is used. */
  override: string | null;
  /** The macros this text may use (its own arguments and the e-mail's). */
  macros: string[];
};

/** One message of an e-mail in one language: its default, the merchant's text, save and reset; labelled in the staff member's language (`words`). */
export function TextRowForm({
  target,
  locale,
  row,
  onDraft,
  words,
}: {
  target: string;
  locale: string;
  row: TextRow;
  onDraft: (key: string, text: string) => void;
  words: Templates<'dashboard.manage.texts'>;
}) {
  const [saved, save] = useActionState(saveMessageOverrideAction, initialActionState);
  const [reset, resetAction] = useActionState(resetMessageOverrideAction, initialActionState);
  // Controlled, so a refused text stays as typed (React resets a form's uncontrolled fields).
  const [text, setText] = useState(row.override ?? row.defaultText);
  // Once saved or reset, the field shows what is now in force (the default after a reset).
  const [shown, setShown] = useState(row.override);
  if (shown !== row.override) {
    setShown(row.override);
    setText(row.override ?? row.defaultText);
  }
  const id = `text-${row.key.replaceAll('.', '-')}`;
  return (
    <div className="stack" data-testid={textsTestIds.row} data-key={row.key} style={{ borderTop: '1px solid #e4e4e7', paddingTop: 12 }}>
      <form action={save} className="stack">
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="key" value={row.key} />
        <label htmlFor={id}>
          <code>{row.key}</code> {row.override === null ? <span className="muted">{words.isDefault}</span> : <strong>{words.isChanged}</strong>}
        </label>
        <textarea
          id={id}
          name="text"
          rows={Math.min(6, Math.ceil(row.defaultText.length / 80) + 1)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onDraft(row.key, event.target.value);
          }}
          onFocus={() => onDraft(row.key, text)}
          data-testid={textsTestIds.input}
        />
        <FieldError state={saved} name="text" />
        <p className="muted" style={{ margin: 0 }}>
          {fillTemplate(words.defaultText, { text: row.defaultText })}
          <br />
          {fillTemplate(words.macros, { macros: row.macros.length ? row.macros.map((macro) => `{${macro}}`).join(' ') : words.noMacros })}
        </p>
        <FormAlert state={saved} />
        <SubmitButton testId={textsTestIds.save}>{words.save}</SubmitButton>
      </form>
      {row.override === null ? null : (
        <form action={resetAction}>
          <input type="hidden" name="target" value={target} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="key" value={row.key} />
          <FormAlert state={reset} />
          <SubmitButton testId={textsTestIds.reset} className="secondary">
            {words.reset}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
