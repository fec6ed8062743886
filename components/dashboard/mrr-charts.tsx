'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { currencyExponent, formatMoney } from '@/lib/billing/money';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/locales';
import { dashboardIntlTag } from './format-date';

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
const KINDS = ['new', 'expansion', 'reactivation', 'contraction', 'churn'] as const;

/** The charts' words (`dashboard.overview`), as the page took them from the catalog. */
export type MrrChartTexts = Record<(typeof KINDS)[number] | 'mrr' | 'chartMrr' | 'chartMrrLabel' | 'chartMovements' | 'chartMovementsLabel', string>;

/** MRR at each month's end (a line) and each month's movements (bars above and below zero), for one currency. */
export function MrrCharts({ currency, months, texts, locale = 'en' }: { currency: string; months: MrrChartMonth[]; texts: MrrChartTexts; locale?: Locale }) {
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
  const money = (value: unknown) => formatMoney(Math.round(Number(value) * unit), currency, dashboardIntlTag(locale));
  const axis = new Intl.NumberFormat(dashboardIntlTag(locale));
  return (
    <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))' }}>
      <figure style={{ margin: 0 }} aria-label={fillTemplate(texts.chartMrrLabel, { currency })}>
        <figcaption className="muted">{fillTemplate(texts.chartMrr, { currency })}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e4e4df" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={64} tickFormatter={(value: number) => axis.format(value)} />
            <Tooltip formatter={(value) => [money(value), texts.mrr]} />
            <Line type="monotone" dataKey="mrr" name={texts.mrr} stroke={COLORS.new} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure style={{ margin: 0 }} aria-label={fillTemplate(texts.chartMovementsLabel, { currency })}>
        <figcaption className="muted">{fillTemplate(texts.chartMovements, { currency })}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e4e4df" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={64} tickFormatter={(value: number) => axis.format(value)} />
            <Tooltip formatter={(value, name) => [money(value), String(name)]} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine y={0} stroke="#6b6b66" />
            {KINDS.map((kind) => (
              <Bar key={kind} dataKey={kind} name={texts[kind]} stackId="movements" fill={COLORS[kind]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
