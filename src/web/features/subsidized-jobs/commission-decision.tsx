// B03-3.2 the commission's decision as the employer reads it: which positions and how many jobs, and why not the rest.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ApplicationCommissionDecision, positionReason } from '../../../shared/api/commission';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { api } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { occupationLabel } from './subsidy-labels';
import { applicationPath } from './subsidy-queries';

function useCommissionDecision(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['subsidy', 'application', id, 'commission-decision'],
    queryFn: () =>
      api.get<{ decision: ApplicationCommissionDecision | null }>(applicationPath(id, 'commission-decision')),
    enabled,
  });
}

export function CommissionDecisionDetails({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const language = useUiLanguage();
  const query = useCommissionDecision(view.id, view.decision !== null);
  const decision = query.data?.decision;
  if (!view.decision || !decision || decision.positions.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="commission-decision-title">
      <Stack gap="sm" data-step-id="B03-3.2">
        <Title order={2} size="h4" id="commission-decision-title">
          {t('commissionDecision.title', { session: decision.session.number })}
        </Title>
        <Text fw={600} data-commission-summary>
          {t('commissionDecision.positions', {
            count: decision.positions.length,
            approved: decision.positionsApproved,
          })}
          , {t('commissionDecision.jobs', { count: decision.jobsAsked, jobs: decision.jobsApproved })}
        </Text>
        {decision.rejectedByVote && <Text size="sm">{t('commissionDecision.votedDown')}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {decision.positions.map((p) => {
            const jobs = p.decidedJobs ?? 0;
            const reason = decision.rejectedByVote
              ? t('commissionDecision.votedDownShort')
              : positionReason(p, language);
            return (
              <Paper
                component="li"
                key={p.ordinal}
                withBorder
                p="sm"
                radius="sm"
                data-ordinal={p.ordinal}
                data-jobs={jobs}
              >
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {p.ordinal}. {occupationLabel(p.occupationCode, language)}
                  </Text>
                  <Text size="sm">
                    {t('commissionDecision.approved')}:{' '}
                    {jobs > 0
                      ? t('commissionDecision.jobsOf', { count: p.jobsAsked, jobs })
                      : t('commissionDecision.refused')}
                  </Text>
                  {jobs < p.jobsAsked && reason && (
                    <Text size="sm">
                      {t('commissionDecision.reason')}: {reason}
                    </Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        <Stack gap={4}>
          <Text size="sm">{t('commissionDecision.document')}</Text>
          <Group gap="sm">
            {(['kk', 'ru'] as const).map((lang) => (
              <Button
                key={lang}
                component="a"
                href={applicationPath(view.id, `decision.pdf?lang=${lang}`)}
                download
                variant="light"
                data-decision-document={lang}
              >
                {t(`commissionDecision.download.${lang}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
