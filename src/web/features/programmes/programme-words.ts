// A programme's subsidy in words, computed from its formula and the year's МРП/МЗП: "30 МРП = 129 750 ₸ a month in 2026".

import { formatTenge } from '../../../shared/money';
import type { SubsidyFormula } from '../../../shared/subsidy/programmes';

/** "35 %" with a no-break space, as Kazakh and Russian write it, so the sign never wraps onto a line of its own. */
function percentText(percent: number): string {
  return `${percent}\u00A0%`;
}

/** The indicators the words use: the year's own, else the latest year before it (the words then name that year). */
export type PaymentYear = { year: number; mrp: number; mzp: number };

export function paymentYearFor(indicators: readonly PaymentYear[], year: number): PaymentYear | null {
  const usable = indicators.filter((i) => i.year <= year).sort((a, b) => b.year - a.year)[0];
  return usable ? { year: usable.year, mrp: usable.mrp, mzp: usable.mzp } : null;
}

export type WordKey =
  | 'wageShare'
  | 'byYear'
  | 'capMrp'
  | 'capMrpNoAmount'
  | 'capMzp'
  | 'capMzpNoAmount'
  | 'fixedMrp'
  | 'fixedMrpNoAmount'
  | 'fixedMzp'
  | 'fixedMzpNoAmount'
  | 'notSet';

/** One clause of the sentence: a message key of `programmes:words` and its values. */
export type Phrase = { key: WordKey; params: Record<string, string | number> };

function cap(unit: 'Mrp' | 'Mzp', units: number, payment: PaymentYear | null): Phrase {
  if (!payment) return { key: `cap${unit}NoAmount`, params: { cap: units } };
  // A cap is N indicators of the payment year, in whole tenge as the indicators are.
  const amount = units * (unit === 'Mrp' ? payment.mrp : payment.mzp);
  return { key: `cap${unit}`, params: { cap: units, amount: formatTenge(amount), year: payment.year } };
}

function fixed(unit: 'Mrp' | 'Mzp', units: number, payment: PaymentYear | null): Phrase {
  if (!payment) return { key: `fixed${unit}NoAmount`, params: { units } };
  const amount = units * (unit === 'Mrp' ? payment.mrp : payment.mzp);
  return { key: `fixed${unit}`, params: { units, amount: formatTenge(amount), year: payment.year } };
}

/** The clauses that describe a formula, with every figure already written out. */
export function subsidyPhrases(formula: SubsidyFormula, payment: PaymentYear | null): Phrase[] {
  switch (formula.kind) {
    case 'wage_share':
      return [
        { key: 'wageShare', params: { percent: percentText(formula.percent) } },
        ...(formula.capMrp === undefined ? [] : [cap('Mrp', formula.capMrp, payment)]),
        ...(formula.capMzp === undefined ? [] : [cap('Mzp', formula.capMzp, payment)]),
      ];
    case 'wage_share_by_year':
      return [
        { key: 'byYear', params: { percents: formula.percentByYear.map(percentText).join(' / ') } },
        cap('Mrp', formula.capMrp, payment),
      ];
    case 'fixed_mrp':
      return [fixed('Mrp', formula.mrp, payment)];
    case 'fixed_mzp':
      return [fixed('Mzp', formula.multiple, payment)];
    case 'not_set':
      return [{ key: 'notSet', params: {} }];
  }
}

export type Translate = (key: `words.${WordKey}`, params: Record<string, string | number>) => string;

/** The whole sentence in the interface language, e.g. "70 % / 65 % / 60 % of the wage by year, at most 30 МРП …". */
export function subsidyInWords(formula: SubsidyFormula, payment: PaymentYear | null, t: Translate): string {
  const sentence = subsidyPhrases(formula, payment)
    .map(({ key, params }) => t(`words.${key}`, params))
    .join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A calendar date as Kazakh and Russian write it: 2026-07-01 → 01.07.2026. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}
