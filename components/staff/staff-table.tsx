import { formatDate } from '@/components/dashboard/format-date';
import type { StaffMemberRow } from '@/db/queries/dashboard/list-staff-members';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { StaffMemberControls } from './staff-member-controls';
import { staffTestIds as ids } from './test-ids';

/** The shop's staff, each with their role controls; `selfId` marks the row of whoever is looking. */
export function StaffTable({ rows, selfId, timeZone }: { rows: StaffMemberRow[]; selfId: string; timeZone: string }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Staff member</th>
          <th>Role</th>
          <th>Signs in with</th>
          <th>Added</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.userId} data-testid={ids.row}>
            <td>
              <span data-testid={ids.rowEmail}>{row.email}</span>
              {row.userId === selfId ? <span className="muted"> (you)</span> : null}
              {row.name ? <div className="muted">{row.name}</div> : null}
            </td>
            <td data-testid={ids.rowRole}>{ROLE_LABELS[row.role]}</td>
            <td>{row.hasPassword ? 'password or link' : 'e-mailed link'}</td>
            <td>{formatDate(row.addedAt, timeZone)}</td>
            <td>
              <StaffMemberControls userId={row.userId} email={row.email} role={row.role} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
