// A colleague accepts an employer's invitation (#token=… from the letter): whose it is and with which rights, then
// name, IIN and a password; the new account is signed in and lands in the cabinet.
import { Alert, Button, List, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InvitationAcceptResponse, InvitationPreviewResponse } from '../../../shared/api/accounts';
import { api, fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import { pickText, useUiLanguage } from '../../ui/labels';
import { ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { useAdoptSession } from './account-session';
import { readLinkToken } from './link-token';

const formFields = ['fullName', 'iin', 'password'] as const;

function InvitationForm({ token, preview }: { token: string; preview: InvitationPreviewResponse }) {
  const { t } = useTranslation('accounts');
  const language = useUiLanguage();
  const adoptSession = useAdoptSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({ fullName: '', iin: '', password: '' });
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const accept = useMutation({
    mutationFn: () =>
      api.post<InvitationAcceptResponse>('/api/accounts/invitations/accept', {
        token,
        ...form,
        locale: currentLanguage(),
      }),
    onSuccess: async (session) => {
      adoptSession(session);
      await navigate('/', { replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMismatch(form.password !== repeat);
    if (form.password === repeat) accept.mutate();
  };
  const field = (name: (typeof formFields)[number]) => ({
    name,
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => setForm({ ...form, [name]: event.currentTarget.value }),
    error: fieldError(accept.error, name),
    withAsterisk: true,
  });
  const organisation = pickText(preview.organisation, language);

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invitation-rights">
        <Stack gap="sm">
          <Text data-invitation-organisation={organisation}>{t('invitation.intro', { organisation })}</Text>
          <Title order={2} size="h4" id="invitation-rights">
            {t('invitation.rightsHeading')}
          </Title>
          {preview.rights.length === 0 ? (
            <Text size="sm">{t('invitation.noRights')}</Text>
          ) : (
            <List spacing={4} size="sm">
              {preview.rights.map((right) => (
                <List.Item key={right} data-right={right}>
                  <Text span fw={500} size="sm">
                    {t(`rights.${right}.label`)}
                  </Text>
                  {' — '}
                  {t(`rights.${right}.description`)}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate aria-label={t('invitation.title')}>
          <Stack gap="md">
            <ProblemAlert error={accept.error} fields={formFields} title={t('invitation.failed')} />
            <Text size="sm" c="dimmed">
              {t('invitation.loginNote')}
            </Text>
            <TextInput {...field('fullName')} autoComplete="name" label={t('invitation.fullName')} />
            <TextInput
              {...field('iin')}
              inputMode="numeric"
              maxLength={12}
              label={t('invitation.iin')}
              description={t('invitation.iinHint')}
            />
            <PasswordInput
              {...field('password')}
              autoComplete="new-password"
              label={t('invitation.password')}
              description={t('passwordRule')}
              aria-invalid={fieldError(accept.error, 'password') !== undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
            />
            <PasswordInput
              name="repeat"
              autoComplete="new-password"
              label={t('invitation.repeat')}
              withAsterisk
              value={repeat}
              onChange={(event) => setRepeat(event.currentTarget.value)}
              error={mismatch ? t('invitation.mismatch') : undefined}
              aria-invalid={mismatch}
              visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
            />
            <Button type="submit" loading={accept.isPending} fullWidth>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

export function InvitationPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('invitation.title'));
  const [token] = useState(() => readLinkToken(window.location.hash));
  // A POST keeps the token out of URLs; retrying a refused link would only repeat the refusal.
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.post<InvitationPreviewResponse>('/api/accounts/invitations/preview', { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <Stack maw={560} mx="auto" mt="xl" gap="lg">
      <Title order={1}>{t('invitation.title')}</Title>
      {!token ? (
        <Alert color="red" role="alert">
          {t('linkBroken')}
        </Alert>
      ) : preview.isPending ? (
        <Text role="status">{t('invitation.checking')}</Text>
      ) : preview.isError ? (
        <QueryError error={preview.error} />
      ) : (
        <InvitationForm token={token} preview={preview.data} />
      )}
    </Stack>
  );
}
