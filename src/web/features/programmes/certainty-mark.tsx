// How sure a value is, beside the value: an "unconfirmed" badge explained by the page's legend, "secondary source" subtly.
import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certainty } from '../../../shared/subsidy/programmes';

const legendIds = { unconfirmed: 'programmes-legend-unconfirmed', secondary: 'programmes-legend-secondary' };

/** Nothing for a verified value; the legend on the same page says what the other two mean. */
export function CertaintyMark({ certainty }: { certainty: Certainty }) {
  const { t } = useTranslation('programmes');
  if (certainty === 'unconfirmed') {
    return (
      <Tooltip label={t('legend.unconfirmed')} multiline w={300} withArrow>
        <Badge
          color="yellow"
          variant="filled"
          size="sm"
          aria-describedby={legendIds.unconfirmed}
          data-certainty="unconfirmed"
          style={{ verticalAlign: 'middle' }}
        >
          {t('certainty.unconfirmed')}
        </Badge>
      </Tooltip>
    );
  }
  if (certainty === 'secondary') {
    return (
      <Text span size="xs" c="dimmed" aria-describedby={legendIds.secondary} data-certainty="secondary">
        ({t('certainty.secondary')})
      </Text>
    );
  }
  return null;
}

/** The explanation every badge and note points at; shown once on each page that marks certainty. */
export function CertaintyLegend() {
  const { t } = useTranslation('programmes');
  return (
    <Stack gap={4}>
      <Text size="sm" id={legendIds.unconfirmed}>
        {t('legend.unconfirmed')}
      </Text>
      <Text size="sm" c="dimmed" id={legendIds.secondary}>
        {t('legend.secondary')}
      </Text>
    </Stack>
  );
}
