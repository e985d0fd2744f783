// Words for the review's codes (checklist items, reasons, sources, channels) and the formatting of their parameters.
import { useTranslation } from 'react-i18next';
import { applicationStatuses } from '../../../shared/api/subsidized-jobs';
import { type ComplianceItem, manualComplianceItems } from '../../../shared/api/subsidy-review';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { groupDigits } from '../../../shared/money';
import { programmeCatalogue } from '../../../shared/subsidy/programmes';
import { pickText, useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { formatIsoDate } from '../subsidized-jobs/subsidy-labels';

/** An application waiting this many working days or more is highlighted in the queue; twice as long, in red. */
export const AGE_ATTENTION_WORKING_DAYS = 5;

/** The checklist's automatic items: each is also the reason its passed or failed outcome gives. */
const outcomeReasons = [
  'condition_active',
  'condition_operating_over_year',
  'condition_no_tax_debt',
  'condition_no_social_debt',
  'condition_no_wage_arrears',
  'condition_regular_social_payments',
  'condition_reliable_taxpayer',
  'programme_in_force',
  'positions_present',
  'wage_at_least_mzp',
  'duration_within_maximum',
  'formula_set',
  'target_group_available',
] as const;
export const itemCodes = [...outcomeReasons, ...manualComplianceItems] as const;
type ItemCode = (typeof itemCodes)[number];
type OutcomeReason = (typeof outcomeReasons)[number];
const plainReasons = [
  'no_check',
  'condition_suspended',
  'no_programme',
  'indicators_missing',
  'not_assessed',
  'assessment_stale',
  'not_checked',
] as const;
type PlainReason = (typeof plainReasons)[number];
const sources = ['gbd_ul', 'kgd', 'gfss', 'esutd', 'registries', 'rules', 'demand_supply'] as const;
type Source = (typeof sources)[number];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function useProgrammeOptions() {
  const language = useUiLanguage();
  const byCode = new Map(programmeCatalogue.map((p) => [p.code, p]));
  return [...byCode.values()].map((p) => ({ value: p.code, label: pickText(p.name, language) }));
}

/** The statuses an application can have once it has reached the centre: the queue's filter. */
export const queueStatuses = applicationStatuses.filter((s) => s !== 'draft' && s !== 'awaiting_signature');

export function useStatusOptions() {
  const { t } = useTranslation('review');
  return queueStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
}

/** The calendar day of an instant in Kazakhstan, as 14.03.2026: the day the centre counts it on, wherever the reader is. */
export function formatKazakhstanDate(isoInstant: string): string {
  return formatIsoDate(dateInKazakhstan(new Date(isoInstant)));
}

/** Today in Kazakhstan (UTC+5), whatever the device's clock zone: the dates the centre works in. */
export function todayInKazakhstan(): string {
  return dateInKazakhstan(new Date());
}

/** Amounts with digit groups, calendar dates as 14.03.2026, instants in the reader's format. */
function useFormatParams() {
  const formatDateTime = useDateTimeFormat();
  return (params: ComplianceItem['params']): Record<string, string> =>
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => {
        if (typeof value === 'number') return [key, value >= 10_000 ? groupDigits(value) : String(value)];
        if (typeof value === 'boolean') return [key, String(value)];
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [key, formatIsoDate(value)];
        if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return [key, formatDateTime(value)];
        return [key, value];
      }),
    );
}

export function useComplianceLabels() {
  const { t } = useTranslation('review');
  const formatParams = useFormatParams();
  return {
    itemName: (code: string): string => (isOneOf<ItemCode>(itemCodes, code) ? t(`compliance.items.${code}`) : code),
    reason: (item: ComplianceItem): string | null => {
      if (!item.reason) return null;
      // returnObjects: false tells the typed t() these keys give text, whatever the parameters' names.
      const params = { ...formatParams(item.params), returnObjects: false as const };
      if (isOneOf<PlainReason>(plainReasons, item.reason)) return t(`compliance.reasons.${item.reason}`, params);
      const [code, outcome] = item.reason.split('.');
      if (code && isOneOf<OutcomeReason>(outcomeReasons, code) && (outcome === 'passed' || outcome === 'failed')) {
        return t(`compliance.reasons.${code}.${outcome}`, params);
      }
      return item.reason;
    },
    source: (source: string | null): string | null =>
      source === null ? null : isOneOf<Source>(sources, source) ? t(`compliance.sources.${source}`) : source,
  };
}
