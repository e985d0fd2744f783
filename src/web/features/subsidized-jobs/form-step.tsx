// B03-1.2 the application form: programme, centre, contacts and positions, saved as the employer types.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  type TitleOrder,
} from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApplicationView, positionInput } from '../../../shared/api/subsidized-jobs';
import { formatTenge, thinSpace } from '../../../shared/money';
import { DistrictPicker } from '../../ui/district-picker';
import { pickText } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { readableAlertTitle } from './alert-styles';
import { emptyPosition, type FormDraft, type NumberField, type PositionDraft } from './application-form-model';
import { FiguresTable } from './figures-table';
import { ProgrammeFacts } from './programme-facts';
import { formatClockTime, occupationOptions, useSubsidyLabels } from './subsidy-labels';
import { useCentres, useIndicators, useProgrammes } from './subsidy-queries';
import { type AutosaveState, newRowKey, type useFormAutosave } from './use-form-autosave';

type Autosave = ReturnType<typeof useFormAutosave>;

const formFieldPaths = ['programmeCode', 'centreId', 'plannedStartDate', 'contactName', 'contactPhone', 'contactEmail'];
const positionFieldNames = Object.keys(positionInput.shape);

/** After a refused save or step change, the first field with a message gets the focus, so the person sees why. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

function numberField(value: string | number): NumberField {
  return typeof value === 'number' ? value : '';
}

export function AutosaveStatus({ state, invalidCount }: { state: AutosaveState; invalidCount: number }) {
  const { t } = useTranslation('subsidy');
  const text = {
    idle: t('autosave.idle'),
    pending: t('autosave.pending'),
    saving: t('autosave.saving'),
    saved: state.kind === 'saved' ? t('autosave.saved', { time: formatClockTime(state.at) }) : '',
    invalid: t('autosave.invalid', { fields: invalidCount }),
    failed: t('autosave.failed'),
    conflict: t('autosave.conflict'),
  }[state.kind];
  const colour = state.kind === 'invalid' || state.kind === 'failed' || state.kind === 'conflict' ? 'red.8' : 'dimmed';
  return (
    <Text size="sm" c={colour} role="status" aria-live="polite" data-autosave={state.kind}>
      {text}
    </Text>
  );
}

function PositionFields({
  index,
  position,
  saved,
  autosave,
  readOnly,
  maxDuration,
  mzpHint,
  canRemove,
  region,
}: {
  /** The region of the centre chosen: its districts are offered. */
  region: string | null;
  index: number;
  position: PositionDraft;
  saved: ApplicationView['positions'][number] | undefined;
  autosave: Autosave;
  readOnly: boolean;
  maxDuration: number | null;
  mzpHint: string | null;
  canRemove: boolean;
}) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const path = (field: keyof PositionDraft) => `positions.${index}.${field}`;
  const set = (change: Partial<PositionDraft>) =>
    autosave.update((d) => ({
      ...d,
      positions: d.positions.map((p) => (p.key === position.key ? { ...p, ...change } : p)),
    }));
  const common = (field: keyof PositionDraft) => ({
    error: autosave.errorFor(path(field)),
    onBlur: () => autosave.touch(path(field)),
    readOnly,
  });
  const legendId = `position-${position.key}-legend`;
  const upToDate = autosave.state.kind === 'saved' || autosave.state.kind === 'idle';

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={legendId} data-position-index={index}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Title order={4} id={legendId}>
            {t('position.title', { number: index + 1 })}
          </Title>
          {!readOnly && canRemove && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() =>
                autosave.update((d) => ({ ...d, positions: d.positions.filter((p) => p.key !== position.key) }))
              }
            >
              {t('position.remove', { number: index + 1 })}
            </Button>
          )}
        </Group>
        <Select
          label={t('position.occupation')}
          placeholder={t('form.choose')}
          withAsterisk
          searchable
          nothingFoundMessage={t('form.nothingFound')}
          data={occupationOptions(labels.language)}
          value={position.occupationCode || null}
          onChange={(value) => {
            set({ occupationCode: value ?? '' });
            autosave.touch(path('occupationCode'));
          }}
          allowDeselect={false}
          {...common('occupationCode')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('position.jobs')}
            withAsterisk
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            value={position.jobs}
            onChange={(value) => set({ jobs: numberField(value) })}
            {...common('jobs')}
          />
          <NumberInput
            label={t('position.monthlyWage')}
            description={mzpHint}
            withAsterisk
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={thinSpace}
            inputMode="numeric"
            value={position.monthlyWage}
            onChange={(value) => set({ monthlyWage: numberField(value) })}
            {...common('monthlyWage')}
          />
          <NumberInput
            label={t('position.durationMonths')}
            description={maxDuration === null ? null : t('position.durationHint', { months: maxDuration })}
            withAsterisk
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            value={position.durationMonths}
            onChange={(value) => set({ durationMonths: numberField(value) })}
            {...common('durationMonths')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('position.schedule')}
            withAsterisk
            data={labels.scheduleOptions}
            value={position.schedule || null}
            onChange={(value) => {
              set({ schedule: value ?? '' });
              autosave.touch(path('schedule'));
            }}
            allowDeselect={false}
            {...common('schedule')}
          />
          <TextInput
            label={t('position.workplace')}
            withAsterisk
            value={position.workplace}
            onChange={(event) => set({ workplace: event.currentTarget.value })}
            {...common('workplace')}
          />
          <DistrictPicker
            label={t('position.district')}
            region={region}
            value={position.district}
            asWritten={saved?.districtAsWritten}
            onChange={(district) => {
              set({ district });
              autosave.touch(path('district'));
            }}
            {...common('district')}
          />
        </SimpleGrid>
        <Textarea
          label={t('position.requirements')}
          autosize
          minRows={2}
          value={position.requirements}
          onChange={(event) => set({ requirements: event.currentTarget.value })}
          {...common('requirements')}
        />
        <Text
          size="sm"
          data-monthly-subsidy={upToDate && saved?.monthlySubsidy != null ? saved.monthlySubsidy : undefined}
        >
          <Text span fw={600} inherit>
            {t('position.monthlySubsidy')}:
          </Text>{' '}
          {!upToDate || !saved
            ? t('position.subsidyAfterSaving')
            : saved.monthlySubsidy === null
              ? t('position.subsidyNotSet')
              : formatTenge(saved.monthlySubsidy)}
        </Text>
      </Stack>
    </Paper>
  );
}

