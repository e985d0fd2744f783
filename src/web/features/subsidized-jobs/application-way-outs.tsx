// The employer's ways out of an application and what they leave: withdraw it with a reason (confirmed first), the
// working days a returned one has waited, the closing notice, and the check that went stale before signing.
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { fieldError } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { readableAlertTitle } from './alert-styles';
import { type ApplicationStepId, hasAction } from './application-steps';
import { useEditAgain, useWithdraw } from './subsidy-queries';

const offers = (view: ApplicationView, action: string) => view.actions.some((a) => a.action === action);

/** Until the centre's decision is entered: a reason, then a second, explicit "yes", since it cannot be undone. */
export function WithdrawPanel({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const withdraw = useWithdraw(view.id);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  if (!offers(view, 'withdraw')) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim()) setConfirming(true);
  };
  const cancel = () => {
    setOpen(false);
    setConfirming(false);
    withdraw.reset();
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="withdraw-title" data-step-id="B03-1">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h4" id="withdraw-title">
          {t('withdraw.title')}
        </Title>
        <Text size="sm">{view.revision > 0 ? t('withdraw.introSent') : t('withdraw.introDraft')}</Text>
        {!open ? (
          <Button variant="outline" color="red" w="fit-content" onClick={() => setOpen(true)} data-action="withdraw">
            {t('withdraw.open')}
          </Button>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('withdraw.reason')}
                description={t('withdraw.reasonHint')}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setConfirming(false);
                }}
                withAsterisk
                autosize
                minRows={2}
                maxLength={1000}
                error={fieldError(withdraw.error, 'reason')}
                data-withdraw-reason
              />
              {confirming ? (
                <Alert color="red" variant="light" title={t('withdraw.confirmTitle')} styles={readableAlertTitle}>
                  <Stack gap="sm">
                    <Text size="sm" id="withdraw-confirm-text">
                      {t('withdraw.confirmText')}
                    </Text>
                    <Group gap="sm">
                      <Button
                        color="red"
                        loading={withdraw.isPending}
                        aria-describedby="withdraw-confirm-text"
                        onClick={() => withdraw.mutate(reason.trim())}
                        data-action="confirm-withdraw"
                      >
                        {t('withdraw.yes')}
                      </Button>
                      <Button variant="default" onClick={cancel} disabled={withdraw.isPending}>
                        {t('withdraw.no')}
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              ) : (
                <Group gap="sm">
                  <Button type="submit" color="red" variant="outline" disabled={!reason.trim()}>
                    {t('withdraw.submit')}
                  </Button>
                  <Button variant="subtle" onClick={cancel}>
                    {t('withdraw.no')}
                  </Button>
                </Group>
              )}
              <ProblemAlert error={withdraw.error} fields={['reason']} title={t('withdraw.failed')} />
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** Withdrawn by the employer, or closed by the centre because a returned application was never corrected. */
export function ClosureBanner({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  if (!view.closure) return null;
  const withdrawn = view.status === 'withdrawn';
  return (
    <Alert
      color="gray"
      variant="light"
      title={withdrawn ? t('closure.withdrawnTitle') : t('closure.abandonedTitle')}
      styles={readableAlertTitle}
      role="status"
      data-closure={view.status}
    >
      <Stack gap={4}>
        <Text size="sm">
          {withdrawn ? t('closure.withdrawnText', { reason: view.closure.reason }) : t('closure.abandonedText')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('closure.at', { time: formatDateTime(view.closure.closedAt) })}
        </Text>
      </Stack>
    </Alert>
  );
}

/** A returned application: how many working days it has waited for the employer, and when it may be closed. */
export function WaitingNotice({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const waiting = view.waiting;
  if (!waiting) return null;
  const left = Math.max(0, waiting.closeAfterWorkingDays - waiting.workingDays);
  return (
    <Alert
      color={waiting.noticeSentAt ? 'orange' : 'blue'}
      variant="light"
      title={t('waiting.title', { count: waiting.workingDays })}
      styles={readableAlertTitle}
      data-waiting-days={waiting.workingDays}
    >
      <Stack gap={4}>
        <Text size="sm">{t('waiting.since', { time: formatDateTime(waiting.returnedAt) })}</Text>
        <Text size="sm">
          {left > 0
            ? t('waiting.closeIn', { count: left, total: waiting.closeAfterWorkingDays })
            : t('waiting.closeNow', { total: waiting.closeAfterWorkingDays })}
        </Text>
        {waiting.noticeSentAt && (
          <Text size="sm" fw={600}>
            {t('waiting.noticeSent', { time: formatDateTime(waiting.noticeSentAt) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * The document waits for the signature but the registries' answer is more than a day old: the server no longer
 * offers signing, so the page says why and takes the employer back to check again.
 */
export function StaleCheckNotice({ view, onGoTo }: { view: ApplicationView; onGoTo(step: ApplicationStepId): void }) {
  const { t } = useTranslation('subsidy');
  const editAgain = useEditAgain(view.id);
  const stale =
    view.pendingDocumentId !== null &&
    !hasAction(view, 'sign_and_send') &&
    (hasAction(view, 'edit') || hasAction(view, 'edit_returned'));
  if (!stale) return null;
  return (
    <Alert color="yellow" title={t('sign.staleTitle')} styles={readableAlertTitle} role="alert" data-check-stale>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('sign.staleText')}</Text>
        <Button
          size="xs"
          variant="outline"
          loading={editAgain.isPending}
          onClick={() => editAgain.mutate(undefined, { onSuccess: () => onGoTo('B03-1.3') })}
        >
          {t('sign.staleAction')}
        </Button>
        <ProblemAlert error={editAgain.error} fields={[]} />
      </Stack>
    </Alert>
  );
}
