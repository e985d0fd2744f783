// B03-1.1 the contract requisites: prefilled from the saved ones or the business registry, checked as typed, IBAN live.
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import { ProblemAlert } from '../../ui/page';
import {
  ibanFeedback,
  type RequisiteField,
  type RequisitesOrigin,
  requisiteFields,
  requisitesDraftFrom,
  requisitesPath,
  validateRequisites,
} from './application-form-model';
import type { FieldErrors } from './field-errors';
import { focusFirstInvalid } from './form-step';
import { regionOptions, useSubsidyLabels } from './subsidy-labels';
import { type OrganisationRequisitesResponse, useSaveRequisites } from './subsidy-queries';

/** The requisites being edited, kept by the page so that moving between steps loses nothing. */
export function useRequisitesDraft(view: ApplicationView, organisation: OrganisationRequisitesResponse | undefined) {
  const initial = () =>
    requisitesDraftFrom({
      application: view.requisites,
      organisation: organisation?.requisites ?? null,
      prefill: organisation?.prefill ?? {},
      employerBin: view.employer.bin,
    });
  const [state, setState] = useState(() => ({ ...initial(), dirty: false }));
  // The organisation's requisites arrive after the application: an untouched form takes them when they do.
  const organisationLoaded = organisation !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-initialise only when the sources arrive or change
  useEffect(() => {
    setState((s) => (s.dirty ? s : { ...initial(), dirty: false }));
  }, [organisationLoaded, view.requisites]);
  return {
    draft: state.draft,
    origin: state.origin,
    dirty: state.dirty,
    set: (field: RequisiteField, value: string) =>
      setState((s) => ({ ...s, draft: { ...s.draft, [field]: value }, dirty: true })),
    markSaved: () => setState((s) => ({ ...s, dirty: false })),
  };
}

type RequisitesDraftState = ReturnType<typeof useRequisitesDraft>;

function IbanHint({ value }: { value: string }) {
  const { t } = useTranslation('subsidy');
  const feedback = ibanFeedback(value);
  switch (feedback.state) {
    case 'empty':
      return t('requisites.iban.format');
    case 'typing':
      return t('requisites.iban.typing', { entered: feedback.entered });
    case 'valid':
      return (
        <Text span inherit c="teal.9" fw={600} data-iban-valid>
          {t('requisites.iban.valid', { iban: feedback.grouped })}
        </Text>
      );
    default:
      return t('requisites.iban.format');
  }
}

/** A message for the IBAN as it is typed: wrong characters or country at once, the check digits at full length. */
function useIbanError(): (value: string, finished: boolean) => string | undefined {
  const { t } = useTranslation('subsidy');
  return (value, finished) => {
    const feedback = ibanFeedback(value);
    switch (feedback.state) {
      case 'bad_characters':
        return t('requisites.iban.badCharacters');
      case 'not_kz':
        return t('requisites.iban.notKz');
      case 'bad_format':
        return t('requisites.iban.badFormat');
      case 'too_long':
        return t('requisites.iban.tooLong', { entered: feedback.entered });
      case 'checksum':
        return t('requisites.iban.checksum');
      case 'typing':
        return finished ? t('requisites.iban.tooShort', { entered: feedback.entered }) : undefined;
      default:
        return undefined;
    }
  };
}

