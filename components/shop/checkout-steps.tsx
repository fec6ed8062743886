const STEPS = ['Cart', 'Account', 'Payment', 'Summary', 'Pay'] as const;

export function CheckoutSteps({ current }: { current: (typeof STEPS)[number] }) {
  return (
    <ol className="steps" aria-label="Checkout steps">
      {STEPS.map((step, i) => (
        <li key={step} aria-current={step === current ? 'step' : undefined}>
          {i + 1}. {step}
        </li>
      ))}
    </ol>
  );
}
