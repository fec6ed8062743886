/** What each figure of the metrics means, written on the page next to them. */
export function MetricsDefinitions() {
  return (
    <section className="panel" aria-label="Definitions">
      <h2 style={{ marginTop: 0 }}>How these figures are made</h2>
      <dl className="stack" style={{ margin: 0 }}>
        <div>
          <dt><strong>MRR</strong> (monthly recurring revenue)</dt>
          <dd>
            The recurring price of each subscription’s current term (a campaign’s offer price while the offer lasts) after
            recurring discounts (a coupon that applies forever, or a repeating
            one until its last discounted term has been invoiced), excluding VAT, turned into a monthly amount: yearly ÷ 12,
            quarterly ÷ 3, weekly × 52 ÷ 12. Counted for <strong>active and past-due</strong> subscriptions. Trials, paused and
            suspended subscriptions, and subscriptions canceled or ended, are not counted. One-off charges, setup fees and
            reminder fees are not recurring and never count.
          </dd>
        </div>
        <div>
          <dt><strong>ARR</strong></dt>
          <dd>12 × MRR at the end of the period.</dd>
        </div>
        <div>
          <dt><strong>Subscribers</strong> and <strong>ARPU</strong></dt>
          <dd>Subscribers are customers with MRR in that currency; ARPU is MRR ÷ subscribers.</dd>
        </div>
        <div>
          <dt><strong>Movements</strong></dt>
          <dd>
            Every change of a subscription’s MRR is recorded when it happens. <em>New</em>: a subscription counts for the first
            time (paid checkout, or a trial that became paid). <em>Expansion</em> / <em>contraction</em>: its MRR went up or down
            (plan, price, quantity, a campaign’s offer ending, or a coupon). <em>Churn</em>: it stopped counting (ended, paused, suspended or terminated by the
            reminder process). <em>Reactivation</em>: it counts again after churn (paid after suspension, resumed). A month’s
            MRR at its start plus its movements is exactly its MRR at the end.
          </dd>
        </div>
        <div>
          <dt><strong>Customer churn rate</strong></dt>
          <dd>Customers with MRR at the start of the month who have none at its end, ÷ customers with MRR at its start.</dd>
        </div>
        <div>
          <dt><strong>Gross and net revenue churn</strong></dt>
          <dd>
            Gross: MRR lost to churn and contraction in the month ÷ MRR at its start. Net: the same, less what expansion and
            reactivation won back; below zero when they won back more than was lost.
          </dd>
        </div>
        <div>
          <dt><strong>Trials</strong> and <strong>trial conversion</strong></dt>
          <dd>
            Trials: subscriptions in their trial now. Conversion: of the trials decided in the period, the share that became
            paying (the others ended during their trial).
          </dd>
        </div>
        <div>
          <dt><strong>Payments received</strong> and <strong>invoiced</strong></dt>
          <dd>
            Payments received: money that came in during the period (a customer’s credit balance used on an invoice is not
            counted again). Invoiced: the totals, VAT included, of the invoices issued in the period (drafts and voided
            invoices not counted).
          </dd>
        </div>
        <div>
          <dt><strong>Currencies</strong></dt>
          <dd>Every figure is shown per currency; amounts in different currencies are never added or converted.</dd>
        </div>
      </dl>
    </section>
  );
}
