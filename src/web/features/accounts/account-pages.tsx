// Joining and recovering an account: a job seeker's registration, the e-mail confirmation link, and password reset.
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeekerJoinResponse } from '../../../shared/api/accounts';
import { api, fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import { ProblemAlert, usePageTitle } from '../../ui/page';
import { useEcpJoin } from './ecp-join';
import { readLinkToken } from './link-token';

function AccountCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <Stack maw={480} mx="auto" mt="xl" gap="lg">
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Stack>
  );
}

function Done({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <Alert color="teal" role="status" data-outcome="done">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {children}
      </Stack>
    </Alert>
  );
}

function SignInLink() {
  const { t } = useTranslation('accounts');
  return (
    <Anchor component={Link} to="/login">
      {t('signIn')}
    </Anchor>
  );
}

function PasswordField({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  label: string;
}) {
  const { t } = useTranslation('accounts');
  return (
    <PasswordInput
      name="password"
      autoComplete="new-password"
      label={label}
      description={t('passwordRule')}
      withAsterisk
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      aria-invalid={error !== undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
    />
  );
}

const registrationFields = ['fullName', 'iin', 'email', 'password'] as const;

function PasswordRegistration() {
  const { t } = useTranslation('accounts');
  const [form, setForm] = useState({ fullName: '', iin: '', email: '', password: '' });
  const register = useMutation({
    mutationFn: () => api.post('/api/accounts/seekers', { ...form, locale: currentLanguage() }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.mutate();
  };
  const field = (name: (typeof registrationFields)[number]) => ({
    name,
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => setForm({ ...form, [name]: event.currentTarget.value }),
    error: fieldError(register.error, name),
    withAsterisk: true,
  });
  if (register.isSuccess) return <Done message={t('register.sent', { email: form.email })} />;
  return (
    <form onSubmit={submit} noValidate aria-label={t('register.title')}>
      <Stack gap="md">
        <ProblemAlert error={register.error} fields={registrationFields} title={t('register.failed')} />
        <TextInput {...field('fullName')} autoComplete="name" label={t('register.fullName')} />
        <TextInput
          {...field('iin')}
          inputMode="numeric"
          maxLength={12}
          label={t('register.iin')}
          description={t('register.iinHint')}
        />
        <TextInput {...field('email')} type="email" autoComplete="email" label={t('register.email')} />
        <PasswordField
          value={form.password}
          onChange={(password) => setForm({ ...form, password })}
          error={fieldError(register.error, 'password')}
          label={t('register.password')}
        />
        <Button type="submit" loading={register.isPending} fullWidth>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The IIN and the name come from the person's own certificate; only the e-mail is asked for. */
function EcpRegistration() {
  const { t } = useTranslation('accounts');
  const [email, setEmail] = useState('');
  const { problem, joined, emailInvalid, start, dialog } = useEcpJoin<SeekerJoinResponse>({
    url: '/api/accounts/seekers/join',
    // An organisation's key, or one whose holder has an account: another key can be chosen in the window.
    keyRefusals: ['accounts.organisation_certificate', 'accounts.signer_has_account'],
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start({ email, locale: currentLanguage() });
  };
  if (joined) {
    return (
      <Done message={t('register.ecp.done', { name: joined.user.fullName, email: joined.confirmationSentTo })}>
        <Anchor component={Link} to="/seeker" size="sm">
          {t('register.ecp.toCabinet')}
        </Anchor>
      </Done>
    );
  }
  const emailError = emailInvalid ? t('join.emailInvalid') : fieldError(problem, 'email');
  return (
    <form onSubmit={submit} noValidate aria-label={t('register.ecp.title')}>
      <Stack gap="md">
        <Text size="sm">{t('register.ecp.intro')}</Text>
        <ProblemAlert error={problem} fields={['email']} title={t('register.failed')} />
        <TextInput
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          label={t('register.email')}
          description={t('register.ecp.emailHint')}
          withAsterisk
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
          aria-invalid={emailError !== undefined}
        />
        <Button type="submit" fullWidth>
          {t('register.ecp.submit')}
        </Button>
      </Stack>
      {dialog(t('register.ecp.dialogTitle'))}
    </form>
  );
}

export function SeekerRegistrationPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('register.title'));
  return (
    <AccountCard title={t('register.title')} intro={t('register.intro')}>
      <Stack gap="md">
        <Tabs defaultValue="password" keepMounted={false}>
          <Tabs.List grow mb="md">
            <Tabs.Tab value="password">{t('register.withPassword')}</Tabs.Tab>
            <Tabs.Tab value="ecp">{t('register.ecp.title')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="password">
            <PasswordRegistration />
          </Tabs.Panel>
          <Tabs.Panel value="ecp">
            <EcpRegistration />
          </Tabs.Panel>
        </Tabs>
        <Text size="sm">
          {t('register.haveAccount')} <SignInLink />
        </Text>
      </Stack>
    </AccountCard>
  );
}

/**
 * Posts the link's token once when the page opens; the answer says whether the link worked. A query rather than a
 * mutation: the cache keeps the one answer per token, so a remount never spends the link a second time.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('confirm.title'));
  const [token] = useState(() => readLinkToken(window.location.hash));
  const confirm = useQuery({
    queryKey: ['accounts', 'confirm-email', token],
    queryFn: () => api.post('/api/accounts/confirm-email', { token }).then(() => true),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

  return (
    <AccountCard title={t('confirm.title')}>
      {!token && (
        <Alert color="red" role="alert">
          {t('linkBroken')}
        </Alert>
      )}
      {confirm.isFetching && <Text role="status">{t('confirm.checking')}</Text>}
      {confirm.isSuccess && (
        <Done message={t('confirm.done')}>
          <SignInLink />
        </Done>
      )}
      <ProblemAlert error={confirm.error} fields={[]} />
    </AccountCard>
  );
}

export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.post('/api/accounts/password-reset', { email }) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <AccountCard title={t('forgot.title')} intro={t('forgot.intro')}>
      {request.isSuccess ? (
        <Done message={t('forgot.sent', { email })} />
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('forgot.title')}>
          <Stack gap="md">
            <ProblemAlert error={request.error} fields={['email']} />
            <TextInput
              name="email"
              type="email"
              autoComplete="email"
              label={t('register.email')}
              withAsterisk
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(request.error, 'email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              {t('forgot.submit')}
            </Button>
            <SignInLink />
          </Stack>
        </form>
      )}
    </AccountCard>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('reset.title'));
  const [token] = useState(() => readLinkToken(window.location.hash));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: () => api.post('/api/accounts/password-reset/complete', { token, password }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password === repeat) reset.mutate();
  };
  if (!token) {
    return (
      <AccountCard title={t('reset.title')}>
        <Alert color="red" role="alert">
          {t('linkBroken')}
        </Alert>
      </AccountCard>
    );
  }
  return (
    <AccountCard title={t('reset.title')}>
      {reset.isSuccess ? (
        <Done message={t('reset.done')}>
          <SignInLink />
        </Done>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ProblemAlert error={reset.error} fields={['password']} />
            <PasswordField
              value={password}
              onChange={setPassword}
              error={fieldError(reset.error, 'password')}
              label={t('reset.password')}
            />
            <PasswordInput
              name="repeat"
              autoComplete="new-password"
              label={t('reset.repeat')}
              withAsterisk
              value={repeat}
              onChange={(event) => setRepeat(event.currentTarget.value)}
              error={mismatch ? t('reset.mismatch') : undefined}
              aria-invalid={mismatch}
              visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
            />
            <Button type="submit" loading={reset.isPending} fullWidth>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AccountCard>
  );
}
