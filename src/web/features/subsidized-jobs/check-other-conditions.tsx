// B03-1.3 beside the registries' answers: the conditions the centre checks itself (condition 7) and those the rules in
// force on the application date suspend, each with its source; an unconfirmed rule is marked so.
import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckView } from '../../../shared/api/subsidized-jobs';
import { formatIsoDate, useSubsidyLabels } from './subsidy-labels';

function Unconfirmed({ certainty }: { certainty: string }) {
  const { t } = useTranslation('subsidy');
  if (certainty !== 'unconfirmed') return null;
  return (
    <Badge color="yellow" variant="filled" size="sm" data-certainty="unconfirmed">
      {t('check.unconfirmed')}
    </Badge>
  );
}

export function OtherConditions({ check }: { check: CheckView }) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const byCentre = check.byCentre ?? [];
  const suspended = check.suspended ?? [];
  if (byCentre.length === 0 && suspended.length === 0) return null;
  return (
    <Stack gap="md">
      {byCentre.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="check-by-centre">
          <Title order={3} size="h4" id="check-by-centre">
            {t('check.byCentreTitle')}
          </Title>
          <Text size="sm">{t('check.byCentreIntro')}</Text>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {byCentre.map((c) => (
              <Paper component="li" key={c.code} withBorder p="sm" radius="sm" data-condition-by-centre={c.code}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {t('check.byCentre')}: {labels.conditionName(c.code)} <Unconfirmed certainty={c.certainty} />
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('check.rule', { source: c.source })}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Stack>
      )}
      {suspended.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="check-suspended">
          <Title order={3} size="h4" id="check-suspended">
            {t('check.suspendedTitle')}
          </Title>
          <Text size="sm">{t('check.suspendedIntro', { date: formatIsoDate(check.applicationDate) })}</Text>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {suspended.map((c) => (
              <Paper component="li" key={c.code} withBorder p="sm" radius="sm" data-condition-suspended={c.code}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {labels.conditionName(c.code)} <Unconfirmed certainty={c.certainty} />
                  </Text>
                  <Text size="xs">
                    {c.validTo
                      ? t('check.suspendedFromTo', { from: formatIsoDate(c.validFrom), to: formatIsoDate(c.validTo) })
                      : t('check.suspendedFrom', { from: formatIsoDate(c.validFrom) })}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('check.rule', { source: c.source })}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
