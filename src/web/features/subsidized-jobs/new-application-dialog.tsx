// Starting an application (B03-1): the programme in force and the employment centre it goes to; the rest is filled in step by step.
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError } from '../../api';
import { pickText, useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { ProgrammeFacts } from './programme-facts';
import { useCentres, useCreateApplication, useProgrammes } from './subsidy-queries';

const fields = ['programmeCode', 'centreId'] as const;

export function NewApplicationDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('subsidy');
  const isPhone = useMediaQuery('(max-width: 36em)');
  const language = useUiLanguage();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const programmes = useProgrammes();
  const centres = useCentres();
  const create = useCreateApplication();
  const [programmeCode, setProgrammeCode] = useState<string | null>(null);
  const [chosenCentre, setChosenCentre] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ programmeCode?: boolean; centreId?: boolean }>({});

  // The centre of the employer's own region is the usual choice; the employer may pick any other.
  const ownRegionCentre = centres.data?.items.find((c) => c.region === user?.organisation?.region)?.id ?? null;
  const centreId = chosenCentre ?? ownRegionCentre;
  const programme = programmes.data?.items.find((p) => p.code === programmeCode) ?? null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!programmeCode || !centreId) {
      setMissing({ programmeCode: !programmeCode, centreId: !centreId });
      return;
    }
    create.mutate(
      { programmeCode, centreId },
      { onSuccess: (view) => void navigate(`/employer/applications/${view.id}`) },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('new.title')}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('new.close') }}
    >
      {programmes.isPending || centres.isPending ? (
        <PageLoader />
      ) : programmes.isError ? (
        <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : centres.isError ? (
        <QueryError error={centres.error} onRetry={() => void centres.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('new.title')}>
          <Stack gap="md">
            <Text size="sm">{t('new.intro')}</Text>
            <ProblemAlert error={create.error} fields={fields} />
            <Select
              label={t('form.programme')}
              placeholder={t('form.choose')}
              withAsterisk
              data={programmes.data.items.map((p) => ({ value: p.code, label: pickText(p.name, language) }))}
              value={programmeCode}
              onChange={(value) => {
                setProgrammeCode(value);
                setMissing((m) => ({ ...m, programmeCode: false }));
              }}
              error={missing.programmeCode ? t('form.chooseProgramme') : fieldError(create.error, 'programmeCode')}
              allowDeselect={false}
            />
            {programme && <ProgrammeFacts programme={programme} />}
            {programme?.formula.kind === 'not_set' && (
              <Alert color="yellow" role="status">
                {t('new.formulaNotSet')}
              </Alert>
            )}
            <Select
              label={t('form.centre')}
              placeholder={t('form.choose')}
              withAsterisk
              searchable
              nothingFoundMessage={t('form.nothingFound')}
              data={centres.data.items.map((c) => ({ value: c.id, label: pickText(c.name, language) }))}
              value={centreId}
              onChange={(value) => {
                setChosenCentre(value);
                setMissing((m) => ({ ...m, centreId: false }));
              }}
              error={missing.centreId ? t('form.chooseCentre') : fieldError(create.error, 'centreId')}
              allowDeselect={false}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('new.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('new.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
