import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from './primitives';
import type { CSSProperties, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { getTranslator } from '@/lib/i18n/translator';

/** Who the mail comes from: the merchant's name and the address customers may write to. */
export type ShopIdentity = { name: string; supportEmail: string };

export type LayoutProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The line mail clients show next to the subject. */
  preview: string;
  children: ReactNode;
  overrides?: TextOverrides;
};

/** The frame every Kadens e-mail shares: the shop's name on top, the support address below. */
export function Layout({ locale, shop, preview, children, overrides }: LayoutProps) {
  const t = getTranslator(locale, 'emails.common', overrides);
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section style={header}>
            <Text style={shopName}>{shop.name}</Text>
          </Section>
          <Section style={content}>{children}</Section>
          <Hr style={rule} />
          <Section>
            <Text style={footer}>
              {t('footerQuestions')}{' '}
              <Link href={`mailto:${shop.supportEmail}`} style={footerLink}>
                {shop.supportEmail}
              </Link>
            </Text>
            <Text style={footer}>{shop.name}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const body: CSSProperties = {
  backgroundColor: '#f4f4f5',
  fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  margin: 0,
  padding: '24px 0',
};
const container: CSSProperties = {
  backgroundColor: '#ffffff',
  borderRadius: '8px',
  maxWidth: '600px',
  padding: '24px 32px',
};
const header: CSSProperties = { borderBottom: '1px solid #e4e4e7', marginBottom: '8px' };
const shopName: CSSProperties = { color: '#18181b', fontSize: '20px', fontWeight: 700, margin: '0 0 12px' };
const content: CSSProperties = { color: '#27272a', fontSize: '15px', lineHeight: '24px' };
const rule: CSSProperties = { borderColor: '#e4e4e7', margin: '24px 0 12px' };
const footer: CSSProperties = { color: '#71717a', fontSize: '13px', lineHeight: '20px', margin: '4px 0' };
const footerLink: CSSProperties = { color: '#71717a', textDecoration: 'underline' };
