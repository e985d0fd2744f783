// The public page of subsidized-job programmes in force: who may take part, for how long, the subsidy in words and
// tenge of this year, the regulation each comes from, and which values are not confirmed.
import { Alert, Box, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorsView, ProgrammeVersionView } from '../../../shared/api/subsidy-programmes';
import { formatTenge } from '../../../shared/money';
import type { Certainty } from '../../../shared/subsidy/programmes';
import { pickText, useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { AppealRouteSection } from './appeal-routes';
import { CertaintyLegend, CertaintyMark } from './certainty-mark';
import { ParticipantRulesSection } from './participant-rules';
import { useIndicators, useProgrammesInForce } from './programme-queries';
import { useProgrammeText, useSubsidyWords } from './programme-text';
import { formatDate, type PaymentYear, paymentYearFor } from './programme-words';

function Fact({ label, certainty, children }: { label: string; certainty: Certainty; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children} <CertaintyMark certainty={certainty} />
      </Text>
    </div>
  );
}

function ProgrammeCard({ programme, payment }: { programme: ProgrammeVersionView; payment: PaymentYear | null }) {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const words = useSubsidyWords();
  const text = useProgrammeText();
  const titleId = `programme-${programme.id}`;
  const closed = programme.formula.kind === 'not_set';
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-labelledby={titleId}
      data-programme-code={programme.code}
      data-version-id={programme.id}
      data-formula-kind={programme.formula.kind}
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            {pickText(programme.name, language)}
          </Title>
          <Text size="xs" c="dimmed">
            {text.validity(programme)} · {t('card.version', { version: programme.version })}
          </Text>
        </Stack>
        <Box component="dl" m={0} style={{ display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
          <Fact label={t('card.participants')} certainty={programme.certainty.participants}>
            {text.participants(programme)}
          </Fact>
          <Fact label={t('card.duration')} certainty={programme.certainty.duration}>
            {text.duration(programme)}
          </Fact>
          <Fact label={t('card.subsidy')} certainty={programme.certainty.formula}>
            <span data-subsidy-words>{words(programme.formula, payment)}</span>
          </Fact>
        </Box>
        {closed && (
          <Alert color="gray" variant="light" data-applications-closed>
            {t('card.noApplications')}
          </Alert>
        )}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('card.source', { source: programme.source })}
        </Text>
      </Stack>
    </Card>
  );
}

function IndicatorsNote({ year, indicators }: { year: number; indicators: IndicatorsView | undefined }) {
  const { t } = useTranslation('programmes');
  if (!indicators) return <Text size="sm">{t('indicators.missing', { year })}</Text>;
  return (
    <Stack gap={2} data-indicators-year={indicators.year}>
      <Text size="sm">
        {t('indicators.summary', {
          year: indicators.year,
          mrp: formatTenge(indicators.mrp),
          mzp: formatTenge(indicators.mzp),
        })}{' '}
        <CertaintyMark certainty={indicators.certainty} />
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('indicators.source', { source: indicators.source })}
      </Text>
    </Stack>
  );
}

/** A programme that cannot be applied for yet comes last; the others by name in the reader's language. */
function inReadingOrder(items: readonly ProgrammeVersionView[], language: 'kk' | 'ru' | 'en') {
  return [...items].sort(
    (a, b) =>
      Number(a.formula.kind === 'not_set') - Number(b.formula.kind === 'not_set') ||
      pickText(a.name, language).localeCompare(pickText(b.name, language), language),
  );
}

export function ProgrammesPage() {
  const { t } = useTranslation('programmes');
  usePageTitle(t('page.title'));
  const language = useUiLanguage();
  const programmes = useProgrammesInForce();
  const indicators = useIndicators();

  if (programmes.isPending || indicators.isPending) return <PageLoader />;
  if (programmes.isError) return <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  if (indicators.isError) return <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />;

  const year = Number(programmes.data.onDate.slice(0, 4));
  const payment = paymentYearFor(indicators.data.items, year);
  const items = inReadingOrder(programmes.data.items, language);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('page.title')}</Title>
        <Text>{t('page.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('page.onDate', { date: formatDate(programmes.data.onDate) })}
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <IndicatorsNote year={year} indicators={indicators.data.items.find((i) => i.year === year)} />
          <CertaintyLegend />
        </Stack>
      </Paper>
      {items.length === 0 ? (
        <Text>{t('page.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {items.map((programme) => (
            <ProgrammeCard key={programme.id} programme={programme} payment={payment} />
          ))}
        </SimpleGrid>
      )}
      <Paper withBorder p="md" radius="md">
        <ParticipantRulesSection />
        <AppealRouteSection />
      </Paper>
    </Stack>
  );
}
