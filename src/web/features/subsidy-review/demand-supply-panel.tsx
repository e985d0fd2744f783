// B03-2.1 for one application: each position against the centre's registered seekers who qualify, counted, never named.
import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import type { ApplicationDemandSupply } from '../../../shared/api/subsidy-review';
import { useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { occupationLabel } from '../subsidized-jobs/subsidy-labels';
import { useApplicationDemandSupply, useAssessDemandSupply } from './review-queries';
import { StepPanel } from './step-panel';
import { SupplyChart } from './supply-chart';

function AssessmentTable({ assessment }: { assessment: ApplicationDemandSupply }) {
  const { t } = useTranslation('review');
  const districtLabel = useDistrictLabel();
  const language = useUiLanguage();
  return (
    <ScrollRegion label={t('demandSupply.tableLabel')}>
      <Table withTableBorder verticalSpacing="xs" miw={720}>
        <Table.Caption className="visually-hidden">{t('demandSupply.tableLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('demandSupply.columns.position')}</Table.Th>
            <Table.Th>{t('demandSupply.columns.district')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.jobs')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.byOccupation')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.qualifying')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.inDistrict')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.shortfall')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessment.positions.map((p) => (
            <Table.Tr key={p.ordinal} data-position={p.ordinal} data-shortfall={p.shortfall}>
              <Table.Td>{`${p.ordinal}. ${occupationLabel(p.occupationCode, language)}`}</Table.Td>
              <Table.Td>{districtLabel(p.district)}</Table.Td>
              <Table.Td ta="end">{p.jobs}</Table.Td>
              <Table.Td ta="end">{p.seekers.byOccupation}</Table.Td>
              <Table.Td ta="end">{p.seekers.qualifying}</Table.Td>
              <Table.Td ta="end">{p.seekers.qualifyingInDistrict}</Table.Td>
              <Table.Td ta="end" fw={p.shortfall > 0 ? 700 : undefined} c={p.shortfall > 0 ? 'red.8' : undefined}>
                {p.shortfall}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row" colSpan={2}>
              {t('demandSupply.total')}
            </Table.Th>
            <Table.Td ta="end">{assessment.totals.jobs}</Table.Td>
            <Table.Td ta="end">{assessment.totals.seekers.byOccupation}</Table.Td>
            <Table.Td ta="end">{assessment.totals.seekers.qualifying}</Table.Td>
            <Table.Td ta="end">{assessment.totals.seekers.qualifyingInDistrict}</Table.Td>
            <Table.Td ta="end">{assessment.totals.shortfall}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}

export function DemandSupplyPanel({ application, canAssess }: { application: ApplicationView; canAssess: boolean }) {
  const { t } = useTranslation('review');
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const stored = useApplicationDemandSupply(application.id);
  const assess = useAssessDemandSupply(application.id);
  const assessment = stored.data?.assessment ?? null;

  return (
    <StepPanel
      step="B03-2.1"
      headingId="demand-supply-heading"
      title={t('demandSupply.panelTitle')}
      aside={
        canAssess && (
          <Button onClick={() => assess.mutate()} loading={assess.isPending} data-action="assess_demand_supply">
            {assessment ? t('demandSupply.reassess') : t('demandSupply.assess')}
          </Button>
        )
      }
    >
      <Text size="sm">{t('demandSupply.consent')}</Text>
      <ProblemAlert error={assess.error} fields={[]} />
      {stored.isPending ? (
        <PageLoader />
      ) : stored.isError ? (
        <QueryError error={stored.error} onRetry={() => void stored.refetch()} />
      ) : !assessment ? (
        <Text size="sm" c="dimmed">
          {t('demandSupply.notAssessed')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('demandSupply.assessedAt', {
              time: formatDateTime(assessment.assessedAt),
              name: assessment.assessedBy.name,
              revision: assessment.revision,
            })}
          </Text>
          {assessment.revision !== application.revision && (
            <Alert color="yellow" role="status">
              {t('demandSupply.stale', { revision: application.revision })}
            </Alert>
          )}
          <AssessmentTable assessment={assessment} />
          <SupplyChart
            title={t('demandSupply.chartTitle')}
            rows={assessment.positions.map((p) => ({
              key: String(p.ordinal),
              label: `${p.ordinal}. ${occupationLabel(p.occupationCode, language)}`,
              jobs: p.jobs,
              qualifying: p.seekers.qualifying,
              inDistrict: p.seekers.qualifyingInDistrict,
            }))}
          />
        </Stack>
      )}
    </StepPanel>
  );
}
