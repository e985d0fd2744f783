// What a programme version offers: the subsidy formula, the longest term, who may take part, and the regulation it comes from.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeVersionView } from '../../../shared/api/subsidy-programmes';
import type { SubsidyFormula } from '../../../shared/subsidy/programmes';
import { formatIsoDate } from './subsidy-labels';

export function useFormulaText(): (formula: SubsidyFormula) => string {
  const { t } = useTranslation('subsidy');
  return (formula) => {
    switch (formula.kind) {
      case 'wage_share': {
        const share = t('formula.wageShare', { percent: formula.percent });
        if (formula.capMrp !== undefined) return t('formula.withMrpCap', { share, cap: formula.capMrp });
        if (formula.capMzp !== undefined) return t('formula.withMzpCap', { share, cap: formula.capMzp });
        return share;
      }
      case 'wage_share_by_year':
        return t('formula.wageShareByYear', { percents: formula.percentByYear.join(' / '), cap: formula.capMrp });
      case 'fixed_mrp':
        return t('formula.fixedMrp', { mrp: formula.mrp });
      case 'fixed_mzp':
        return t('formula.fixedMzp', { multiple: formula.multiple });
      case 'not_set':
        return t('formula.notSet');
    }
  };
}

function Unconfirmed() {
  const { t } = useTranslation('subsidy');
  return (
    // Dark text on the yellow tint: yellow text on it would read at under 3:1.
    <Badge color="yellow" variant="light" c="dark.7" size="sm" title={t('programme.unconfirmedHint')} data-unconfirmed>
      {t('programme.unconfirmed')}
    </Badge>
  );
}

export function ProgrammeFacts({ programme }: { programme: ProgrammeVersionView }) {
  const { t } = useTranslation('subsidy');
  const formulaText = useFormulaText();
  const { certainty } = programme;
  return (
    <Stack gap={4} data-programme-code={programme.code}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          <Text span fw={600} inherit>
            {t('programme.subsidy')}:
          </Text>{' '}
          {formulaText(programme.formula)}
          {programme.formula.kind !== 'not_set' && `; ${t('programme.capAtWage')}`}
        </Text>
        {certainty.formula === 'unconfirmed' && <Unconfirmed />}
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          <Text span fw={600} inherit>
            {t('programme.duration')}:
          </Text>{' '}
          {programme.maxDurationMonths === null
            ? t('programme.durationNotSet')
            : t('programme.durationUpTo', { months: programme.maxDurationMonths })}
        </Text>
        {certainty.duration === 'unconfirmed' && <Unconfirmed />}
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          <Text span fw={600} inherit>
            {t('programme.participants')}:
          </Text>{' '}
          {programme.targetGroups.map((g) => t(`targetGroups.${g}`)).join(', ')}
          {programme.maxParticipantAge !== null && `; ${t('programme.ageUpTo', { age: programme.maxParticipantAge })}`}
          {programme.minParticipantAge !== null && `; ${t('programme.ageOver', { age: programme.minParticipantAge })}`}
        </Text>
        {certainty.participants === 'unconfirmed' && <Unconfirmed />}
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('programme.source', { source: programme.source, from: formatIsoDate(programme.validFrom) })}
      </Text>
    </Stack>
  );
}
