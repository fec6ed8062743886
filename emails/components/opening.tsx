import { Heading, Text } from './primitives';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { styles } from './styles';

/** The mail's title, then "Hi <name>," when it is written to a person. */
export function Opening({ locale, title, name, overrides }: { locale: Locale; title: string; name?: string; overrides?: TextOverrides }) {
  return (
    <>
      <Heading as="h1" style={styles.heading}>
        {title}
      </Heading>
      {name === undefined ? null : <Text style={styles.paragraph}>{getTranslator(locale, 'emails.common', overrides)('greeting', { name })}</Text>}
    </>
  );
}
