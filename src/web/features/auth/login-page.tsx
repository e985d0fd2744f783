// The login page: e-mail and password, with the server's field errors beside the fields and other problems above; below, sign-in by ЭЦП.
import { Anchor, Button, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import type { EcpChallengeResponse } from '../../../shared/api/signatures';
import { base64ToBytes } from '../../../shared/signatures/sign-cms';
import { fieldError } from '../../api';
import { PageLoader, ProblemAlert, usePageTitle } from '../../ui/page';
import type { ReturnState } from '../../ui/require-auth';
import { requestEcpChallenge, useEcpLogin, useLogin, useSession } from './session';

// The signing code (PKIjs) is loaded only when someone opens the ЭЦП window, so the login page stays light on a phone.
const SignDialog = lazy(() => import('../signatures/sign-dialog').then((m) => ({ default: m.SignDialog })));

const formFields = ['login', 'password'] as const;

/** Only paths inside the app, so a crafted link cannot send someone elsewhere after login. */
function safeReturnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tAccounts } = useTranslation('accounts');
  usePageTitle(t('login.title'));
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [credentials, setCredentials] = useState({ login: '', password: '' });
  const ecpLogin = useEcpLogin();
  const [ecp, setEcp] = useState({ requested: false, opened: false });
  const challenge = useRef<EcpChallengeResponse | null>(null);

  if (session.isPending) return <PageLoader />;
  if (session.data?.user && !login.isPending && !ecpLogin.isPending) {
    return <Navigate to={safeReturnPath(location.state)} replace />;
  }

  const goOn = () => void navigate(safeReturnPath(location.state), { replace: true });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(credentials, { onSuccess: goOn });
  };

  // Each attempt signs a fresh nonce: the server consumes one at every try, accepted or refused.
  const loadChallenge = async () => {
    challenge.current = await requestEcpChallenge();
    return base64ToBytes(challenge.current.nonce);
  };
  const submitEcp = async (cms: string) => {
    const nonceId = challenge.current?.nonceId;
    if (!nonceId) throw new Error('signed before a challenge was loaded');
    await ecpLogin.mutateAsync({ nonceId, cms });
  };

  return (
    <Stack maw={440} mx="auto" mt="xl" gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('login.title')}</Title>
        <Text c="dimmed">{t('login.intro')}</Text>
      </Stack>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate aria-label={t('login.title')}>
          <Stack gap="md">
            <ProblemAlert error={login.error} fields={formFields} title={t('login.failed')} />
            <TextInput
              name="login"
              type="email"
              autoComplete="username"
              inputMode="email"
              label={t('login.loginLabel')}
              withAsterisk
              value={credentials.login}
              onChange={(event) => setCredentials({ ...credentials, login: event.currentTarget.value })}
              error={fieldError(login.error, 'login')}
            />
            <PasswordInput
              name="password"
              autoComplete="current-password"
              label={t('login.passwordLabel')}
              withAsterisk
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword'), tabIndex: 0 }}
              value={credentials.password}
              onChange={(event) => setCredentials({ ...credentials, password: event.currentTarget.value })}
              error={fieldError(login.error, 'password')}
              // Mantine sets aria-invalid on TextInput but not on PasswordInput's inner input.
              aria-invalid={fieldError(login.error, 'password') !== undefined}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to="/forgot-password" size="sm">
                {tAccounts('links.forgot')}
              </Anchor>
              <Anchor component={Link} to="/register" size="sm">
                {tAccounts('links.register')}
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Divider label={t('ecp.or')} labelPosition="center" />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ecp-login-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="ecp-login-title">
            {t('ecp.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ecp.intro')}
          </Text>
          <Button variant="outline" fullWidth onClick={() => setEcp({ requested: true, opened: true })}>
            {t('ecp.submit')}
          </Button>
        </Stack>
      </Paper>
      {ecp.requested && (
        <Suspense fallback={<PageLoader />}>
          <SignDialog
            opened={ecp.opened}
            onClose={() => setEcp({ requested: true, opened: false })}
            title={t('ecp.dialogTitle')}
            purpose="authentication"
            load={loadChallenge}
            submit={submitEcp}
            onSigned={goOn}
          />
        </Suspense>
      )}
    </Stack>
  );
}
