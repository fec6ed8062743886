import type { Metadata } from 'next';
import { AddStaffMemberForm } from '@/components/staff/add-staff-member-form';
import { StaffTable } from '@/components/staff/staff-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listStaffMembers } from '@/db/queries/dashboard/list-staff-members';
import { requireMerchantPage } from '@/lib/auth/guards';
import { ROLE_LABELS, ROLE_PERMISSIONS, STAFF_ROLES } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Staff' };

const ROLE_DESCRIPTIONS = {
  owner: 'everything, including the staff and where the money goes (payment provider and payout settings)',
  admin: 'everything except the staff and the payment provider and payout settings',
  support: 'reads everything and can send e-mails again; changes nothing',
  accountant: 'reads everything, downloads reports, issues credit notes and reads the audit log',
} satisfies Record<(typeof STAFF_ROLES)[number], string>;

export default async function StaffPage() {
  const viewer = await requireMerchantPage('/dashboard/staff', 'staff:manage');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listStaffMembers()]);
  return (
    <>
      <h1>Staff</h1>
      <section className="panel" aria-label="Roles">
        <ul>
          {STAFF_ROLES.map((role) => (
            <li key={role} title={ROLE_PERMISSIONS[role].join(', ')}>
              <strong>{ROLE_LABELS[role]}</strong>: {ROLE_DESCRIPTIONS[role]}.
            </li>
          ))}
        </ul>
        <p className="muted">A new role or a removal applies from the person’s next click. The shop always keeps one owner.</p>
      </section>
      <section className="panel" aria-label="Add a staff member">
        <h2 style={{ marginTop: 0 }}>Add a staff member</h2>
        <AddStaffMemberForm />
      </section>
      <section className="panel" aria-label="Staff members">
        <StaffTable rows={rows} selfId={viewer.userId} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
