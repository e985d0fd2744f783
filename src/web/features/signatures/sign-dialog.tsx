// The signing window: which trust store the server uses, NCALayer or the .p12 test signer, progress, and why a signature was refused.
import { Alert, Anchor, Button, FileInput, Modal, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustStoreResponse } from '../../../shared/api/signatures';
import {
  bytesToBase64,
  Pkcs12Error,
  type Pkcs12Problem,
  readPkcs12,
  signDetachedCmsWithKey,
} from '../../../shared/signatures/sign-cms';
import { ApiProblem } from '../../api';
import { currentLanguage } from '../../i18n';
import { PageLoader, ProblemAlert, QueryError } from '../../ui/page';
import { connectNcaLayer, NcaLayerError, type NcaLayerProblem, type NcaLayerPurpose } from './ncalayer-client';
import { type SignatureMethod, useSignatureMethods } from './signature-queries';

export { loadDocumentContent, useSignatureMethods } from './signature-queries';

export type SignDialogProps = {
  opened: boolean;
  onClose(): void;
  title: string;
  /** bytes to sign */
  load: () => Promise<Uint8Array>;
  /** send the CMS; throw ApiProblem on refusal */
  submit: (cmsBase64: string) => Promise<void>;
  onSigned?(): void;
  /** Which key NCALayer offers: the signing key (documents, the default) or the authentication key (signing in). */
  purpose?: NcaLayerPurpose;
};

type Stage = 'idle' | 'connecting' | 'loading' | 'waitingForNcaLayer' | 'signing' | 'verifying' | 'done';

type Failure =
  /** The server answered with a problem: refusing the signature (after submit) or failing to give the bytes (before). */
  | { kind: 'problem'; error: unknown; refused: boolean }
  | { kind: 'ncalayer'; problem: NcaLayerProblem; detail: string | null }
  | { kind: 'unexpected' };

type FieldErrors = { file?: string; password?: string };

const ncaLayerDownload = 'https://pki.gov.kz/ncalayer/';

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function TrustStoreNotice({ trustStore }: { trustStore: TrustStoreResponse }) {
  const { t } = useTranslation('signatures');
  const isTest = trustStore.kind === 'test';
  return (
    <Alert
      color={isTest ? 'yellow' : 'teal'}
      variant="light"
      title={isTest ? t('trustStore.testTitle') : t('trustStore.productionTitle')}
      data-trust-store={trustStore.kind}
      // A standing notice, not an event: Mantine's default role="alert" would interrupt a screen reader.
      role="note"
      // The palette's yellow on its own light tint is below 4.5:1; the body text colour reads well on both tints.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{isTest ? t('trustStore.testText') : t('trustStore.productionText')}</Text>
    </Alert>
  );
}

