// The application as a person reads it before signing (B03-1.4) and after: requisites, programme, positions, subsidy.
import { Box, Paper, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { formatTenge } from '../../../shared/money';
import { useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat } from '../../ui/labels';
import { Totals } from './form-step';
import { formatIsoDate, occupationLabel, regionLabel, useSubsidyLabels } from './subsidy-labels';

export type Fact = { label: string; value: ReactNode };

/** Label–value pairs as a description list, two columns where there is room, one on a phone. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing={6} m={0}>
      {facts.map((fact) => (
        <div key={fact.label} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed">
            {fact.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function Section({
  id,
  title,
  order,
  children,
}: {
  id: string;
  title: string;
  order: TitleOrder;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={order} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function ApplicationSummary({ view, headingOrder = 3 }: { view: ApplicationView; headingOrder?: TitleOrder }) {
  const { t } = useTranslation('subsidy');
  const districtLabel = useDistrictLabel();
  const labels = useSubsidyLabels();
  const formatDateTime = useDateTimeFormat();
  const r = view.requisites;
  const idPrefix = `summary-${view.id}`;
  return (
    <Stack gap="lg" data-application-summary>
      {r && (
        <Section id={`${idPrefix}-requisites`} title={t('summary.requisites')} order={headingOrder}>
          <Facts
            facts={[
              { label: t('requisites.legalNameKk'), value: <span lang="kk">{r.legalNameKk}</span> },
              { label: t('requisites.legalNameRu'), value: <span lang="ru">{r.legalNameRu}</span> },
              { label: t('requisites.bin'), value: r.bin },
              { label: t('requisites.legalForm'), value: labels.legalForm(r.legalForm) },
              { label: t('requisites.registrationDate'), value: formatIsoDate(r.registrationDate) },
              { label: t('summary.oked'), value: `${r.okedCode} — ${r.okedName}` },
              { label: t('requisites.legalAddress'), value: r.legalAddress },
              { label: t('requisites.region'), value: regionLabel(r.region, labels.language) },
              { label: t('summary.head'), value: `${r.headFullName}, ${r.headPosition}` },
              { label: t('requisites.headIin'), value: r.headIin },
              { label: t('requisites.iban.label'), value: r.iban.replace(/(.{4})(?=.)/g, '$1 ') },
              { label: t('summary.bank'), value: `${r.bankName}, ${r.bic}` },
              { label: t('requisites.phone'), value: r.phone },
              { label: t('requisites.email'), value: r.email },
            ]}
          />
        </Section>
      )}
      <Section id={`${idPrefix}-form`} title={t('summary.application')} order={headingOrder}>
        <Facts
          facts={[
            { label: t('form.programme'), value: view.programme.name },
            { label: t('form.centre'), value: view.centre.name },
            {
              label: t('form.plannedStartDate'),
              value: view.plannedStartDate ? formatIsoDate(view.plannedStartDate) : '—',
            },
            { label: t('form.contactName'), value: view.contactName ?? '—' },
            {
              label: t('summary.contacts'),
              value: [view.contactPhone, view.contactEmail].filter(Boolean).join(', ') || '—',
            },
          ]}
        />
      </Section>
      <Section id={`${idPrefix}-positions`} title={t('form.positionsSection')} order={headingOrder}>
        {view.positions.length === 0 ? (
          <Text size="sm">{t('form.noPositions')}</Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {view.positions.map((p, index) => (
              <Paper component="li" key={p.id} withBorder p="sm" radius="sm" data-position-index={index}>
                <Stack gap="xs">
                  <Text fw={600} size="sm">
                    {t('position.title', { number: index + 1 })}: {occupationLabel(p.occupationCode, labels.language)}
                  </Text>
                  <Facts
                    facts={[
                      { label: t('position.jobs'), value: p.jobs },
                      { label: t('position.monthlyWage'), value: formatTenge(p.monthlyWage) },
                      { label: t('position.schedule'), value: labels.schedule(p.schedule) },
                      { label: t('position.durationMonths'), value: p.durationMonths },
                      {
                        label: t('position.workplace'),
                        value: `${p.workplace}, ${districtLabel(p.district || p.districtAsWritten)}`,
                      },
                      {
                        label: t('position.monthlySubsidy'),
                        value: p.monthlySubsidy === null ? t('position.subsidyNotSet') : formatTenge(p.monthlySubsidy),
                      },
                      ...(p.requirements ? [{ label: t('position.requirements'), value: p.requirements }] : []),
                    ]}
                  />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Section>
      <Totals view={view} upToDate headingOrder={headingOrder} />
      {view.check && (
        <Box>
          <Text size="sm">
            {view.check.eligible
              ? t('summary.checkPassed', { time: formatDateTime(view.check.checkedAt) })
              : t('summary.checkFailed', { time: formatDateTime(view.check.checkedAt) })}
          </Text>
        </Box>
      )}
    </Stack>
  );
}
