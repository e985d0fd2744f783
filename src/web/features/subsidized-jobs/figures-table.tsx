// The subsidy by payment year (B03-1.2, as signed in B03-1.4): each position's months and amounts, the years' totals,
// the МРП/МЗП used, estimate years marked, and whether the figures are live, about to be signed or signed.
import { Badge, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { formatTenge } from '../../../shared/money';
import type { FiguresPeriod } from '../../../shared/subsidy/figures';
import { ScrollRegion } from '../../ui/scroll-region';
import { formatIsoDate, occupationLabel, useSubsidyLabels } from './subsidy-labels';

type Figures = NonNullable<ApplicationView['figures']>;

/** A month YYYY-MM as 12.2025, the way dates are written on these pages. */
const formatMonth = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

function lastMonthOf(period: FiguresPeriod): string {
  const [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = month - 1 + period.months - 1;
  return `${year + Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, '0')}`;
}

function EstimateMark() {
  const { t } = useTranslation('subsidy');
  return (
    <Badge color="yellow" variant="light" size="sm" ml={6} data-estimate style={{ verticalAlign: 'middle' }}>
      {t('figures.estimate')}
    </Badge>
  );
}

export function FiguresTable({
  view,
  figures,
  headingOrder = 4,
}: {
  view: ApplicationView;
  figures: Figures;
  headingOrder?: TitleOrder;
}) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const { snapshot, basis } = figures;
  const estimates = snapshot.indicators.filter((i) => snapshot.byYear.some((y) => y.year === i.year && y.estimate));
  return (
    <Stack gap="sm" data-figures={basis}>
      <Text size="sm" data-figures-basis={basis}>
        {t(`figures.basis.${basis}`, { date: formatIsoDate(snapshot.computedOn) })}
      </Text>
      <Text size="sm">
        {t('figures.startDate')}:{' '}
        <Text span fw={600} inherit data-planned-start-date={snapshot.plannedStartDate}>
          {formatIsoDate(snapshot.plannedStartDate)}
        </Text>
      </Text>
      {snapshot.positions.map((position, index) => {
        const name = view.positions[index]
          ? occupationLabel(view.positions[index].occupationCode, labels.language)
          : String(position.ordinal);
        return (
          <Stack gap={4} key={position.ordinal}>
            <Title order={headingOrder} size="h5">
              {t('figures.positionTitle', {
                number: position.ordinal,
                name,
                jobs: position.jobs,
                end: formatIsoDate(position.endDate),
              })}
            </Title>
            <ScrollRegion
              label={t('figures.positionTitle', {
                number: position.ordinal,
                name,
                jobs: position.jobs,
                end: formatIsoDate(position.endDate),
              })}
            >
              <Table striped withTableBorder fz="sm" data-figures-position={position.ordinal}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('figures.period')}</Table.Th>
                    <Table.Th ta="end">{t('figures.months')}</Table.Th>
                    <Table.Th ta="end">{t('figures.perJob')}</Table.Th>
                    <Table.Th ta="end">{t('figures.sum')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {position.periods.map((period) => (
                    <Table.Tr
                      key={period.from}
                      data-period={period.from}
                      data-estimate={period.estimate ? 'true' : undefined}
                    >
                      <Table.Td>
                        {period.months === 1
                          ? formatMonth(period.from)
                          : `${formatMonth(period.from)}–${formatMonth(lastMonthOf(period))}`}
                        {period.estimate && <EstimateMark />}
                      </Table.Td>
                      <Table.Td ta="end">{period.months}</Table.Td>
                      <Table.Td ta="end">
                        {formatTenge(period.monthlySubsidy)}
                        {period.cappedAtWage && (
                          <Text span size="xs" c="dimmed" display="block">
                            {t('figures.cappedAtWage')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="end">{formatTenge(period.monthlySubsidy * period.months * position.jobs)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Stack>
        );
      })}
      <Title order={headingOrder} size="h5">
        {t('figures.byYearTitle')}
      </Title>
      <ScrollRegion label={t('figures.byYearTitle')}>
        <Table striped withTableBorder fz="sm" data-figures-by-year>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('figures.year')}</Table.Th>
              <Table.Th ta="end">{t('figures.indicators')}</Table.Th>
              <Table.Th ta="end">{t('figures.sum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {snapshot.byYear.map((year) => {
              const used = snapshot.indicators.find((i) => i.year === year.year);
              return (
                <Table.Tr key={year.year} data-year={year.year} data-estimate={year.estimate ? 'true' : undefined}>
                  <Table.Td>
                    {year.year}
                    {year.estimate && <EstimateMark />}
                  </Table.Td>
                  <Table.Td ta="end">
                    {used
                      ? t('figures.indicatorsValue', { mrp: formatTenge(used.mrp), mzp: formatTenge(used.mzp) })
                      : ''}
                  </Table.Td>
                  <Table.Td ta="end">{formatTenge(year.total)}</Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Th>{t('figures.total')}</Table.Th>
              <Table.Td />
              <Table.Th ta="end" data-figures-total={snapshot.total}>
                {formatTenge(snapshot.total)}
              </Table.Th>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {estimates.map((e) => (
        <Text size="xs" c="dimmed" key={e.year} data-estimate-note={e.year}>
          {t('figures.estimateNote', { year: e.year, basedOn: e.basedOnYear })}
        </Text>
      ))}
    </Stack>
  );
}
