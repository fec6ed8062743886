import Link from 'next/link';

/** What a one-time link shows once it has been used or has expired. */
export function SpentLink({ title, again }: { title: string; again: { href: string; label: string } }) {
  return (
    <div className="panel stack" style={{ maxWidth: 460 }} data-testid="link-spent">
      <h1>{title}</h1>
      <p>This link has expired or was already used. Each link works once, for a limited time.</p>
      <p>
        <Link href={again.href}>{again.label}</Link>
      </p>
    </div>
  );
}
