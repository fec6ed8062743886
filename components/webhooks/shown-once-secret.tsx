import { webhookTestIds as ids } from './test-ids';

/** A signing secret just made: shown in the answer of the form that made it, never again. */
export function ShownOnceSecret({ secret, label }: { secret: string | undefined; label: string }) {
  if (!secret) return null;
  return (
    <p className="alert ok">
      {label} <code data-testid={ids.secret} style={{ userSelect: 'all', wordBreak: 'break-all' }}>{secret}</code>
    </p>
  );
}
