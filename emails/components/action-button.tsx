import { Button, Section } from './primitives';
import type { ReactNode } from 'react';
import { styles } from './styles';

/** The one call to action of a mail (pay, sign in, open the account); nothing without a link. */
export function ActionButton({ href, children, spacing = '16px' }: { href?: string | null; children: ReactNode; spacing?: string }) {
  if (!href) return null;
  return (
    <Section style={{ margin: `${spacing} 0` }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}
