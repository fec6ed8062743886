import { formatDate } from '@/components/dashboard/format-date';
import type { ApiKeyRow } from '@/db/queries/api-keys/list-api-keys';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { RevokeApiKeyButton } from './revoke-api-key-button';
import { apiKeyTestIds as ids } from './test-ids';

/** The shop's keys: name, visible prefix, access, who made it, last use; revoked ones stay listed. */
export function ApiKeyTable({ rows, timeZone, locale }: { rows: ApiKeyRow[]; timeZone: string; locale: Locale }) {
  const t = getTranslator(locale, 'dashboard.manage.apiKeys');
  if (rows.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('name')}</th>
          <th>{t('colKey')}</th>
          <th>{t('access')}</th>
          <th>{t('colCreated')}</th>
          <th>{t('colLastUsed')}</th>
          <th>{t('colStatus')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={ids.row}>
            <td>{row.name}</td>
            <td>
              <code data-testid={ids.rowPrefix}>{row.prefix}…</code>
            </td>
            <td>{t(row.scope === 'write' ? 'readWrite' : 'readOnly')}</td>
            <td>
              {formatDate(row.createdAt, timeZone)}
              {row.createdByEmail ? <div className="muted">{row.createdByEmail}</div> : null}
            </td>
            <td>{row.lastUsedAt ? formatDate(row.lastUsedAt, timeZone) : <span className="muted">{t('never')}</span>}</td>
            <td data-testid={ids.rowStatus}>{row.revokedAt ? t('revokedOn', { date: formatDate(row.revokedAt, timeZone) }) : t('active')}</td>
            <td>{row.revokedAt ? null : <RevokeApiKeyButton apiKeyId={row.id} texts={{ confirm: t('revokeConfirm', { prefix: row.prefix }), revoke: t('revoke') }} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
