// The login page: e-mail and password, with the server's field errors beside the fields and other problems above.
import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { fieldError } from '../../api';
import { PageLoader, ProblemAlert, usePageTitle } from '../../ui/page';
import type { ReturnState } from '../../ui/require-auth';
import { useLogin, useSession } from './session';

const formFields = ['login', 'password'] as const;

/** Only paths inside the app, so a crafted link cannot send someone elsewhere after login. */
function safeReturnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [credentials, setCredentials] = useState({ login: '', password: '' });

  if (session.isPending) return <PageLoader />;
  if (session.data?.user && !login.isPending) return <Navigate to={safeReturnPath(location.state)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(credentials, { onSuccess: () => void navigate(safeReturnPath(location.state), { replace: true }) });
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
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
