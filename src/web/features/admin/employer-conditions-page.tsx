// For administrators: the employer conditions of B03-1.3 as dated, sourced versions (the ones applied today
// highlighted, unconfirmed ones marked), a form to record a change or a suspension, and the working days after which
// a returned application the employer abandoned may be closed.
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConditionMode,
  type ConditionsResponse,
  type ConditionVersionView,
  conditionModes,
  type EmployerConditionCode,
  employerConditionCodes,
  type NewConditionVersionsInput,
} from '../../../shared/api/employer-conditions';
import type { ApplicationSettingsInput, ApplicationSettingsView } from '../../../shared/api/subsidized-jobs';
import { api, fieldError } from '../../api';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { CertaintyLegend, CertaintyMark } from '../programmes/certainty-mark';
import { formatIsoDate, useSubsidyLabels } from '../subsidized-jobs/subsidy-labels';

const keys = { conditions: ['employer-conditions'] as const, settings: ['admin', 'application-settings'] as const };

function useConditions() {
  return useQuery({
    queryKey: keys.conditions,
    queryFn: () => api.get<ConditionsResponse>('/api/employer-conditions'),
  });
}

// Dark shades: the mode is read as text on white and on the highlighted rows.
const modeColour: Record<ConditionMode, string> = { automatic: 'teal.9', centre: 'blue.9', suspended: 'orange.9' };

function ParamsText({ version }: { version: ConditionVersionView }) {
  const { t } = useTranslation('admin');
  const p = version.params;
  const parts = [
    p.months !== undefined ? t('conditions.params.months', { count: p.months }) : null,
    p.permanentSharePercent !== undefined
      ? t('conditions.params.permanent', {
          percent: p.permanentSharePercent,
          jobs: p.largeEmployerJobs ?? 0,
          minimum: p.minimumPermanent ?? 0,
        })
      : null,
  ].filter((x): x is string => x !== null);
  return <Text size="xs">{parts.length > 0 ? parts.join('; ') : '—'}</Text>;
}