export function RequisitesStep({
  view,
  requisites,
  readOnly,
  onDone,
}: {
  view: ApplicationView;
  requisites: RequisitesDraftState;
  readOnly: boolean;
  onDone(): void;
}) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const save = useSaveRequisites(view.id);
  const ibanError = useIbanError();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const { draft } = requisites;

  const change = (field: RequisiteField, value: string) => {
    requisites.set(field, value);
    setClientErrors(validateRequisites({ ...draft, [field]: value }, currentLanguage()).errors);
  };
  const touch = (field: RequisiteField) => {
    setTouched((previous) => new Set(previous).add(field));
    setClientErrors(validateRequisites(draft, currentLanguage()).errors);
  };
  const errorFor = (field: RequisiteField): string | undefined => {
    const path = requisitesPath(field);
    const shown = showAll || touched.has(field);
    if (field === 'iban') {
      const live = ibanError(draft.iban, shown);
      if (live) return live;
    }
    return (shown ? clientErrors[path] : undefined) ?? fieldError(save.error, path);
  };
  const props = (field: RequisiteField) => ({
    value: draft[field],
    onChange: (event: { currentTarget: { value: string } }) => change(field, event.currentTarget.value),
    onBlur: () => touch(field),
    error: errorFor(field),
    readOnly,
    withAsterisk: !readOnly,
  });
  const selectProps = (field: RequisiteField) => ({
    value: draft[field] || null,
    onChange: (value: string | null) => {
      change(field, value ?? '');
      setTouched((previous) => new Set(previous).add(field));
    },
    error: errorFor(field),
    readOnly,
    withAsterisk: !readOnly,
    allowDeselect: false,
  });

  const submit = () => {
    setShowAll(true);
    const checked = validateRequisites(draft, currentLanguage());
    setClientErrors(checked.errors);
    if (!checked.value) {
      focusFirstInvalid(container.current);
      return;
    }
    save.mutate(checked.value, {
      onSuccess: () => {
        requisites.markSaved();
        onDone();
      },
      onError: () => focusFirstInvalid(container.current),
    });
  };

  const originText: Record<RequisitesOrigin, string> = {
    application: t('requisites.origin.application'),
    organisation: t('requisites.origin.organisation'),
    registry: t('requisites.origin.registry'),
    empty: t('requisites.origin.empty'),
  };

  return (
    <Stack gap="lg" ref={container}>
      {!readOnly && (
        <Alert color="blue" variant="light" data-requisites-origin={requisites.origin}>
          {originText[requisites.origin]}
        </Alert>
      )}
      <ProblemAlert error={save.error} fields={requisiteFields.map(requisitesPath)} />

      <Stack gap="sm" component="section" aria-labelledby="requisites-organisation">
        <Title order={3} size="h4" id="requisites-organisation">
          {t('requisites.organisationSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('requisites.legalNameKk')} lang="kk" {...props('legalNameKk')} />
          <TextInput label={t('requisites.legalNameRu')} lang="ru" {...props('legalNameRu')} />
          <TextInput
            label={t('requisites.bin')}
            description={t('requisites.binHint')}
            value={draft.bin}
            readOnly
            inputMode="numeric"
          />
          <Select label={t('requisites.legalForm')} data={labels.legalFormOptions} {...selectProps('legalForm')} />
          <TextInput label={t('requisites.registrationDate')} type="date" {...props('registrationDate')} />
          <TextInput
            label={t('requisites.okedCode')}
            description={t('requisites.okedHint')}
            inputMode="numeric"
            maxLength={5}
            {...props('okedCode')}
          />
          <TextInput label={t('requisites.okedName')} {...props('okedName')} />
          <Select
            label={t('requisites.region')}
            data={regionOptions(labels.language)}
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            {...selectProps('region')}
          />
        </SimpleGrid>
        <TextInput label={t('requisites.legalAddress')} autoComplete="street-address" {...props('legalAddress')} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="requisites-head">
        <Title order={3} size="h4" id="requisites-head">
          {t('requisites.headSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('requisites.headFullName')} {...props('headFullName')} />
          <TextInput label={t('requisites.headPosition')} {...props('headPosition')} />
          <TextInput
            label={t('requisites.headIin')}
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            {...props('headIin')}
          />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="requisites-bank">
        <Title order={3} size="h4" id="requisites-bank">
          {t('requisites.bankSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('requisites.iban.label')}
            description={<IbanHint value={draft.iban} />}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...props('iban')}
          />
          <TextInput
            label={t('requisites.bic')}
            description={t('requisites.bicHint')}
            autoCapitalize="characters"
            spellCheck={false}
            {...props('bic')}
          />
          <TextInput label={t('requisites.bankName')} {...props('bankName')} />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="requisites-contacts">
        <Title order={3} size="h4" id="requisites-contacts">
          {t('requisites.contactsSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('requisites.phone')}
            description={t('form.phoneHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            {...props('phone')}
          />
          <TextInput
            label={t('requisites.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            {...props('email')}
          />
        </SimpleGrid>
      </Stack>

      {!readOnly && (
        <Group justify="flex-end" gap="sm">
          {requisites.dirty && (
            <Text size="sm" c="dimmed" role="status">
              {t('requisites.unsaved')}
            </Text>
          )}
          <Button onClick={submit} loading={save.isPending}>
            {t('requisites.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
