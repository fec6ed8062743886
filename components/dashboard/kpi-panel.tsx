import type { ReactNode } from 'react';

/** One figure on the overview: a title, the figure(s) and a muted note. */
export function KpiPanel({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      {children}
      {note && <p className="muted" style={{ margin: '0.25rem 0 0' }}>{note}</p>}
    </section>
  );
}
