import { formatDate } from '@/components/dashboard/format-date';
import type { ApiKeyRow } from '@/db/queries/api-keys/list-api-keys';
import { RevokeApiKeyButton } from './revoke-api-key-button';
import { apiKeyTestIds as ids } from './test-ids';

/** The shop's keys: name, visible prefix, access, who made it, last use; revoked ones stay listed. */
export function ApiKeyTable({ rows, timeZone }: { rows: ApiKeyRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No API keys yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Key</th>
          <th>Access</th>
          <th>Created</th>
          <th>Last used</th>
          <th>Status</th>
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
            <td>{row.scope === 'write' ? 'Read and write' : 'Read only'}</td>
            <td>
              {formatDate(row.createdAt, timeZone)}
              {row.createdByEmail ? <div className="muted">{row.createdByEmail}</div> : null}
            </td>
            <td>{row.lastUsedAt ? formatDate(row.lastUsedAt, timeZone) : <span className="muted">never</span>}</td>
            <td data-testid={ids.rowStatus}>{row.revokedAt ? `Revoked ${formatDate(row.revokedAt, timeZone)}` : 'Active'}</td>
            <td>{row.revokedAt ? null : <RevokeApiKeyButton apiKeyId={row.id} prefix={row.prefix} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
