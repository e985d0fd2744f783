// B03-1.4 sign with ЭЦП and send: the document is prepared, shown in words, signed in the signing window and sent.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, ProblemAlert } from '../../ui/page';
import { loadDocumentContent } from '../signatures/signature-queries';
import { readableAlertTitle } from './alert-styles';
import {
  type ApplicationPhase,
  type ApplicationStepId,
  applicationPhase,
  blockerStep,
  hasAction,
  signingBlocker,
  stepName,
} from './application-steps';
import { ApplicationSummary } from './application-summary';
import { StaleCheckNotice } from './application-way-outs';
import { useEditAgain, usePrepareSignature, useSignAndSend } from './subsidy-queries';

// The signing code (PKIjs) is loaded only when the employer opens the signing window.
const SignDialog = lazy(() => import('../signatures/sign-dialog').then((m) => ({ default: m.SignDialog })));

function SentMessage({ view, focus }: { view: ApplicationView; focus: boolean }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="teal"
      styles={readableAlertTitle}
      title={view.number ? t('sign.sentTitle', { number: view.number }) : t('sign.sentTitleNoNumber')}
      role="status"
      data-submitted-number={view.number ?? undefined}
    >
      <Text size="sm">
        {t('sign.sentText', {
          centre: view.centre.name,
          time: view.submittedAt ? formatDateTime(view.submittedAt) : '',
        })}
      </Text>
    </Alert>
  );
}

function Blocker({ view, onGoTo }: { view: ApplicationView; onGoTo(step: ApplicationStepId): void }) {
  const { t } = useTranslation('subsidy');
  const blocker = signingBlocker(view);
  if (!blocker) return null;
  return (
    <Alert color="yellow" title={t('sign.notReadyTitle')} styles={readableAlertTitle} data-signing-blocker={blocker}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`sign.blockers.${blocker}`)}</Text>
        <Button size="xs" variant="outline" onClick={() => onGoTo(blockerStep[blocker])}>
          {t('sign.goToStep', { step: t(`steps.${stepName[blockerStep[blocker]]}.title`) })}
        </Button>
      </Stack>
    </Alert>
  );
}

export function SignStep({
  view,
  beforePrepare,
  onGoTo,
}: {
  view: ApplicationView;
  /** Lets a save of the form in progress finish, so the document holds the latest form. */
  beforePrepare(): Promise<boolean>;
  onGoTo(step: ApplicationStepId): void;
}) {
  const { t } = useTranslation('subsidy');
  const prepare = usePrepareSignature(view.id);
  const editAgain = useEditAgain(view.id);
  const sign = useSignAndSend(view.id);
  const [dialog, setDialog] = useState({ requested: false, opened: false });
  const [justSent, setJustSent] = useState(false);
  const phase: ApplicationPhase = applicationPhase(view);
  const pendingDocumentId = view.pendingDocumentId;

  const startPreparing = async () => {
    prepare.reset();
    if (!(await beforePrepare())) return;
    prepare.mutate(undefined);
  };

  if (phase === 'sent') {
    return (
      <Stack gap="lg">
        {view.submittedAt && !view.closure && <SentMessage view={view} focus={justSent} />}
        <ApplicationSummary view={view} />
      </Stack>
    );
  }

  if (phase === 'editing') {
    return (
      <Stack gap="lg">
        <Text size="sm">{t('sign.introPrepare')}</Text>
        <ProblemAlert error={prepare.error} fields={[]} title={t('sign.prepareFailed')} />
        {hasAction(view, 'prepare_signature') ? (
          <Group>
            <Button onClick={() => void startPreparing()} loading={prepare.isPending}>
              {t('sign.prepare')}
            </Button>
          </Group>
        ) : (
          <Blocker view={view} onGoTo={onGoTo} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <StaleCheckNotice view={view} onGoTo={onGoTo} />
      <Paper
        withBorder
        p="md"
        radius="md"
        component="section"
        aria-labelledby="sign-what"
        data-document-id={pendingDocumentId ?? undefined}
      >
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={3} size="h4" id="sign-what">
              {t('sign.whatTitle')}
            </Title>
            <Text size="sm">{t('sign.whatText')}</Text>
          </Stack>
          <ApplicationSummary view={view} headingOrder={4} />
        </Stack>
      </Paper>
      <ProblemAlert error={editAgain.error} fields={[]} />
      <Group gap="sm" justify="flex-end">
        {(hasAction(view, 'edit') || hasAction(view, 'edit_returned')) && (
          <Button
            variant="default"
            onClick={() => editAgain.mutate(undefined, { onSuccess: () => onGoTo('B03-1.2') })}
            loading={editAgain.isPending}
          >
            {t('sign.edit')}
          </Button>
        )}
        {hasAction(view, 'sign_and_send') && pendingDocumentId && (
          <Button onClick={() => setDialog({ requested: true, opened: true })}>{t('sign.signAndSend')}</Button>
        )}
      </Group>
      {dialog.requested && pendingDocumentId && (
        <Suspense fallback={<PageLoader />}>
          <SignDialog
            opened={dialog.opened}
            onClose={() => setDialog({ requested: true, opened: false })}
            title={t('sign.dialogTitle')}
            load={() => loadDocumentContent(pendingDocumentId)}
            submit={async (cms) => {
              await sign.mutateAsync(cms);
            }}
            onSigned={() => setJustSent(true)}
          />
        </Suspense>
      )}
    </Stack>
  );
}
