// For administrators: the trust store's CA certificates, the state of their CRLs and every problem found in it.
import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustStoreStatusResponse } from '../../../shared/api/signatures';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { useTrustStoreStatus } from './trust-store-status';

type Problem = TrustStoreStatusResponse['problems'][number];
type Certificate = TrustStoreStatusResponse['certificates'][number];

/** Problems that stop signatures from verifying are errors; the others are warnings the store works around. */
const blocking: ReadonlySet<Problem['code']> = new Set(['folder_missing', 'ca_issuer_missing', 'crl_expired']);

const stateColour = { fresh: 'green', stale: 'red', none: 'gray', root: 'blue' } as const;

function ProblemItem({ problem }: { problem: Problem }) {
  const { t } = useTranslation('admin');
  const formatDateTime = useDateTimeFormat();
  const isBlocking = blocking.has(problem.code);
  return (
    <Alert
      color={isBlocking ? 'red' : 'yellow'}
      title={t(isBlocking ? 'trustStore.severity.error' : 'trustStore.severity.warning')}
      data-problem-code={problem.code}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t(`trustStore.problems.${problem.code}`, {
          source: problem.source ?? '',
          subject: problem.subject ?? '',
          at: problem.at ? formatDateTime(problem.at) : '',
        })}
      </Text>
    </Alert>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation('admin');
  const formatDateTime = useDateTimeFormat();
  const crl = certificate.publishedCrl;
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={certificate.subject}
      data-certificate-role={certificate.role}
      data-crl-state={crl.state}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{t(`trustStore.role.${certificate.role}`)}</Badge>
          <Text size="xs" c="dimmed">
            {t('trustStore.validUntil', { time: formatDateTime(certificate.notAfter) })}
          </Text>
        </Group>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {certificate.subject}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('trustStore.publishedCrl')}>
            <Stack gap={4}>
              <Badge color={stateColour[crl.state]} variant="filled" data-state={crl.state}>
                {t(`trustStore.state.${crl.state}`)}
              </Badge>
              {crl.source && (
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {t('trustStore.crlSource', { source: crl.source })}
                </Text>
              )}
              {crl.nextUpdate && (
                <Text size="xs">{t('trustStore.nextUpdate', { time: formatDateTime(crl.nextUpdate) })}</Text>
              )}
              <Text size="xs">
                {crl.fetchedAt
                  ? t('trustStore.fetchedAt', { time: formatDateTime(crl.fetchedAt) })
                  : t('trustStore.fromFolder')}
              </Text>
            </Stack>
          </Fact>
          <Fact label={t('trustStore.revocation')}>
            <Stack gap={4}>
              <Badge color={stateColour[certificate.revocation]} variant="light" data-state={certificate.revocation}>
                {t(`trustStore.revocationState.${certificate.revocation}`)}
              </Badge>
            </Stack>
          </Fact>
        </SimpleGrid>
        {certificate.distributionPoints.length > 0 && (
          <Fact label={t('trustStore.distributionPoints')}>
            <List size="xs">
              {certificate.distributionPoints.map((url) => (
                <List.Item key={url} style={{ overflowWrap: 'anywhere' }}>
                  {url}
                </List.Item>
              ))}
            </List>
          </Fact>
        )}
      </Stack>
    </Card>
  );
}

export function TrustStorePage() {
  const { t } = useTranslation('admin');
  const formatDateTime = useDateTimeFormat();
  usePageTitle(t('trustStore.title'));
  const status = useTrustStoreStatus();

  if (status.isPending) return <PageLoader />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  const { kind, refreshMinutes, lastRefreshAt, certificates, problems } = status.data;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('trustStore.title')}</Title>
        <Text>{t('trustStore.intro')}</Text>
        <Text size="sm" data-trust-store-kind={kind}>
          {t(`trustStore.kind.${kind}`)}
        </Text>
        <Text size="sm">
          {refreshMinutes === null
            ? t('trustStore.refreshOff')
            : t('trustStore.refreshEvery', { minutes: refreshMinutes })}{' '}
          {lastRefreshAt
            ? t('trustStore.lastRefresh', { time: formatDateTime(lastRefreshAt) })
            : t('trustStore.neverRefreshed')}
        </Text>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="trust-store-problems">
        <Title order={2} id="trust-store-problems">
          {t('trustStore.problemsTitle', { number: problems.length })}
        </Title>
        {problems.length === 0 ? (
          <Text>{t('trustStore.noProblems')}</Text>
        ) : (
          problems.map((problem) => (
            <ProblemItem key={`${problem.code} ${problem.source ?? ''} ${problem.subject ?? ''}`} problem={problem} />
          ))
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="trust-store-certificates">
        <Title order={2} id="trust-store-certificates">
          {t('trustStore.certificatesTitle')}
        </Title>
        {certificates.length === 0 ? (
          <Text>{t('trustStore.noCertificates')}</Text>
        ) : (
          certificates.map((certificate) => <CertificateCard key={certificate.serial} certificate={certificate} />)
        )}
        <Text size="xs" c="dimmed">
          {t('trustStore.howToChange')}
        </Text>
      </Stack>
    </Stack>
  );
}