function FailureAlert({ failure }: { failure: Failure }) {
  const { t } = useTranslation('signatures');
  const { t: tCommon } = useTranslation();
  if (failure.kind === 'problem') {
    return (
      <ProblemAlert
        error={failure.error}
        fields={[]}
        title={failure.refused ? t('dialog.refused') : t('dialog.failed')}
      />
    );
  }
  if (failure.kind === 'unexpected') {
    return (
      <Alert color="red" title={t('dialog.failed')} role="alert">
        <Text size="sm">{tCommon('errors.unexpected')}</Text>
      </Alert>
    );
  }
  const message = {
    not_running: t('ncalayer.notRunning'),
    outdated: t('ncalayer.outdated'),
    cancelled: t('ncalayer.cancelled'),
    failed: failure.detail ? t('ncalayer.failedWithReason', { reason: failure.detail }) : t('ncalayer.failed'),
  }[failure.problem];
  return (
    <Alert color={failure.problem === 'cancelled' ? 'gray' : 'red'} title={t('dialog.failed')} role="alert">
      <Stack gap={4} align="flex-start">
        <Text size="sm">{message}</Text>
        {(failure.problem === 'not_running' || failure.problem === 'outdated') && (
          <Anchor href={ncaLayerDownload} target="_blank" rel="noreferrer" size="sm">
            {t('ncalayer.download')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

export function SignDialog({ opened, onClose, title, load, submit, onSigned, purpose = 'signing' }: SignDialogProps) {
  const { t } = useTranslation('signatures');
  const isPhone = useMediaQuery('(max-width: 36em)', undefined, { getInitialValueInEffect: false });
  const { trustStore, methods } = useSignatureMethods();
  const [method, setMethod] = useState<SignatureMethod>('ncalayer');
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [stage, setStage] = useState<Stage>('idle');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const attempt = useRef<AbortController | null>(null);

  // A closed window forgets everything, the key file and its password first; a signing in progress is stopped.
  useEffect(() => {
    if (opened) return;
    attempt.current?.abort();
    attempt.current = null;
    setMethod('ncalayer');
    setFile(null);
    setPassword('');
    setStage('idle');
    setFailure(null);
    setFieldErrors({});
  }, [opened]);

  const busy = stage !== 'idle';
  const chosen: SignatureMethod = methods.includes(method) ? method : 'ncalayer';

  const keyProblemField = (problem: Pkcs12Problem): FieldErrors =>
    problem === 'wrong_password'
      ? { password: t('keyProblems.wrong_password') }
      : { file: t(`keyProblems.${problem}`) };

  /** Runs one attempt: `sign` loads the bytes and returns the CMS (base64). Only the latest attempt changes the window. */
  const run = async (sign: (signal: AbortSignal) => Promise<string>) => {
    attempt.current?.abort();
    const controller = new AbortController();
    attempt.current = controller;
    const { signal } = controller;
    setFailure(null);
    setFieldErrors({});
    let submitted = false;
    try {
      const cms = await sign(signal);
      if (signal.aborted) return;
      setStage('verifying');
      submitted = true;
      await submit(cms);
      if (signal.aborted) return;
      setStage('done');
      onSigned?.();
      onClose();
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      setStage('idle');
      if (error instanceof ApiProblem) setFailure({ kind: 'problem', error, refused: submitted });
      else if (error instanceof NcaLayerError)
        setFailure({ kind: 'ncalayer', problem: error.problem, detail: error.detail });
      else if (error instanceof Pkcs12Error) setFieldErrors(keyProblemField(error.problem));
      else setFailure({ kind: 'unexpected' });
    }
  };

  const signWithNcaLayer = () =>
    void run(async (signal) => {
      setStage('connecting');
      const connection = await connectNcaLayer({ signal });
      try {
        setStage('loading');
        const content = await load();
        if (signal.aborted) throw new DOMException('closed', 'AbortError');
        setStage('waitingForNcaLayer');
        return await connection.sign({ data: bytesToBase64(content), locale: currentLanguage(), purpose });
      } finally {
        connection.close();
      }
    });

  const signWithTestSigner = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {
      ...(file ? {} : { file: t('testSigner.fileRequired') }),
      ...(password ? {} : { password: t('testSigner.passwordRequired') }),
    };
    if (missing.file || missing.password) {
      setFailure(null);
      setFieldErrors(missing);
      return;
    }
    void run(async (signal) => {
      setStage('signing');
      // The key is opened before the server is asked for anything, so a wrong password costs no request.
      const key = await readPkcs12({ p12: new Uint8Array(await file!.arrayBuffer()), password });
      if (signal.aborted) throw new DOMException('closed', 'AbortError');
      setStage('loading');
      const content = await load();
      if (signal.aborted) throw new DOMException('closed', 'AbortError');
      setStage('signing');
      const cms = await signDetachedCmsWithKey({ content, signingTime: new Date(), key });
      return bytesToBase64(cms);
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
    >
      <Stack gap="md" data-sign-dialog>
        {trustStore.isPending ? (
          <PageLoader />
        ) : trustStore.isError ? (
          <QueryError error={trustStore.error} onRetry={() => void trustStore.refetch()} />
        ) : (
          <>
            <TrustStoreNotice trustStore={trustStore.data} />
            {methods.length > 1 && (
              <Radio.Group
                label={t('method.label')}
                value={chosen}
                onChange={(value) => {
                  setMethod(value as SignatureMethod);
                  setFailure(null);
                  setFieldErrors({});
                }}
              >
                <Stack gap="sm" mt="xs">
                  <Radio
                    value="ncalayer"
                    label={t('method.ncalayer')}
                    description={t('method.ncalayerDescription')}
                    disabled={busy}
                  />
                  <Radio
                    value="test-signer"
                    label={t('method.testSigner')}
                    description={t('method.testSignerDescription')}
                    disabled={busy}
                  />
                </Stack>
              </Radio.Group>
            )}
            {chosen === 'ncalayer' ? (
              <Stack gap="sm">
                <Text size="sm">{t('ncalayer.hint')}</Text>
                {!trustStore.data.gostVerification && (
                  <Text size="sm" c="dimmed">
                    {t('ncalayer.rsaOnly')}
                  </Text>
                )}
                <Button onClick={signWithNcaLayer} loading={busy} fullWidth>
                  {t('ncalayer.sign')}
                </Button>
              </Stack>
            ) : (
              <form onSubmit={signWithTestSigner} noValidate aria-label={t('method.testSigner')}>
                <Stack gap="sm">
                  <FileInput
                    label={t('testSigner.fileLabel')}
                    placeholder={t('testSigner.filePlaceholder')}
                    accept=".p12,.pfx,application/x-pkcs12"
                    withAsterisk
                    value={file}
                    onChange={(value) => {
                      setFile(value);
                      setFieldErrors(({ password: passwordError }) => ({ password: passwordError }));
                    }}
                    error={fieldErrors.file}
                    disabled={busy}
                  />
                  <PasswordInput
                    label={t('testSigner.passwordLabel')}
                    autoComplete="off"
                    withAsterisk
                    visibilityToggleButtonProps={{ 'aria-label': t('testSigner.showPassword'), tabIndex: 0 }}
                    value={password}
                    onChange={(event) => setPassword(event.currentTarget.value)}
                    error={fieldErrors.password}
                    // Mantine sets aria-invalid on TextInput but not on PasswordInput's inner input.
                    aria-invalid={fieldErrors.password !== undefined}
                    disabled={busy}
                  />
                  <Button type="submit" loading={busy} fullWidth>
                    {t('testSigner.sign')}
                  </Button>
                </Stack>
              </form>
            )}
          </>
        )}
        <Text size="sm" role="status" aria-live="polite" data-sign-progress={stage}>
          {stage === 'idle' ? null : t(`progress.${stage}`)}
        </Text>
        {failure && <FailureAlert failure={failure} />}
      </Stack>
    </Modal>
  );
}
