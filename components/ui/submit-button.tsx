'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * Disabled while its form is submitting: the first guard against a double click. It keeps its
 * own words (in the page's language) and says it is busy with an ellipsis and aria-busy.
 */
export function SubmitButton({
  children,
  className,
  testId,
  name,
  value,
}: {
  children: ReactNode;
  className?: string;
  testId?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending} data-testid={testId} name={name} value={value}>
      {children}
      {pending ? '…' : null}
    </button>
  );
}
