// Ending a registration (ФК-А.01): the specialist's form with a ground (A01-4), the seeker's own request to leave
// (A01-4a), and the ground as both of them then see it.
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationDetail, RegistrationView } from '../../../shared/api/seekers';
import { type DeregistrationReason, deregistrationNeedsNote } from '../../../shared/seekers/deregistration';
import { fieldError } from '../../api';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { deregistrationReasonLabel, deregistrationReasonOptions } from './seeker-labels';
import { useDecide, useWithdraw } from './seeker-queries';

/** A01-4: the specialist ends a registration in force on one of the grounds; "other" needs a note. */
export function DeregistrationForm({ detail }: { detail: RegistrationDetail }) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const { deregister } = useDecide(detail.registration.id);
  const [reason, setReason] = useState<DeregistrationReason | null>(null);
  const [note, setNote] = useState('');
  if (!detail.actions.some((a) => a.action === 'deregister')) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason) deregister.mutate({ version: detail.registration.version, reason, note: note.trim() || null });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="deregister-title" data-step-id="A01-4">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <Title order={2} size="h3" id="deregister-title">
            {t('deregister.title')}
          </Title>
          <Text size="sm">{t('deregister.intro')}</Text>
          <Select
            label={t('deregister.reason')}
            placeholder={t('form.choose')}
            data={deregistrationReasonOptions(language)}
            value={reason}
            onChange={(v) => setReason(v as DeregistrationReason | null)}
            withAsterisk
            error={fieldError(deregister.error, 'reason')}
          />
          <Textarea
            label={t('deregister.note')}
            description={t('deregister.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            withAsterisk={reason !== null && deregistrationNeedsNote(reason)}
            autosize
            minRows={2}
            maxLength={1000}
            error={fieldError(deregister.error, 'note')}
          />
          <ProblemAlert error={deregister.error} fields={['reason', 'note']} title={t('decide.failed')} />
          <Button
            type="submit"
            loading={deregister.isPending}
            disabled={!reason}
            color="red"
            variant="outline"
            w="fit-content"
            data-action="deregister"
          >
            {t('deregister.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Why and when a registration ended, for the centre and for the seeker. */
export function DeregistrationFacts({ registration }: { registration: RegistrationView }) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const ended = registration.deregistration;
  if (!ended) return null;
  return (
    <Alert color="gray" title={t('deregister.ground')} data-deregistration-reason={ended.reason}>
      {deregistrationReasonLabel(ended.reason, language)}
      {ended.note ? ` — ${ended.note}` : ''} · {formatDateTime(ended.at)}
    </Alert>
  );
}

/** A01-4a: the seeker asks to leave the registry; a second click confirms, since it cannot be undone. */
export function LeaveRegistry({ registration }: { registration: RegistrationView }) {
  const { t } = useTranslation('seekers');
  const withdraw = useWithdraw(registration.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="xs" data-step-id="A01-4a">
      {confirming ? (
        <>
          <Text size="sm" id="leave-confirm-text">
            {t('leave.confirm')}
          </Text>
          <Group gap="sm">
            <Button
              color="red"
              variant="outline"
              loading={withdraw.isPending}
              aria-describedby="leave-confirm-text"
              onClick={() => withdraw.mutate({ version: registration.version })}
              data-action="withdraw"
            >
              {t('leave.yes')}
            </Button>
            <Button variant="subtle" onClick={() => setConfirming(false)} disabled={withdraw.isPending}>
              {t('leave.no')}
            </Button>
          </Group>
        </>
      ) : (
        <Button variant="subtle" color="red" w="fit-content" px={0} onClick={() => setConfirming(true)}>
          {t('leave.ask')}
        </Button>
      )}
      <ProblemAlert error={withdraw.error} fields={[]} title={t('leave.failed')} />
    </Stack>
  );
}