export function Totals({
  view,
  upToDate,
  headingOrder = 3,
}: {
  view: ApplicationView;
  upToDate: boolean;
  headingOrder?: TitleOrder;
}) {
  const { t } = useTranslation('subsidy');
  const money = (value: number | null) => (value === null ? t('totals.notSet') : formatTenge(value));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="application-totals" data-totals>
      <Stack gap={4}>
        <Title order={headingOrder} size="h4" id="application-totals">
          {t('totals.title')}
        </Title>
        <Text size="sm">
          {t('totals.jobs')}: <span data-total-jobs={view.totals.jobs}>{view.totals.jobs}</span>
        </Text>
        <Text size="sm">
          {t('totals.monthlySubsidy')}:{' '}
          <span data-total-monthly-subsidy={view.totals.monthlySubsidy ?? undefined}>
            {money(view.totals.monthlySubsidy)}
          </span>
        </Text>
        <Text size="sm">
          {t('totals.contractTotal')}:{' '}
          <span data-contract-total={view.totals.contractTotal ?? undefined}>{money(view.totals.contractTotal)}</span>
        </Text>
        {!upToDate && (
          <Text size="xs" c="dimmed">
            {t('totals.afterSaving')}
          </Text>
        )}
        {view.figures && view.figures.snapshot.positions.length > 0 ? (
          <FiguresTable
            view={view}
            figures={view.figures}
            headingOrder={headingOrder + 1 > 6 ? 6 : ((headingOrder + 1) as TitleOrder)}
          />
        ) : (
          view.plannedStartDate === null && (
            <Text size="sm" c="dimmed" data-figures-need-start-date>
              {t('figures.needStartDate')}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}

export function FormStep({
  view,
  autosave,
  readOnly,
  onDone,
}: {
  view: ApplicationView;
  autosave: Autosave;
  readOnly: boolean;
  onDone(): void;
}) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const programmes = useProgrammes();
  const centres = useCentres();
  const indicators = useIndicators();
  const draft: FormDraft = autosave.draft;
  const programme = programmes.data?.items.find((p) => p.code === draft.programmeCode) ?? null;
  const upToDate = autosave.state.kind === 'saved' || autosave.state.kind === 'idle';

  const year = Number((programmes.data?.onDate ?? new Date().toISOString()).slice(0, 4));
  const yearIndicators = indicators.data?.items.find((i) => i.year === year);
  const mzpHint = yearIndicators ? t('position.mzpHint', { mzp: formatTenge(yearIndicators.mzp), year }) : null;

  // The application's own programme and centre stay selectable even if the lists no longer hold them.
  const programmeOptions = (programmes.data?.items ?? []).map((p) => ({
    value: p.code,
    label: pickText(p.name, labels.language),
  }));
  if (!programmeOptions.some((o) => o.value === view.programme.code)) {
    programmeOptions.push({ value: view.programme.code, label: view.programme.name });
  }
  const centreOptions = (centres.data?.items ?? []).map((c) => ({
    value: c.id,
    label: pickText(c.name, labels.language),
  }));
  if (!centreOptions.some((o) => o.value === view.centre.id)) {
    centreOptions.push({ value: view.centre.id, label: view.centre.name });
  }

  const field = (name: (typeof formFieldPaths)[number]) => ({
    error: autosave.errorFor(name),
    onBlur: () => autosave.touch(name),
    readOnly,
  });
  const setText = (name: 'contactName' | 'contactPhone' | 'contactEmail') => (value: string) =>
    autosave.update((d) => ({ ...d, [name]: value }));

  const container = useRef<HTMLDivElement>(null);
  const next = async () => {
    if (await autosave.flush()) onDone();
    else focusFirstInvalid(container.current);
  };

  return (
    <Stack gap="lg" ref={container}>
      {!readOnly && (
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm">{t('form.autosaveIntro')}</Text>
          <AutosaveStatus state={autosave.state} invalidCount={autosave.invalidCount} />
        </Group>
      )}
      {autosave.state.kind === 'conflict' && (
        <Alert
          color="orange"
          title={t('autosave.conflictTitle')}
          role="alert"
          styles={readableAlertTitle}
          data-conflict
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('autosave.conflictText')}</Text>
            <Button size="xs" onClick={() => void autosave.reload()}>
              {t('autosave.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <ProblemAlert
        error={autosave.serverError}
        fields={[
          ...formFieldPaths,
          ...draft.positions.flatMap((_, i) => positionFieldNames.map((f) => `positions.${i}.${f}`)),
        ]}
      />

      <Stack gap="sm" component="section" aria-labelledby="form-programme">
        <Title order={3} size="h4" id="form-programme">
          {t('form.programmeSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.programme')}
            withAsterisk
            data={programmeOptions}
            value={draft.programmeCode || null}
            onChange={(value) => autosave.update((d) => ({ ...d, programmeCode: value ?? '' }))}
            allowDeselect={false}
            {...field('programmeCode')}
          />
          <Select
            label={t('form.centre')}
            withAsterisk
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            data={centreOptions}
            value={draft.centreId || null}
            onChange={(value) => autosave.update((d) => ({ ...d, centreId: value ?? '' }))}
            allowDeselect={false}
            {...field('centreId')}
            // Once sent, the application stays with the centre that has it (the server refuses a change).
            readOnly={readOnly || view.revision > 0}
            description={!readOnly && view.revision > 0 ? t('form.centreFixed') : undefined}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.plannedStartDate')}
          description={t('form.plannedStartDateHint')}
          withAsterisk
          type="date"
          min={programmes.data?.onDate}
          value={draft.plannedStartDate}
          onChange={(event) => {
            const value = event.currentTarget.value;
            autosave.update((d) => ({ ...d, plannedStartDate: value }));
          }}
          {...field('plannedStartDate')}
          maw={{ base: '100%', sm: 280 }}
        />
        {programme && <ProgrammeFacts programme={programme} />}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="form-contacts">
        <Title order={3} size="h4" id="form-contacts">
          {t('form.contactsSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('form.contactName')}
            withAsterisk
            autoComplete="name"
            value={draft.contactName}
            onChange={(event) => setText('contactName')(event.currentTarget.value)}
            {...field('contactName')}
          />
          <TextInput
            label={t('form.contactPhone')}
            description={t('form.phoneHint')}
            withAsterisk
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={draft.contactPhone}
            onChange={(event) => setText('contactPhone')(event.currentTarget.value)}
            {...field('contactPhone')}
          />
          <TextInput
            label={t('form.contactEmail')}
            withAsterisk
            type="email"
            autoComplete="email"
            inputMode="email"
            value={draft.contactEmail}
            onChange={(event) => setText('contactEmail')(event.currentTarget.value)}
            {...field('contactEmail')}
          />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="form-positions">
        <Title order={3} size="h4" id="form-positions">
          {t('form.positionsSection')}
        </Title>
        {draft.positions.length === 0 && <Text size="sm">{t('form.noPositions')}</Text>}
        {draft.positions.map((position, index) => (
          <PositionFields
            key={position.key}
            index={index}
            position={position}
            saved={view.positions[index]}
            autosave={autosave}
            readOnly={readOnly}
            maxDuration={programme?.maxDurationMonths ?? null}
            mzpHint={mzpHint}
            canRemove
            region={centres.data?.items.find((c) => c.id === draft.centreId)?.region ?? null}
          />
        ))}
        {!readOnly && draft.positions.length < 50 && (
          <Group>
            <Button
              variant="outline"
              onClick={() =>
                autosave.update((d) => ({
                  ...d,
                  positions: [...d.positions, emptyPosition(newRowKey(), programme?.maxDurationMonths ?? '')],
                }))
              }
            >
              {t('form.addPosition')}
            </Button>
          </Group>
        )}
      </Stack>

      <Totals view={view} upToDate={upToDate} />

      {!readOnly && (
        <Group justify="flex-end">
          <Button onClick={() => void next()} loading={autosave.state.kind === 'saving'}>
            {t('form.saveAndContinue')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
