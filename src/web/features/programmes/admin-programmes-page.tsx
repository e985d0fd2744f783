// For administrators: every version of every programme (the ones in force highlighted), a form for a new version,
// and МРП/МЗП by year with an edit form per year.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeVersionView } from '../../../shared/api/subsidy-programmes';
import { pickText, useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { AppealRoutesEditor } from './appeal-routes';
import { CertaintyLegend, CertaintyMark } from './certainty-mark';
import { IndicatorsEditor } from './indicators-editor';
import { ParticipantRulesEditor } from './participant-rules';
import { useAllProgrammeVersions, useIndicators } from './programme-queries';
import { useSubsidyWords } from './programme-text';
import { ProgrammeVersionForm } from './programme-version-form';
import { formatDate, type PaymentYear, paymentYearFor } from './programme-words';

function CertaintyList({ programme }: { programme: ProgrammeVersionView }) {
  const { t } = useTranslation('programmes');
  const parts = ['participants', 'duration', 'formula'] as const;
  return (
    <Stack gap={2}>
      {parts.map((part) => (
        <Text key={part} size="xs">
          {t(`admin.versions.certaintyOf.${part}`)}:{' '}
          {programme.certainty[part] === 'unconfirmed' ? (
            <CertaintyMark certainty="unconfirmed" />
          ) : (
            t(`admin.form.certaintyOptions.${programme.certainty[part]}`)
          )}
        </Text>
      ))}
    </Stack>
  );
}

function VersionsTable({
  versions,
  payment,
}: {
  versions: readonly ProgrammeVersionView[];
  payment: PaymentYear | null;
}) {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const words = useSubsidyWords();
  return (
    <Stack gap="md" component="section" aria-labelledby="versions-title">
      <Title order={2} id="versions-title">
        {t('admin.versions.title')}
      </Title>
      <ScrollRegion label={t('admin.versions.tableLabel')}>
        <Table miw={960} withTableBorder verticalSpacing="sm">
          <Table.Caption className="visually-hidden">{t('admin.versions.tableLabel')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.versions.columns.programme')}</Table.Th>
              <Table.Th>{t('admin.versions.columns.version')}</Table.Th>
              <Table.Th>{t('admin.versions.columns.subsidy')}</Table.Th>
              <Table.Th>{t('admin.versions.columns.validity')}</Table.Th>
              <Table.Th>{t('admin.versions.columns.certainty')}</Table.Th>
              <Table.Th>{t('admin.versions.columns.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr
                key={v.id}
                data-version-id={v.id}
                data-programme-code={v.code}
                data-in-force={v.inForce}
                bg={v.inForce ? 'blue.0' : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {pickText(v.name, language)}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {v.code}
                  </Text>
                  {v.inForce && (
                    <Badge color="blue" variant="filled" size="sm" mt={4}>
                      {t('admin.inForce')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>
                  <Text size="sm">{words(v.formula, payment)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('admin.versions.validity', {
                    from: formatDate(v.validFrom),
                    to: v.validTo === null ? t('admin.openEnded') : formatDate(v.validTo),
                  })}
                </Table.Td>
                <Table.Td>
                  <CertaintyList programme={v} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {v.source}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

export function AdminProgrammesPage() {
  const { t } = useTranslation('programmes');
  usePageTitle(t('admin.title'));
  const versions = useAllProgrammeVersions();
  const indicators = useIndicators();

  if (versions.isPending || indicators.isPending) return <PageLoader />;
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (indicators.isError) return <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />;

  const year = Number(versions.data.onDate.slice(0, 4));
  const payment = paymentYearFor(indicators.data.items, year);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('admin.title')}</Title>
        <Text>{t('admin.intro')}</Text>
        <CertaintyLegend />
      </Stack>
      <VersionsTable versions={versions.data.items} payment={payment} />
      <ProgrammeVersionForm versions={versions.data.items} />
      <IndicatorsEditor indicators={indicators.data.items} currentYear={year} />
      <ParticipantRulesEditor />
      <AppealRoutesEditor />
    </Stack>
  );
}
