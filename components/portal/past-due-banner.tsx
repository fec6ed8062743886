
/** On Min Side while an automatic payment failed and its invoice is open: leads to Payment methods. */
export function PastDueBanner({ text, cta }: { text: string; cta: string }) {
  return (
    <p className="alert error" role="alert" data-testid="past-due-banner">
      {text}{' '}
      <a href="/account/payment-methods" data-testid="past-due-banner-link">
        {cta}
      </a>
    </p>
  );
}
