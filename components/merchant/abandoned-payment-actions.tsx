'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { markAbandonedNotPaidAction, markAbandonedPaidAction } from '@/lib/actions/payments/abandoned-actions';
import { merchantPaymentTestIds as ids } from './test-ids';

/** The two answers to an abandoned checkout, each its own small form; the row goes once one succeeds. Texts: dashboard.lists.abandoned. */
export function AbandonedPaymentActions({ paymentId, texts }: { paymentId: string; texts: { markPaid: string; markNotPaid: string } }) {
  const [paid, markPaid] = useActionState(markAbandonedPaidAction, initialActionState);
  const [notPaid, markNotPaid] = useActionState(markAbandonedNotPaidAction, initialActionState);
  return (
    <div className="stack">
      <div className="row">
        <form action={markPaid}>
          <input type="hidden" name="paymentId" value={paymentId} />
          <SubmitButton testId={ids.abandonedMarkPaid}>{texts.markPaid}</SubmitButton>
        </form>
        <form action={markNotPaid}>
          <input type="hidden" name="paymentId" value={paymentId} />
          <SubmitButton className="secondary" testId={ids.abandonedMarkNotPaid}>
            {texts.markNotPaid}
          </SubmitButton>
        </form>
      </div>
      <FormAlert state={paid.error || paid.notice ? paid : notPaid} />
    </div>
  );
}