function VersionsTable({ versions }: { versions: readonly ConditionVersionView[] }) {
  const { t } = useTranslation('admin');
  const labels = useSubsidyLabels();
  return (
    <Stack gap="md" component="section" aria-labelledby="condition-versions-title">
      <Title order={2} id="condition-versions-title">
        {t('conditions.versions.title')}
      </Title>
      <Text size="sm">{t('conditions.versions.intro')}</Text>
      <ScrollRegion label={t('conditions.versions.tableLabel')}>
        <Table miw={960} withTableBorder verticalSpacing="sm">
          <Table.Caption className="visually-hidden">{t('conditions.versions.tableLabel')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('conditions.versions.columns.condition')}</Table.Th>
              <Table.Th>{t('conditions.versions.columns.version')}</Table.Th>
              <Table.Th>{t('conditions.versions.columns.mode')}</Table.Th>
              <Table.Th>{t('conditions.versions.columns.params')}</Table.Th>
              <Table.Th>{t('conditions.versions.columns.validity')}</Table.Th>
              <Table.Th>{t('conditions.versions.columns.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr
                key={v.id}
                data-condition-version={v.id}
                data-condition-code={v.code}
                data-in-force={v.inForce}
                bg={v.inForce ? 'blue.0' : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t('conditions.ordinal', { ordinal: v.ordinal })} {labels.conditionName(v.code)}
                  </Text>
                  {v.inForce && (
                    <Badge color="blue" variant="filled" size="sm" mt={4}>
                      {t('conditions.inForce')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td miw={150}>
                  <Text size="sm" fw={600} c={modeColour[v.mode]} data-mode={v.mode}>
                    {t(`conditions.modes.${v.mode}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ParamsText version={v} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {v.validTo === null
                    ? t('conditions.validityOpen', { from: formatIsoDate(v.validFrom) })
                    : t('conditions.validity', { from: formatIsoDate(v.validFrom), to: formatIsoDate(v.validTo) })}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <CertaintyMark certainty={v.certainty} />
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {v.source}
                    </Text>
                    {v.note && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {v.note}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

type FormState = {
  codes: EmployerConditionCode[];
  mode: ConditionMode;
  months: number | string;
  validFrom: string;
  validTo: string;
  source: string;
  certainty: 'verified' | 'secondary' | 'unconfirmed';
  note: string;
};

const emptyForm: FormState = {
  codes: [],
  mode: 'suspended',
  months: 12,
  validFrom: '',
  validTo: '',
  source: '',
  certainty: 'unconfirmed',
  note: '',
};

function ChangeForm() {
  const { t } = useTranslation('admin');
  const labels = useSubsidyLabels();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>(emptyForm);
  const [confirming, setConfirming] = useState(false);
  const add = useMutation({
    mutationFn: (input: NewConditionVersionsInput) =>
      api.post<{ items: ConditionVersionView[] }>('/api/admin/employer-conditions', input),
    onSuccess: () => {
      setForm(emptyForm);
      void queryClient.invalidateQueries({ queryKey: keys.conditions });
    },
    onSettled: () => setConfirming(false),
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setConfirming(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const withMonths = form.mode === 'automatic' && form.codes.includes('operating_over_year');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    add.mutate({
      codes: form.codes,
      mode: form.mode,
      params: withMonths && typeof form.months === 'number' ? { months: form.months } : {},
      validFrom: form.validFrom,
      validTo: form.validTo === '' ? null : form.validTo,
      source: form.source,
      certainty: form.certainty,
      note: form.note,
    });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="condition-change-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={760}>
          <Title order={2} id="condition-change-title">
            {t('conditions.form.title')}
          </Title>
          <Text size="sm">{t('conditions.form.intro')}</Text>
          <Checkbox.Group
            label={t('conditions.form.codes')}
            value={form.codes}
            onChange={(value) => set('codes', value as EmployerConditionCode[])}
            error={fieldError(add.error, 'codes')}
            withAsterisk
          >
            <Stack gap={6} mt="xs">
              {employerConditionCodes.map((code) => (
                <Checkbox key={code} value={code} label={labels.conditionName(code)} data-condition-choice={code} />
              ))}
            </Stack>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('conditions.form.mode')}
              value={form.mode}
              onChange={(event) => set('mode', event.currentTarget.value as ConditionMode)}
              data={conditionModes.map((m) => ({ value: m, label: t(`conditions.modes.${m}`) }))}
              error={fieldError(add.error, 'mode')}
            />
            {withMonths && (
              <NumberInput
                label={t('conditions.form.months')}
                min={1}
                max={12}
                value={form.months}
                onChange={(value) => set('months', value)}
                error={fieldError(add.error, 'params.months')}
              />
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('conditions.form.validFrom')}
              required
              value={form.validFrom}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
              error={fieldError(add.error, 'validFrom')}
            />
            <TextInput
              type="date"
              label={t('conditions.form.validTo')}
              description={t('conditions.form.validToHint')}
              value={form.validTo}
              onChange={(event) => set('validTo', event.currentTarget.value)}
              error={fieldError(add.error, 'validTo')}
            />
          </SimpleGrid>
          <Textarea
            label={t('conditions.form.source')}
            description={t('conditions.form.sourceHint')}
            required
            autosize
            minRows={2}
            value={form.source}
            onChange={(event) => set('source', event.currentTarget.value)}
            error={fieldError(add.error, 'source')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('conditions.form.certainty')}
              value={form.certainty}
              onChange={(event) => set('certainty', event.currentTarget.value as FormState['certainty'])}
              data={(['verified', 'secondary', 'unconfirmed'] as const).map((c) => ({
                value: c,
                label: t(`conditions.certainty.${c}`),
              }))}
            />
            <TextInput
              label={t('conditions.form.note')}
              value={form.note}
              maxLength={1000}
              onChange={(event) => set('note', event.currentTarget.value)}
            />
          </SimpleGrid>
          <ProblemAlert
            error={add.error}
            fields={['codes', 'mode', 'params.months', 'validFrom', 'validTo', 'source']}
            title={t('conditions.form.failed')}
          />
          {confirming && (
            <Text size="sm" fw={600} id="condition-confirm" role="status">
              {t('conditions.form.confirm', { count: form.codes.length })}
            </Text>
          )}
          <Group gap="sm">
            <Button
              type="submit"
              loading={add.isPending}
              disabled={form.codes.length === 0}
              aria-describedby={confirming ? 'condition-confirm' : undefined}
              data-action={confirming ? 'confirm-condition-change' : 'condition-change'}
            >
              {confirming ? t('conditions.form.yes') : t('conditions.form.submit')}
            </Button>
            {confirming && (
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('conditions.form.no')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AbandonmentSettings() {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: keys.settings,
    queryFn: () => api.get<ApplicationSettingsView>('/api/admin/subsidy/application-settings'),
  });
  const save = useMutation({
    mutationFn: (input: ApplicationSettingsInput) =>
      api.put<ApplicationSettingsView>('/api/admin/subsidy/application-settings', input),
    onSuccess: (saved) => queryClient.setQueryData(keys.settings, saved),
  });
  const [close, setClose] = useState<number | string>('');
  const [notice, setNotice] = useState<number | string>('');
  useEffect(() => {
    if (settings.data) {
      setClose(settings.data.closeAfterWorkingDays);
      setNotice(settings.data.noticeAfterWorkingDays);
    }
  }, [settings.data]);
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof close === 'number' && typeof notice === 'number')
      save.mutate({ closeAfterWorkingDays: close, noticeAfterWorkingDays: notice });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="abandonment-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={760}>
          <Title order={2} id="abandonment-title">
            {t('abandonment.title')}
          </Title>
          <Text size="sm">{t('abandonment.intro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('abandonment.notice')}
              description={t('abandonment.default', { count: settings.data.defaults.noticeAfterWorkingDays })}
              min={1}
              max={250}
              value={notice}
              onChange={setNotice}
              error={fieldError(save.error, 'noticeAfterWorkingDays')}
            />
            <NumberInput
              label={t('abandonment.close')}
              description={t('abandonment.default', { count: settings.data.defaults.closeAfterWorkingDays })}
              min={1}
              max={250}
              value={close}
              onChange={setClose}
              error={fieldError(save.error, 'closeAfterWorkingDays')}
            />
          </SimpleGrid>
          <ProblemAlert
            error={save.error}
            fields={['noticeAfterWorkingDays', 'closeAfterWorkingDays']}
            title={t('abandonment.failed')}
          />
          {save.isSuccess && (
            <Text size="sm" c="teal.8" role="status">
              {t('abandonment.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending} data-action="save-abandonment-settings">
              {t('abandonment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function EmployerConditionsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('conditions.title'));
  const conditions = useConditions();
  if (conditions.isPending) return <PageLoader />;
  if (conditions.isError) return <QueryError error={conditions.error} onRetry={() => void conditions.refetch()} />;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('conditions.title')}</Title>
        <Text>{t('conditions.intro', { date: formatIsoDate(conditions.data.onDate) })}</Text>
        <CertaintyLegend />
      </Stack>
      <VersionsTable versions={conditions.data.items} />
      <ChangeForm />
      <AbandonmentSettings />
    </Stack>
  );
}
