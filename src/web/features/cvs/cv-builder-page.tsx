// The CV builder: main facts, photo, experience, education, languages, skills and about, saved with the version it was
// loaded at (a change made elsewhere meanwhile is shown, and the seeker decides); the PDF and who may see the CVs.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileButton,
  Group,
  Image,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type CvView,
  type EducationLevel,
  educationLevels,
  knownCvLanguages,
  type LanguageLevel,
  languageLevels,
  MAX_PHOTO_BYTES,
  type PhotoMediaType,
  photoMediaTypes,
} from '../../../shared/api/cvs';
import { type Locale, locales } from '../../../shared/roles';
import { ApiProblem, api, fieldError } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import type { FieldErrors } from '../subsidized-jobs/field-errors';
import { ConsentPanel } from './consent-panel';
import {
  type CvDraft,
  draftFromCv,
  type EducationDraft,
  type ExperienceDraft,
  emptyEducation,
  emptyExperience,
  emptyLanguage,
  inputFromDraft,
  type LanguageDraft,
  type NumberField,
  newRowKey,
  sameDraft,
  validateDraft,
} from './cv-form-model';
import { occupationOptions, regionOptions } from './cv-labels';
import { CvNotAvailable } from './cv-not-available';
import {
  cvKeys,
  cvPdfUrl,
  cvPhotoUrl,
  readAsBase64,
  useCv,
  useDeleteCv,
  useRemovePhoto,
  useSaveCv,
  useUploadPhoto,
} from './cv-queries';

const isConflict = (error: unknown) => error instanceof ApiProblem && error.status === 409;
const asNumberField = (value: string | number): NumberField => (typeof value === 'number' ? value : '');

/** Row keys survive a redraw from the server, so focus stays in the row being typed in. */
function withKeysOf(next: CvDraft, previous: CvDraft): CvDraft {
  const keep = <T extends { key: string }>(rows: T[], old: { key: string }[]) =>
    rows.map((row, index) => ({ ...row, key: old[index]?.key ?? row.key }));
  return {
    ...next,
    experience: keep(next.experience, previous.experience),
    education: keep(next.education, previous.education),
    languages: keep(next.languages, previous.languages),
  };
}

function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby={id}
      data-section={id}
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {aside}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

type RowProps<T> = {
  index: number;
  row: T;
  errorFor: (path: string) => string | undefined;
  change: (change: Partial<T>) => void;
  remove: () => void;
  autoFocus: boolean;
};

type RowList = 'experience' | 'education' | 'languages';

/** The data attribute each list's rows carry, for the page's tests and styles. */
const rowIndexAttribute: Record<RowList, string> = {
  experience: 'data-experience-index',
  education: 'data-education-index',
  languages: 'data-language-index',
};

