// A programme version's facts in the interface language: subsidy, participants, duration and validity.
import { useTranslation } from 'react-i18next';
import type { ProgrammeVersionView } from '../../../shared/api/subsidy-programmes';
import type { SubsidyFormula } from '../../../shared/subsidy/programmes';
import { formatDate, type PaymentYear, subsidyInWords } from './programme-words';

export function useSubsidyWords(): (formula: SubsidyFormula, payment: PaymentYear | null) => string {
  const { t } = useTranslation('programmes');
  return (formula, payment) => subsidyInWords(formula, payment, (key, params) => t(key, params));
}

export function useProgrammeText() {
  const { t } = useTranslation('programmes');
  return {
    participants(programme: ProgrammeVersionView): string {
      const groups = programme.targetGroups.map((g) => t(`targetGroups.${g}`)).join(', ');
      const { minParticipantAge: min, maxParticipantAge: max } = programme;
      const ages =
        min !== null && max !== null
          ? t('age.between', { min, count: max })
          : max !== null
            ? t('age.upTo', { count: max })
            : min !== null
              ? t('age.over', { count: min })
              : null;
      const sentence = ages ? `${groups}; ${ages}` : groups;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    },
    duration(programme: ProgrammeVersionView): string {
      return programme.maxDurationMonths === null
        ? t('card.durationNotSet')
        : t('card.durationUpTo', { months: programme.maxDurationMonths });
    },
    validity(programme: ProgrammeVersionView): string {
      const from = formatDate(programme.validFrom);
      return programme.validTo === null
        ? t('card.validFrom', { from })
        : t('card.validRange', { from, to: formatDate(programme.validTo) });
    },
  };
}
