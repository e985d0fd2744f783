// One application under the centre's review (ФК-В.03 step 2): the application itself, then a panel for each step the
// server's actions list allows now (the page never decides that itself), and the record's history.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { RecordHistory } from '../audit/record-history';
import { StatusBadge } from '../subsidized-jobs/status-badge';
import { useApplication } from '../subsidized-jobs/subsidy-queries';
import { ApplicationSummary } from './application-summary';
import { CompliancePanel } from './compliance-panel';
import { ConsultationsPanel } from './consultations-panel';
import { DemandSupplyPanel } from './demand-supply-panel';
import { RemarksPanel } from './remarks-panel';
import { formatKazakhstanDate } from './review-labels';
import { useStartReview } from './review-queries';

function StartReviewPanel({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  const start = useStartReview(application);
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="md"
      aria-labelledby="start-review-heading"
      data-step-id="B03-2.2"
      bg="blue.0"
    >
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="start-review-heading">
          {t('start.title')}
        </Title>
        <Text size="sm">{t('start.text')}</Text>
        <Button onClick={() => start.mutate()} loading={start.isPending} data-action="start_review">
          {t('start.button')}
        </Button>
        <ProblemAlert error={start.error} fields={[]} />
      </Stack>
    </Paper>
  );
}

export function ReviewPage() {
  const { t } = useTranslation('review');
  const { id = '' } = useParams();
  const query = useApplication(id);
  const application = query.data;
  usePageTitle(application ? t('page.title', { number: application.number ?? '' }) : t('page.loading'));

  if (query.isPending) return <PageLoader />;
  if (query.isError || !application) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const can = (action: string) => application.actions.some((a) => a.action === action);
  const atCentre = application.status !== 'draft' && application.status !== 'awaiting_signature';

  return (
    <Stack gap="md" data-application-id={application.id} data-status={application.status}>
      <Anchor component={Link} to="/staff/applications" size="sm">
        {t('page.back')}
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{t('page.title', { number: application.number ?? '' })}</Title>
          <StatusBadge status={application.status} />
        </Group>
        <Text fw={500}>{`${application.employer.name} · ${t('page.bin', { bin: application.employer.bin })}`}</Text>
        <Text size="sm" c="dimmed">
          {[
            application.programme.name,
            application.centre.name,
            application.submittedAt
              ? t('page.submitted', { date: formatKazakhstanDate(application.submittedAt) })
              : null,
            application.ageWorkingDays === null ? null : t('queue.age', { count: application.ageWorkingDays }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>

      {can('start_review') && <StartReviewPanel application={application} />}
      <ApplicationSummary application={application} />
      {atCentre && <DemandSupplyPanel application={application} canAssess={can('assess_demand_supply')} />}
      {atCentre && (
        <CompliancePanel
          applicationId={application.id}
          editable={can('record_compliance')}
          canConclude={can('record_conclusion')}
        />
      )}
      <RemarksPanel application={application} canReturn={can('return_with_remarks')} />
      <ConsultationsPanel application={application} canLog={can('log_consultation')} />
      <Paper withBorder p="md" radius="md">
        <RecordHistory subjectType="subsidy_application" subjectId={application.id} headingOrder={2} />
      </Paper>
    </Stack>
  );
}
