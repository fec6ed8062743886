import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/actions/action-state';

type DetailsFieldProps = {
  name: string;
  label: string;
  /** The stored answer or what was typed; empty when there is none. */
  value: string | null | undefined;
  state: ActionState;
  /** Shown between the input and its error (a datalist of suggestions). */
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'defaultValue' | 'children'>;

/**
 * One text field of a customer's details, labelled, marked invalid and followed by its error. No
 * hooks: the client details form and the checkout's server form both render it.
 */
export function DetailsField({ name, label, value, state, children, ...input }: DetailsFieldProps) {
  return (
    <label>
      {label}
      <input name={name} defaultValue={value ?? ''} aria-invalid={Boolean(state.fieldErrors?.[name])} data-testid={`details-${name}`} {...input} />
      {children}
      <FieldError state={state} name={name} />
    </label>
  );
}
