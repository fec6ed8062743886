'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { currencyExponent, formatMoney } from '@/lib/billing/money';

/** One month of one currency, as the charts need it (minor units). */
export type MrrChartMonth = {
  month: string;
  closingMinor: number;
  new: number;
  expansion: number;
  reactivation: number;
  contraction: number;
  churn: number;
};

const COLORS = { new: '#0f5c4d', expansion: '#3b8f6f', reactivation: '#8cc5a8', contraction: '#e8a33d', churn: '#b42318' } as const;
const LABELS = { new: 'New', expansion: 'Expansion', reactivation: 'Reactivation', contraction: 'Contraction', churn: 'Churn' } as const;

/** MRR at each month's end (a line) and each month's movements (bars above and below zero), for one currency. */
export function MrrCharts({ currency, months }: { currency: string; months: MrrChartMonth[] }) {
  const unit = 10 ** currencyExponent(currency);
  // The axes read in major units; the tooltips show the exact amount.
  const data = months.map((m) => ({
    month: m.month,
    mrr: m.closingMinor / unit,
    new: m.new / unit,
    expansion: m.expansion / unit,
    reactivation: m.reactivation / unit,
    contraction: m.contraction / unit,
    churn: m.churn / unit,
  }));
  const money = (value: unknown) => formatMoney(Math.round(Number(value) * unit), currency);
  return (
    <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))' }}>
      <figure style={{ margin: 0 }} aria-label={`MRR over time in ${currency}`}>
        <figcaption className="muted">MRR at the end of each month ({currency})</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e4e4df" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={64} />
            <Tooltip formatter={(value) => [money(value), 'MRR']} />
            <Line type="monotone" dataKey="mrr" name="MRR" stroke={COLORS.new} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure style={{ margin: 0 }} aria-label={`MRR movements per month in ${currency}`}>
        <figcaption className="muted">MRR movements per month ({currency})</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e4e4df" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={64} />
            <Tooltip formatter={(value, name) => [money(value), String(name)]} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine y={0} stroke="#6b6b66" />
            {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((kind) => (
              <Bar key={kind} dataKey={kind} name={LABELS[kind]} stackId="movements" fill={COLORS[kind]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