/** One entry of a list (a job, a school, a language): a fieldset titled by its number, with its remove button. */
function RowFieldset({
  list,
  rowKey,
  index,
  remove,
  children,
}: {
  list: RowList;
  rowKey: string;
  index: number;
  remove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('cvs');
  const number = index + 1;
  const titleId = `${rowKey}-title`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="fieldset"
      aria-labelledby={titleId}
      {...{ [rowIndexAttribute[list]]: index }}
      m={0}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={titleId}>
            {t(`${list}.entry`, { number })}
          </Title>
          <Button variant="subtle" color="red" size="compact-sm" onClick={remove}>
            {t(`${list}.remove`, { number })}
          </Button>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function ExperienceRow({ index, row, errorFor, change, remove, autoFocus }: RowProps<ExperienceDraft>) {
  const { t } = useTranslation('cvs');
  const path = (field: string) => `experience.${index}.${field}`;
  return (
    <RowFieldset list="experience" rowKey={row.key} index={index} remove={remove}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('experience.employer')}
          withAsterisk
          maxLength={200}
          value={row.employer}
          onChange={(event) => change({ employer: event.currentTarget.value })}
          error={errorFor(path('employer'))}
          autoFocus={autoFocus}
          data-field={path('employer')}
        />
        <TextInput
          label={t('experience.position')}
          withAsterisk
          maxLength={200}
          value={row.position}
          onChange={(event) => change({ position: event.currentTarget.value })}
          error={errorFor(path('position'))}
          data-field={path('position')}
        />
        <TextInput
          type="month"
          label={t('experience.from')}
          description={t('experience.monthHint')}
          placeholder="2024-09"
          withAsterisk
          value={row.from}
          onChange={(event) => change({ from: event.currentTarget.value })}
          error={errorFor(path('from'))}
          data-field={path('from')}
        />
        <Stack gap={6}>
          <TextInput
            type="month"
            label={t('experience.to')}
            description={t('experience.monthHint')}
            placeholder="2025-06"
            withAsterisk={!row.current}
            disabled={row.current}
            value={row.current ? '' : row.to}
            onChange={(event) => change({ to: event.currentTarget.value })}
            error={errorFor(path('to'))}
            data-field={path('to')}
          />
          <Checkbox
            label={t('experience.current')}
            checked={row.current}
            onChange={(event) => change({ current: event.currentTarget.checked, to: '' })}
          />
        </Stack>
      </SimpleGrid>
      <Textarea
        label={t('experience.duties')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        value={row.duties}
        onChange={(event) => change({ duties: event.currentTarget.value })}
        error={errorFor(path('duties'))}
      />
    </RowFieldset>
  );
}

function EducationRow({ index, row, errorFor, change, remove, autoFocus }: RowProps<EducationDraft>) {
  const { t } = useTranslation('cvs');
  const path = (field: string) => `education.${index}.${field}`;
  return (
    <RowFieldset list="education" rowKey={row.key} index={index} remove={remove}>
      <TextInput
        label={t('education.institution')}
        withAsterisk
        maxLength={300}
        value={row.institution}
        onChange={(event) => change({ institution: event.currentTarget.value })}
        error={errorFor(path('institution'))}
        autoFocus={autoFocus}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('education.speciality')}
          maxLength={200}
          value={row.speciality}
          onChange={(event) => change({ speciality: event.currentTarget.value })}
          error={errorFor(path('speciality'))}
        />
        <Select
          label={t('education.level')}
          placeholder={t('fields.choose')}
          withAsterisk
          allowDeselect={false}
          data={educationLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          value={row.level || null}
          onChange={(level) => change({ level: (level ?? '') as EducationLevel | '' })}
          error={errorFor(path('level'))}
        />
        <NumberInput
          label={t('education.graduationYear')}
          withAsterisk
          min={1950}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          value={row.graduationYear}
          onChange={(value) => change({ graduationYear: asNumberField(value) })}
          error={errorFor(path('graduationYear'))}
        />
      </SimpleGrid>
    </RowFieldset>
  );
}

function LanguageRow({ index, row, errorFor, change, remove, autoFocus }: RowProps<LanguageDraft>) {
  const { t } = useTranslation('cvs');
  const path = (field: string) => `languages.${index}.${field}`;
  const nameError = errorFor(path('language'));
  return (
    <RowFieldset list="languages" rowKey={row.key} index={index} remove={remove}>
      <SimpleGrid cols={{ base: 1, sm: row.code === 'other' ? 3 : 2 }} spacing="sm">
        <Select
          label={t('languages.language')}
          placeholder={t('fields.choose')}
          withAsterisk
          allowDeselect={false}
          data={[
            ...knownCvLanguages.map((code) => ({ value: code, label: t(`languageNames.${code}`) })),
            { value: 'other', label: t('languages.other') },
          ]}
          value={row.code || null}
          onChange={(code) => change({ code: (code ?? '') as LanguageDraft['code'] })}
          error={row.code === 'other' ? undefined : nameError}
          autoFocus={autoFocus}
        />
        {row.code === 'other' && (
          <TextInput
            label={t('languages.otherName')}
            withAsterisk
            maxLength={60}
            value={row.otherName}
            onChange={(event) => change({ otherName: event.currentTarget.value })}
            error={nameError}
          />
        )}
        <Select
          label={t('languages.level')}
          placeholder={t('fields.choose')}
          withAsterisk
          allowDeselect={false}
          data={languageLevels.map((level) => ({ value: level, label: t(`languageLevels.${level}`) }))}
          value={row.level || null}
          onChange={(level) => change({ level: (level ?? '') as LanguageLevel | '' })}
          error={errorFor(path('level'))}
        />
      </SimpleGrid>
    </RowFieldset>
  );
}

function PhotoSection({
  cv,
  onSaved,
  onConflict,
}: {
  cv: CvView;
  onSaved: (cv: CvView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation('cvs');
  const upload = useUploadPhoto(cv.id);
  const remove = useRemovePhoto(cv.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resetFile = useRef<() => void>(null);

  const onError = (error: unknown) => {
    if (isConflict(error)) onConflict();
  };
  const choose = async (file: File | null) => {
    resetFile.current?.();
    setNotice(null);
    if (!file) return;
    if (!(photoMediaTypes as readonly string[]).includes(file.type)) return setProblem(t('photo.wrongType'));
    if (file.size > MAX_PHOTO_BYTES) return setProblem(t('photo.tooLarge'));
    setProblem(null);
    const dataBase64 = await readAsBase64(file);
    upload.mutate(
      { version: cv.version, mediaType: file.type as PhotoMediaType, dataBase64 },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          setNotice(t('photo.uploaded'));
        },
        onError,
      },
    );
  };
  const error = upload.error ?? remove.error;

  return (
    <Section id="cv-photo" title={t('photo.title')}>
      <Text size="sm" c="dimmed">
        {t('photo.hint')}
      </Text>
      <Group align="flex-start" gap="md">
        {cv.hasPhoto ? (
          <Image
            src={cvPhotoUrl(cv.id, cv.version)}
            alt={t('photo.alt')}
            w={120}
            h={160}
            fit="cover"
            radius="sm"
            data-cv-photo
          />
        ) : (
          <Paper withBorder w={120} h={160} radius="sm" p="xs" style={{ display: 'grid', placeItems: 'center' }}>
            <Text size="xs" c="dimmed" ta="center">
              {t('photo.none')}
            </Text>
          </Paper>
        )}
        <Stack gap="xs">
          <FileButton onChange={(file) => void choose(file)} accept={photoMediaTypes.join(',')} resetRef={resetFile}>
            {(props) => (
              <Button {...props} variant="light" loading={upload.isPending} data-photo-choose>
                {cv.hasPhoto ? t('photo.replace') : t('photo.choose')}
              </Button>
            )}
          </FileButton>
          {cv.hasPhoto && (
            <Button
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(cv.version, {
                  onSuccess: (saved) => {
                    onSaved(saved);
                    setNotice(t('photo.removed'));
                  },
                  onError,
                })
              }
            >
              {t('photo.remove')}
            </Button>
          )}
        </Stack>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {error && !isConflict(error) && <ProblemAlert error={error} fields={[]} />}
      {notice && (
        <Text size="sm" role="status" c="teal.9">
          {notice}
        </Text>
      )}
    </Section>
  );
}

function DeleteCv({ cv }: { cv: CvView }) {
  const { t } = useTranslation('cvs');
  const navigate = useNavigate();
  const deletion = useDeleteCv(cv.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" color="red" onClick={() => setOpen(true)} w="fit-content">
        {t('builder.delete')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('builder.deleteTitle')} centered>
        <Stack gap="md">
          <Text>{t('builder.deleteText', { title: cv.title })}</Text>
          <ProblemAlert error={deletion.error} fields={[]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('builder.cancel')}
            </Button>
            <Button
              color="red"
              loading={deletion.isPending}
              onClick={() => deletion.mutate(undefined, { onSuccess: () => navigate('/cvs') })}
            >
              {t('builder.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

type SaveState = 'saved' | 'unsaved' | 'saving' | 'invalid';

function CvBuilder({ initial }: { initial: CvView }) {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<CvView>(initial);
  const [draft, setDraft] = useState<CvDraft>(() => draftFromCv(initial));
  const [checked, setChecked] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  /** The draft a save was refused for, and why: its field errors show until the seeker changes the form. */
  const [failed, setFailed] = useState<{ draft: CvDraft; error: unknown } | null>(null);
  const save = useSaveCv(initial.id);
  usePageTitle(draft.title || t('builder.untitled'));

  const baseDraft = useMemo(() => draftFromCv(base), [base]);
  const dirty = !sameDraft(draft, baseDraft);
  const clientErrors: FieldErrors = useMemo(
    () => (checked ? validateDraft(draft, language) : {}),
    [checked, draft, language],
  );
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const serverError = failed && sameDraft(draft, failed.draft) ? failed.error : null;
  const errorFor = (path: string) => clientErrors[path] ?? fieldError(serverError, path);
  const state: SaveState = save.isPending ? 'saving' : hasClientErrors ? 'invalid' : dirty ? 'unsaved' : 'saved';

  // Leaving with unsaved changes asks first, as any form that can lose typing should.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = (change: (draft: CvDraft) => CvDraft) => setDraft((current) => change(current));
  const set = (change: Partial<CvDraft>) => update((current) => ({ ...current, ...change }));

  const send = (version: number) => {
    const sent = draft;
    save.mutate(
      { version, cv: inputFromDraft(sent) },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setConflict(false);
          setFailed(null);
          // The server trims and normalises; show its version unless the seeker typed on meanwhile.
          setDraft((current) => (sameDraft(current, sent) ? withKeysOf(draftFromCv(saved), current) : current));
        },
        onError: (error) => {
          if (isConflict(error)) setConflict(true);
          else setFailed({ draft: sent, error });
        },
      },
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validateDraft(draft, language)).length > 0) {
      // Take the seeker to the first field that needs them.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    send(base.version);
  };

  // Always from the server: the cache holds our own last save, not the change made elsewhere.
  const latest = () =>
    queryClient.fetchQuery({
      queryKey: cvKeys.one(base.id),
      queryFn: () => api.get<CvView>(`/api/cvs/${base.id}`),
      staleTime: 0,
    });
  const loadLatest = async () => {
    const cv = await latest();
    setBase(cv);
    setDraft(draftFromCv(cv));
    setConflict(false);
    save.reset();
  };
  const overwrite = async () => {
    const cv = await latest();
    setBase(cv);
    send(cv.version);
  };

  const addRow = <K extends RowList>(list: K, make: (key: string) => CvDraft[K][number]) => {
    const key = newRowKey();
    setAdded(key);
    update((current) => ({ ...current, [list]: [...current[list], make(key)] }));
  };
  const rowProps = <K extends RowList>(list: K, row: CvDraft[K][number], index: number) => ({
    index,
    row,
    errorFor,
    autoFocus: added === row.key,
    change: (change: Partial<CvDraft[K][number]>) =>
      update((current) => ({
        ...current,
        [list]: (current[list] as { key: string }[]).map((r) => (r.key === row.key ? { ...r, ...change } : r)),
      })),
    remove: () =>
      update((current) => ({
        ...current,
        [list]: (current[list] as { key: string }[]).filter((r) => r.key !== row.key),
      })),
  });
  /** A list's section: its rows, a word when there are none, and the button that adds one. */
  const rowSection = <K extends RowList>(
    list: K,
    Row: (props: RowProps<CvDraft[K][number]>) => ReactNode,
    make: (key: string) => CvDraft[K][number],
  ) => (
    <Section id={`cv-${list}`} title={t(`${list}.title`)}>
      {draft[list].length === 0 && <Text size="sm">{t(`${list}.empty`)}</Text>}
      {(draft[list] as CvDraft[K][number][]).map((row, index) => (
        <Row key={row.key} {...rowProps(list, row, index)} />
      ))}
      <Button variant="light" w="fit-content" onClick={() => addRow(list, make)}>
        {t(`${list}.add`)}
      </Button>
    </Section>
  );

  const skillErrors = Object.entries({ ...fieldErrorsOf(serverError), ...clientErrors })
    .filter(([path]) => path === 'skills' || path.startsWith('skills.'))
    .map(([, message]) => message);

  return (
    <Stack gap="lg" data-cv-id={base.id} data-cv-version={base.version} data-save-state={state}>
      <Stack gap={4}>
        <Anchor component={Link} to="/cvs" size="sm" w="fit-content">
          {t('builder.back')}
        </Anchor>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {draft.title || t('builder.untitled')}
        </Title>
      </Stack>
      <Group gap="sm">
        <Button component="a" href={cvPdfUrl(base.id)} download data-cv-pdf>
          {t('builder.download')}
        </Button>
        <Button component={Link} to={`/cvs/${base.id}/view`} variant="default">
          {t('builder.view')}
        </Button>
      </Group>
      {dirty && (
        <Text size="sm" c="dimmed">
          {t('builder.pdfHint')}
        </Text>
      )}

      {conflict && (
        <Alert color="orange" title={t('builder.conflictTitle')} role="alert" data-conflict>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('builder.conflictText')}</Text>
            <Group gap="sm">
              <Button size="xs" variant="outline" color="orange" onClick={() => void loadLatest()}>
                {t('builder.conflictReload')}
              </Button>
              <Button size="xs" color="orange" onClick={() => void overwrite()} loading={save.isPending}>
                {t('builder.conflictOverwrite')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      <form onSubmit={submit} noValidate aria-label={t('builder.form')}>
        <Stack gap="lg">
          <Section id="cv-main" title={t('builder.main')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('fields.title')}
                description={t('fields.titleHint')}
                withAsterisk
                maxLength={200}
                value={draft.title}
                onChange={(event) => set({ title: event.currentTarget.value })}
                error={errorFor('title')}
              />
              <TextInput
                label={t('fields.desiredPosition')}
                withAsterisk
                maxLength={200}
                value={draft.desiredPosition}
                onChange={(event) => set({ desiredPosition: event.currentTarget.value })}
                error={errorFor('desiredPosition')}
              />
              <Select
                label={t('fields.occupation')}
                description={t('fields.occupationHint')}
                placeholder={t('fields.choose')}
                searchable
                clearable
                nothingFoundMessage={t('fields.nothingFound')}
                data={occupationOptions(language)}
                value={draft.occupationCode || null}
                onChange={(code) => set({ occupationCode: code ?? '' })}
                error={errorFor('occupationCode')}
              />
              <NumberInput
                label={t('fields.desiredSalary')}
                description={t('fields.desiredSalaryHint')}
                min={1}
                max={100_000_000}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                value={draft.desiredSalary}
                onChange={(value) => set({ desiredSalary: asNumberField(value) })}
                error={errorFor('desiredSalary')}
              />
              <Select
                label={t('fields.region')}
                placeholder={t('fields.choose')}
                withAsterisk
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('fields.nothingFound')}
                data={regionOptions(language)}
                value={draft.region || null}
                onChange={(region) => set({ region: region ?? '' })}
                error={errorFor('region')}
              />
              <Select
                label={t('fields.locale')}
                description={t('fields.localeHint')}
                withAsterisk
                allowDeselect={false}
                data={locales.map((locale) => ({ value: locale, label: t(`localeNames.${locale}`) }))}
                value={draft.locale}
                onChange={(locale) => set({ locale: (locale ?? draft.locale) as Locale })}
                error={errorFor('locale')}
              />
            </SimpleGrid>
            <Checkbox
              label={t('fields.willingToRelocate')}
              checked={draft.willingToRelocate}
              onChange={(event) => set({ willingToRelocate: event.currentTarget.checked })}
            />
          </Section>

          <PhotoSection cv={base} onSaved={setBase} onConflict={() => setConflict(true)} />

          {rowSection('experience', ExperienceRow, emptyExperience)}

          {rowSection('education', EducationRow, emptyEducation)}

          {rowSection('languages', LanguageRow, emptyLanguage)}

          <Section id="cv-skills" title={t('skills.section')}>
            <TagsInput
              label={t('skills.label')}
              description={t('skills.hint')}
              maxTags={50}
              clearable
              value={draft.skills}
              onChange={(skills) => set({ skills })}
              error={skillErrors.length > 0 ? skillErrors.join(' ') : undefined}
            />
            <Textarea
              label={t('fields.about')}
              description={t('fields.aboutHint')}
              autosize
              minRows={3}
              maxRows={12}
              maxLength={4000}
              value={draft.about}
              onChange={(event) => set({ about: event.currentTarget.value })}
              error={errorFor('about')}
            />
          </Section>

          {/* A summary of what the server refused, above the button: each message is beside its field too. */}
          <ProblemAlert error={serverError} fields={[]} title={t('builder.failed')} />

          <Paper
            withBorder
            p="sm"
            radius="md"
            shadow="sm"
            style={{ position: 'sticky', bottom: 'var(--mantine-spacing-xs)', zIndex: 2 }}
          >
            <Group justify="space-between" gap="sm">
              <Text size="sm" role="status" aria-live="polite" data-save-status={state}>
                {state === 'invalid'
                  ? t('builder.invalid')
                  : state === 'saved'
                    ? t('builder.saved')
                    : state === 'unsaved'
                      ? t('builder.unsaved')
                      : ''}
              </Text>
              <Button type="submit" loading={save.isPending} disabled={!dirty} data-cv-save>
                {t('builder.save')}
              </Button>
            </Group>
          </Paper>
        </Stack>
      </form>

      <ConsentPanel />
      <DeleteCv cv={base} />
    </Stack>
  );
}

/** A problem's field errors by path (the server's messages). */
function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiProblem)) return {};
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, e.message]));
}

export function CvBuilderPage() {
  const { id = '' } = useParams();
  const cv = useCv(id);
  if (cv.isPending) return <PageLoader />;
  if (cv.isError) {
    if (cv.error instanceof ApiProblem && (cv.error.status === 404 || cv.error.status === 400))
      return <CvNotAvailable />;
    return <QueryError error={cv.error} onRetry={() => void cv.refetch()} />;
  }
  return <CvBuilder key={cv.data.id} initial={cv.data} />;
}
