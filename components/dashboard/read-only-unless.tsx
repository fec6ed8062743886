import type { ReactNode } from 'react';

/**
 * A form as it is when `allowed`; otherwise shown for reading only: every field and button
 * disabled, with a line saying why. The action behind the form refuses the role anyway.
 */
export function ReadOnlyUnless({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  if (allowed) return children;
  return (
    <fieldset disabled style={{ border: 0, padding: 0, margin: 0 }} data-testid="read-only">
      <p className="muted">Your role can read this but not change it.</p>
      {children}
    </fieldset>
  );
}
