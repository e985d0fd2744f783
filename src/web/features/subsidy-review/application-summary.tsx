// The application as the employer signed it, for the specialist: requisites, positions with their subsidy, the
// registries' check, and the signed revisions with what changed between them.
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { formatTenge } from '../../../shared/money';
import { useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { ScrollRegion } from '../../ui/scroll-region';
import { SignedDocumentPanel } from '../signatures/signed-document-panel';
import { RevisionDiff } from '../subsidized-jobs/application-history';
import { formatIsoDate, occupationLabel } from '../subsidized-jobs/subsidy-labels';
import { useComplianceLabels } from './review-labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children ?? '—'}
      </Text>
    </Stack>
  );
}

function Requisites({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  const r = application.requisites;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('summary.requisites')}
      </Title>
      {r ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('summary.legalName')}>{r.legalNameRu}</Fact>
          <Fact label={t('summary.legalNameKk')}>{r.legalNameKk}</Fact>
          <Fact label={t('summary.bin')}>{r.bin}</Fact>
          <Fact label={t('summary.registrationDate')}>{formatIsoDate(r.registrationDate)}</Fact>
          <Fact label={t('summary.oked')}>{`${r.okedCode} — ${r.okedName}`}</Fact>
          <Fact label={t('summary.address')}>{r.legalAddress}</Fact>
          <Fact label={t('summary.head')}>{`${r.headFullName}, ${r.headPosition}`}</Fact>
          <Fact label={t('summary.bank')}>{`${r.iban}, ${r.bic}, ${r.bankName}`}</Fact>
          <Fact label={t('summary.orgContacts')}>{`${r.phone}, ${r.email}`}</Fact>
        </SimpleGrid>
      ) : (
        <Text size="sm">{t('summary.noRequisites')}</Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Fact label={t('summary.contactName')}>{application.contactName}</Fact>
        <Fact label={t('summary.contactPhone')}>{application.contactPhone}</Fact>
        <Fact label={t('summary.contactEmail')}>{application.contactEmail}</Fact>
      </SimpleGrid>
    </Stack>
  );
}

function Positions({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  const districtLabel = useDistrictLabel();
  const language = useUiLanguage();
  const money = (amount: number | null) => (amount === null ? t('summary.noFormula') : formatTenge(amount));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('summary.positions')}
      </Title>
      <ScrollRegion label={t('summary.positions')}>
        <Table withTableBorder verticalSpacing="xs" miw={820}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('summary.columns.number')}</Table.Th>
              <Table.Th>{t('summary.columns.occupation')}</Table.Th>
              <Table.Th ta="end">{t('summary.columns.jobs')}</Table.Th>
              <Table.Th ta="end">{t('summary.columns.wage')}</Table.Th>
              <Table.Th ta="end">{t('summary.columns.duration')}</Table.Th>
              <Table.Th>{t('summary.columns.place')}</Table.Th>
              <Table.Th ta="end">{t('summary.columns.subsidy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {application.positions.map((p) => (
              <Table.Tr key={p.id} data-position={p.ordinal}>
                <Table.Td>{p.ordinal}</Table.Td>
                <Table.Td>
                  {occupationLabel(p.occupationCode, language)}
                  {p.requirements && (
                    <Text size="xs" c="dimmed">
                      {p.requirements}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">{p.jobs}</Table.Td>
                <Table.Td ta="end">{formatTenge(p.monthlyWage)}</Table.Td>
                <Table.Td ta="end">{t('summary.months', { count: p.durationMonths })}</Table.Td>
                <Table.Td>{`${districtLabel(p.district || p.districtAsWritten)}; ${p.workplace}`}</Table.Td>
                <Table.Td ta="end">{money(p.monthlySubsidy)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Fact label={t('summary.totalJobs')}>{application.totals.jobs}</Fact>
        <Fact label={t('summary.monthlySubsidy')}>{money(application.totals.monthlySubsidy)}</Fact>
        <Fact label={t('summary.contractTotal')}>{money(application.totals.contractTotal)}</Fact>
      </SimpleGrid>
    </Stack>
  );
}

function CheckResult({ check }: { check: ApplicationView['check'] }) {
  const { t } = useTranslation('review');
  const formatDateTime = useDateTimeFormat();
  const labels = useComplianceLabels();
  return (
    <Stack gap="xs" data-step-id="B03-1.3">
      <Title order={3} size="h4">
        {t('summary.check')}
      </Title>
      {!check ? (
        <Text size="sm">{t('summary.noCheck')}</Text>
      ) : (
        <>
          <Group gap="xs">
            <Badge color={check.eligible ? 'teal' : 'red'} variant="light" data-eligible={check.eligible}>
              {check.eligible ? t('summary.eligible') : t('summary.notEligible')}
            </Badge>
            <Text size="sm">
              {t('summary.checkedAt', {
                time: formatDateTime(check.checkedAt),
                date: formatIsoDate(check.applicationDate),
              })}
            </Text>
          </Group>
          <Stack component="ul" gap={2} m={0} pl="md">
            {check.conditions.map((c) => (
              <Text component="li" size="sm" key={c.code} data-condition={c.code} data-passed={c.passed}>
                {`${c.passed ? '✓' : '✗'} ${labels.itemName(`condition_${c.code}`)} · ${labels.source(c.source) ?? ''}`}
                <Text span className="visually-hidden">
                  {c.passed ? t('compliance.result.passed') : t('compliance.result.failed')}
                </Text>
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function Revisions({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  const formatDateTime = useDateTimeFormat();
  const [diffOf, setDiffOf] = useState<number | null>(null);
  const [documentOf, setDocumentOf] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('summary.revisions')}
      </Title>
      {application.revisions.length === 0 ? (
        <Text size="sm">{t('summary.noRevisions')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {application.revisions.map((r) => (
            <Paper component="li" key={r.revision} withBorder p="sm" data-revision={r.revision}>
              <Stack gap="xs">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {t('summary.revision', { revision: r.revision, time: formatDateTime(r.submittedAt) })}
                  </Text>
                  <Group gap="xs">
                    {r.revision > 1 && (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-expanded={diffOf === r.revision}
                        onClick={() => setDiffOf(diffOf === r.revision ? null : r.revision)}
                      >
                        {t('summary.showChanges', { from: r.revision - 1 })}
                      </Button>
                    )}
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={documentOf === r.documentId}
                      onClick={() => setDocumentOf(documentOf === r.documentId ? null : r.documentId)}
                    >
                      {t('summary.showSignature')}
                    </Button>
                    <Anchor href={`/api/signatures/documents/${r.documentId}/content`} size="sm" target="_blank">
                      {t('summary.signedContent')}
                    </Anchor>
                  </Group>
                </Group>
                {diffOf === r.revision && (
                  <div data-revision-diff={`${r.revision - 1}-${r.revision}`}>
                    <RevisionDiff applicationId={application.id} from={r.revision - 1} to={r.revision} />
                  </div>
                )}
                {documentOf === r.documentId && <SignedDocumentPanel documentId={r.documentId} headingOrder={4} />}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function ApplicationSummary({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="application-summary">
      <Stack gap="lg">
        <Title order={2} size="h3" id="application-summary">
          {t('summary.title')}
        </Title>
        <Requisites application={application} />
        <Positions application={application} />
        <CheckResult check={application.check} />
        <Revisions application={application} />
      </Stack>
    </Paper>
  );
}
