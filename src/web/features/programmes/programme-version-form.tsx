// The administrator's form for a new version of a programme: starts from the current version of the chosen programme,
// shows the fields of the chosen kind of subsidy, and puts each of the server's field errors beside its field.
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certainties,
  formulaKinds,
  type ProgrammeVersionView,
  targetGroups,
} from '../../../shared/api/subsidy-programmes';
import type { Certainty } from '../../../shared/subsidy/programmes';
import { ApiProblem, fieldError } from '../../api';
import { pickText, useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import {
  emptyVersionForm,
  formFromVersion,
  type NumberField,
  requestFromForm,
  type VersionForm,
} from './programme-form-model';
import { useAddProgrammeVersion } from './programme-queries';

const NEW_PROGRAMME = '';

/** The server's paths for the fields this form shows; any other field error goes to the alert above the button. */
const shownFields = [
  'code',
  'name.kk',
  'name.ru',
  'name.en',
  'targetGroups',
  'minParticipantAge',
  'maxParticipantAge',
  'maxDurationMonths',
  'formula',
  'formula.kind',
  'formula.percent',
  'formula.capMrp',
  'formula.capMzp',
  'formula.percentByYear',
  'formula.mrp',
  'formula.multiple',
  'validFrom',
  'validTo',
  'source',
  'certainty.participants',
  'certainty.duration',
  'certainty.formula',
];

/** Errors of a list field and of each of its items ("formula.percentByYear.1") together. */
function errorsUnder(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const messages = (error.problem.errors ?? [])
    .filter((e) => e.field === field || e.field.startsWith(`${field}.`))
    .map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

function fieldsShown(error: unknown): string[] {
  const listItems =
    error instanceof ApiProblem
      ? (error.problem.errors ?? []).map((e) => e.field).filter((f) => f.startsWith('formula.percentByYear.'))
      : [];
  return [...shownFields, ...listItems];
}

/** The latest version of each programme code, to start a new version from. */
function latestByCode(versions: readonly ProgrammeVersionView[]): ProgrammeVersionView[] {
  const latest = new Map<string, ProgrammeVersionView>();
  for (const v of versions) {
    const current = latest.get(v.code);
    if (!current || v.version > current.version) latest.set(v.code, v);
  }
  return [...latest.values()];
}

export function ProgrammeVersionForm({ versions }: { versions: readonly ProgrammeVersionView[] }) {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const addVersion = useAddProgrammeVersion();
  const [programmeCode, setProgrammeCode] = useState(NEW_PROGRAMME);
  const [form, setForm] = useState<VersionForm>(emptyVersionForm);
  const programmes = latestByCode(versions);
  const error = addVersion.error;

  const set = <K extends keyof VersionForm>(key: K, value: VersionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setNumber = (key: keyof VersionForm) => (value: NumberField) => setForm((f) => ({ ...f, [key]: value }));
  const setCertainty = (part: keyof VersionForm['certainty'], value: string) =>
    setForm((f) => ({ ...f, certainty: { ...f.certainty, [part]: value as Certainty } }));

  const chooseProgramme = (code: string) => {
    setProgrammeCode(code);
    const current = programmes.find((p) => p.code === code);
    setForm(current ? formFromVersion(current) : emptyVersionForm);
    addVersion.reset();
  };

  const certaintyOptions = certainties.map((c) => ({ value: c, label: t(`admin.form.certaintyOptions.${c}`) }));
  const kind = form.formulaKind;

  return (
    <Stack gap="md" component="section" aria-labelledby="new-version-title">
      <Stack gap={4}>
        <Title order={2} id="new-version-title">
          {t('admin.form.title')}
        </Title>
        <Text size="sm">{t('admin.form.intro')}</Text>
      </Stack>
      {addVersion.isSuccess && (
        <Alert color="green" role="status" data-version-added={addVersion.data.id}>
          {t('admin.form.added', {
            version: addVersion.data.version,
            name: pickText(addVersion.data.name, language),
          })}
        </Alert>
      )}
      <form
        noValidate
        data-form="new-programme-version"
        onSubmit={(event) => {
          event.preventDefault();
          addVersion.mutate(requestFromForm(form), {
            onSuccess: () => {
              setProgrammeCode(NEW_PROGRAMME);
              setForm(emptyVersionForm);
            },
          });
        }}
      >
        <Stack gap="md">
          <NativeSelect
            label={t('admin.form.programme')}
            value={programmeCode}
            onChange={(event) => chooseProgramme(event.currentTarget.value)}
            data={[
              { value: NEW_PROGRAMME, label: t('admin.form.newProgramme') },
              ...programmes.map((p) => ({ value: p.code, label: `${pickText(p.name, language)} (${p.code})` })),
            ]}
          />
          {programmeCode === NEW_PROGRAMME && (
            <TextInput
              label={t('admin.form.code')}
              description={t('admin.form.codeHint')}
              required
              value={form.code}
              onChange={(event) => set('code', event.currentTarget.value)}
              error={fieldError(error, 'code')}
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('admin.form.nameKk')}
              lang="kk"
              required
              value={form.nameKk}
              onChange={(event) => set('nameKk', event.currentTarget.value)}
              error={fieldError(error, 'name.kk')}
            />
            <TextInput
              label={t('admin.form.nameRu')}
              lang="ru"
              required
              value={form.nameRu}
              onChange={(event) => set('nameRu', event.currentTarget.value)}
              error={fieldError(error, 'name.ru')}
            />
            <TextInput
              label={t('admin.form.nameEn')}
              lang="en"
              value={form.nameEn}
              onChange={(event) => set('nameEn', event.currentTarget.value)}
              error={fieldError(error, 'name.en')}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('admin.form.targetGroups')}
            required
            value={form.targetGroups}
            onChange={(value) => set('targetGroups', value as VersionForm['targetGroups'])}
            error={fieldError(error, 'targetGroups')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {targetGroups.map((group) => (
                <Checkbox key={group} value={group} label={t(`targetGroups.${group}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('admin.form.minAge')}
              description={t('admin.form.ageHint')}
              allowDecimal={false}
              allowNegative={false}
              value={form.minParticipantAge}
              onChange={setNumber('minParticipantAge')}
              error={fieldError(error, 'minParticipantAge')}
            />
            <NumberInput
              label={t('admin.form.maxAge')}
              description={t('admin.form.ageHint')}
              allowDecimal={false}
              allowNegative={false}
              value={form.maxParticipantAge}
              onChange={setNumber('maxParticipantAge')}
              error={fieldError(error, 'maxParticipantAge')}
            />
            <NumberInput
              label={t('admin.form.maxDuration')}
              description={t('admin.form.durationHint')}
              allowDecimal={false}
              allowNegative={false}
              value={form.maxDurationMonths}
              onChange={setNumber('maxDurationMonths')}
              error={fieldError(error, 'maxDurationMonths')}
            />
          </SimpleGrid>

          <Fieldset legend={t('card.subsidy')} data-formula-kind={kind}>
            <Stack gap="sm">
              <NativeSelect
                label={t('admin.form.formulaKind')}
                value={kind}
                onChange={(event) => set('formulaKind', event.currentTarget.value as VersionForm['formulaKind'])}
                data={formulaKinds.map((k) => ({ value: k, label: t(`admin.form.kinds.${k}`) }))}
                error={fieldError(error, 'formula') ?? fieldError(error, 'formula.kind')}
              />
              {kind === 'wage_share' && (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label={t('admin.form.percent')}
                    required
                    allowDecimal={false}
                    allowNegative={false}
                    value={form.percent}
                    onChange={setNumber('percent')}
                    error={fieldError(error, 'formula.percent')}
                  />
                  <NumberInput
                    label={t('admin.form.capMrp')}
                    description={t('admin.form.capHint')}
                    allowDecimal={false}
                    allowNegative={false}
                    value={form.capMrp}
                    onChange={setNumber('capMrp')}
                    error={fieldError(error, 'formula.capMrp')}
                  />
                  <NumberInput
                    label={t('admin.form.capMzp')}
                    description={t('admin.form.capHint')}
                    allowDecimal={false}
                    allowNegative={false}
                    value={form.capMzp}
                    onChange={setNumber('capMzp')}
                    error={fieldError(error, 'formula.capMzp')}
                  />
                </SimpleGrid>
              )}
              {kind === 'wage_share_by_year' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('admin.form.percentByYear')}
                    description={t('admin.form.percentByYearHint')}
                    required
                    inputMode="numeric"
                    value={form.percentByYear}
                    onChange={(event) => set('percentByYear', event.currentTarget.value)}
                    error={errorsUnder(error, 'formula.percentByYear')}
                  />
                  <NumberInput
                    label={t('admin.form.capMrpByYear')}
                    required
                    allowDecimal={false}
                    allowNegative={false}
                    value={form.capMrp}
                    onChange={setNumber('capMrp')}
                    error={fieldError(error, 'formula.capMrp')}
                  />
                </SimpleGrid>
              )}
              {kind === 'fixed_mrp' && (
                <NumberInput
                  label={t('admin.form.mrp')}
                  required
                  allowDecimal={false}
                  allowNegative={false}
                  value={form.mrp}
                  onChange={setNumber('mrp')}
                  error={fieldError(error, 'formula.mrp')}
                  maw={320}
                />
              )}
              {kind === 'fixed_mzp' && (
                <NumberInput
                  label={t('admin.form.multiple')}
                  required
                  allowDecimal={false}
                  allowNegative={false}
                  value={form.multiple}
                  onChange={setNumber('multiple')}
                  error={fieldError(error, 'formula.multiple')}
                  maw={320}
                />
              )}
            </Stack>
          </Fieldset>

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('admin.form.validFrom')}
              required
              value={form.validFrom}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
              error={fieldError(error, 'validFrom')}
            />
            <TextInput
              type="date"
              label={t('admin.form.validTo')}
              description={t('admin.form.validToHint')}
              value={form.validTo}
              onChange={(event) => set('validTo', event.currentTarget.value)}
              error={fieldError(error, 'validTo')}
            />
          </SimpleGrid>
          <Textarea
            label={t('admin.form.source')}
            description={t('admin.form.sourceHint')}
            required
            autosize
            minRows={2}
            value={form.source}
            onChange={(event) => set('source', event.currentTarget.value)}
            error={fieldError(error, 'source')}
          />
          <Fieldset legend={t('admin.form.certaintyTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label={t('admin.form.certaintyParticipants')}
                value={form.certainty.participants}
                onChange={(event) => setCertainty('participants', event.currentTarget.value)}
                data={certaintyOptions}
                error={fieldError(error, 'certainty.participants')}
              />
              <NativeSelect
                label={t('admin.form.certaintyDuration')}
                value={form.certainty.duration}
                onChange={(event) => setCertainty('duration', event.currentTarget.value)}
                data={certaintyOptions}
                error={fieldError(error, 'certainty.duration')}
              />
              <NativeSelect
                label={t('admin.form.certaintyFormula')}
                value={form.certainty.formula}
                onChange={(event) => setCertainty('formula', event.currentTarget.value)}
                data={certaintyOptions}
                error={fieldError(error, 'certainty.formula')}
              />
            </SimpleGrid>
          </Fieldset>
          <ProblemAlert error={error} fields={fieldsShown(error)} title={t('admin.form.failed')} />
          <Group>
            <Button type="submit" loading={addVersion.isPending}>
              {t('admin.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
