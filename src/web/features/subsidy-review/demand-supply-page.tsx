// B03-2.1 for the whole centre: jobs asked for in a period by programme and occupation against the registered seekers
// who qualify, as a table and a chart, and as an XLSX download.
import { Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemandSupplyReport } from '../../../shared/api/subsidy-review';
import { useDistrictLabel } from '../../ui/district-picker';
import { pickText, useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { formatIsoDate } from '../subsidized-jobs/subsidy-labels';
import { todayInKazakhstan, useProgrammeOptions } from './review-labels';
import { reportDownloadUrl, useDemandSupplyReport } from './review-queries';
import { SupplyChart } from './supply-chart';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function ReportTable({ report }: { report: DemandSupplyReport }) {
  const { t } = useTranslation('review');
  const districtLabel = useDistrictLabel();
  const language = useUiLanguage();
  return (
    <ScrollRegion label={t('report.tableLabel')}>
      <Table withTableBorder verticalSpacing="xs" miw={980}>
        <Table.Caption className="visually-hidden">{t('report.tableLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('report.columns.programme')}</Table.Th>
            <Table.Th>{t('report.columns.occupation')}</Table.Th>
            <Table.Th ta="end">{t('report.columns.applications')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.jobs')}</Table.Th>
            <Table.Th>{t('report.columns.districts')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.byOccupation')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.qualifying')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.inDistrict')}</Table.Th>
            <Table.Th ta="end">{t('demandSupply.columns.shortfall')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((r) => (
            <Table.Tr
              key={`${r.programmeCode}-${r.occupationCode}`}
              data-programme={r.programmeCode}
              data-occupation={r.occupationCode}
            >
              <Table.Td>{pickText(r.programmeName, language)}</Table.Td>
              <Table.Td>{`${r.occupationCode} — ${pickText(r.occupationName, language)}`}</Table.Td>
              <Table.Td ta="end">{r.applications}</Table.Td>
              <Table.Td ta="end">{r.jobsRequested}</Table.Td>
              <Table.Td>{r.districts.map(districtLabel).join(', ')}</Table.Td>
              <Table.Td ta="end">{r.seekers.byOccupation}</Table.Td>
              <Table.Td ta="end">{r.seekers.qualifying}</Table.Td>
              <Table.Td ta="end">{r.seekers.qualifyingInDistrict}</Table.Td>
              <Table.Td ta="end" fw={r.shortfall > 0 ? 700 : undefined} c={r.shortfall > 0 ? 'red.8' : undefined}>
                {r.shortfall}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-totals>
            <Table.Th scope="row" colSpan={2}>
              {t('demandSupply.total')}
            </Table.Th>
            <Table.Td ta="end">{report.totals.applications}</Table.Td>
            <Table.Td ta="end">{report.totals.jobsRequested}</Table.Td>
            <Table.Td />
            <Table.Td ta="end">{report.totals.seekers.byOccupation}</Table.Td>
            <Table.Td ta="end">{report.totals.seekers.qualifying}</Table.Td>
            <Table.Td ta="end">{report.totals.seekers.qualifyingInDistrict}</Table.Td>
            <Table.Td ta="end">{report.totals.shortfall}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}

export function DemandSupplyPage() {
  const { t } = useTranslation('review');
  usePageTitle(t('report.title'));
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const today = todayInKazakhstan();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [programme, setProgramme] = useState<string | null>(null);
  const programmeOptions = useProgrammeOptions();
  const current = useMemo(() => ({ from, to, programme }), [from, to, programme]);
  const [filters] = useDebouncedValue(current, 300);
  const complete = isoDatePattern.test(filters.from) && isoDatePattern.test(filters.to);
  const report = useDemandSupplyReport(filters, complete);

  return (
    <Stack gap="md" data-step-id="B03-2.1">
      <Stack gap={4} maw={760}>
        <Title order={1}>{t('report.title')}</Title>
        <Text>{t('report.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('demandSupply.consent')}
        </Text>
      </Stack>
      <SimpleGrid
        cols={{ base: 1, sm: 3 }}
        spacing="sm"
        component="form"
        role="search"
        aria-label={t('report.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextInput
          type="date"
          label={t('report.from')}
          value={from}
          max={to}
          onChange={(event) => setFrom(event.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('report.to')}
          value={to}
          min={from}
          onChange={(event) => setTo(event.currentTarget.value)}
          required
        />
        <Select
          label={t('queue.programme')}
          data={[{ value: 'all', label: t('queue.allProgrammes') }, ...programmeOptions]}
          value={programme ?? 'all'}
          onChange={(value) => setProgramme(value && value !== 'all' ? value : null)}
          allowDeselect={false}
        />
      </SimpleGrid>
      {!complete ? (
        <Text size="sm">{t('report.choosePeriod')}</Text>
      ) : report.isPending ? (
        <PageLoader />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Stack gap="md">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed" role="status">
              {t('report.generated', {
                centre: pickText(report.data.centre.name, language),
                from: formatIsoDate(report.data.from),
                to: formatIsoDate(report.data.to),
                time: formatDateTime(report.data.generatedAt),
              })}
            </Text>
            <Button
              component="a"
              href={reportDownloadUrl(filters)}
              download
              variant="light"
              data-action="download-xlsx"
            >
              {t('report.download')}
            </Button>
          </Group>
          {report.data.rows.length === 0 ? (
            <Text>{t('report.empty')}</Text>
          ) : (
            <>
              <ReportTable report={report.data} />
              <SupplyChart
                title={t('report.chartTitle')}
                rows={report.data.rows.map((r) => ({
                  key: `${r.programmeCode}-${r.occupationCode}`,
                  label: `${pickText(r.occupationName, language)} · ${pickText(r.programmeName, language)}`,
                  jobs: r.jobsRequested,
                  qualifying: r.seekers.qualifying,
                  inDistrict: r.seekers.qualifyingInDistrict,
                }))}
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
