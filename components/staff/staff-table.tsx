import { formatDate } from '@/components/dashboard/format-date';
import type { StaffMemberRow } from '@/db/queries/dashboard/list-staff-members';
import type { StaffTexts } from './staff-texts';
import { StaffMemberControls } from './staff-member-controls';
import { staffTestIds as ids } from './test-ids';

/** The shop's staff, each with their role controls; `selfId` marks the row of whoever is looking. */
export function StaffTable({ rows, selfId, timeZone, texts }: { rows: StaffMemberRow[]; selfId: string; timeZone: string; texts: StaffTexts }) {
  return (
    <table>
      <thead>
        <tr>
          <th>{texts.member}</th>
          <th>{texts.role}</th>
          <th>{texts.signsInWith}</th>
          <th>{texts.added}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.userId} data-testid={ids.row}>
            <td>
              <span data-testid={ids.rowEmail}>{row.email}</span>
              {row.userId === selfId ? <span className="muted"> {texts.you}</span> : null}
              {row.name ? <div className="muted">{row.name}</div> : null}
            </td>
            <td data-testid={ids.rowRole}>{texts.roleNames[row.role]}</td>
            <td>{row.hasPassword ? texts.passwordOrLink : texts.emailedLink}</td>
            <td>{formatDate(row.addedAt, timeZone, { locale: texts.locale })}</td>
            <td>
              <StaffMemberControls userId={row.userId} email={row.email} role={row.role} texts={texts} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
