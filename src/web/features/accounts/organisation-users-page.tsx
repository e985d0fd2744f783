// An employer's users: everyone sees the colleagues and their rights; those who manage users also change rights,
// invite by e-mail and revoke open invitations.
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EmployerRight,
  employerRights,
  type InvitationListResponse,
  type InvitationView,
  type OrganisationUsersResponse,
  type OrganisationUserView,
} from '../../../shared/api/accounts';
import { type Locale, locales } from '../../../shared/roles';
import { api, fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import { pickText, useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';

const usersKey = ['accounts', 'organisation-users'] as const;
const invitationsKey = ['accounts', 'invitations'] as const;

function RightsCheckboxes({
  legend,
  value,
  onChange,
  disabled,
  idPrefix,
}: {
  legend: string;
  value: EmployerRight[];
  onChange: (rights: EmployerRight[]) => void;
  disabled: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation('accounts');
  return (
    <Checkbox.Group
      label={legend}
      value={value}
      onChange={(chosen) => onChange(employerRights.filter((right) => chosen.includes(right)))}
    >
      <Stack gap="xs" mt="xs">
        {employerRights.map((right) => (
          <Checkbox
            key={right}
            id={`${idPrefix}-${right}`}
            value={right}
            label={t(`rights.${right}.label`)}
            description={t(`rights.${right}.description`)}
            disabled={disabled}
            data-right={right}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function UserCard({ user, canManage }: { user: OrganisationUserView; canManage: boolean }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [rights, setRights] = useState<EmployerRight[]>(user.rights);
  // When the saved rights change (this save, or another manager's), the checkboxes start from them again.
  const [savedRights, setSavedRights] = useState(user.rights.join());
  if (savedRights !== user.rights.join()) {
    setSavedRights(user.rights.join());
    setRights(user.rights);
  }
  const save = useMutation({
    mutationFn: () => api.put(`/api/accounts/organisation-users/${user.id}/rights`, { rights }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
  const changed = rights.join() !== user.rights.join();
  const titleId = `user-${user.id}`;

  return (
    <Paper withBorder p="md" radius="md" component="li" aria-labelledby={titleId} data-user-id={user.id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h5" id={titleId}>
              {user.fullName}
            </Title>
            {user.isMe && <Badge variant="light">{t('organisationUsers.you')}</Badge>}
            {!user.emailConfirmed && (
              <Badge variant="outline" color="gray">
                {t('organisationUsers.emailNotConfirmed')}
              </Badge>
            )}
            {user.disabled && (
              <Badge variant="outline" color="red">
                {t('organisationUsers.disabled')}
              </Badge>
            )}
          </Group>
          {user.email && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Text>
          )}
        </Stack>
        {canManage ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate();
            }}
            aria-label={t('organisationUsers.rightsOf', { name: user.fullName })}
          >
            <Stack gap="sm">
              <RightsCheckboxes
                legend={t('organisationUsers.rightsOf', { name: user.fullName })}
                value={rights}
                onChange={(next) => {
                  setRights(next);
                  save.reset();
                }}
                disabled={save.isPending}
                idPrefix={titleId}
              />
              <ProblemAlert error={save.error} fields={[]} title={t('organisationUsers.saveFailed')} />
              {save.isSuccess && !changed && (
                <Text size="sm" c="teal.9" role="status">
                  {t('organisationUsers.saved')}
                </Text>
              )}
              <Group>
                <Button type="submit" size="sm" disabled={!changed} loading={save.isPending}>
                  {t('organisationUsers.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm" data-rights={user.rights.join(' ')}>
            {user.rights.length === 0
              ? t('organisationUsers.noRights')
              : user.rights.map((right) => t(`rights.${right}.label`)).join(', ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function InviteForm() {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [rights, setRights] = useState<EmployerRight[]>(['submit_applications']);
  const [locale, setLocale] = useState<Locale>(currentLanguage());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/accounts/invitations', { email, rights, locale }),
    onSuccess: async () => {
      setSentTo(email.trim().toLowerCase());
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: invitationsKey });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    invite.mutate();
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-heading">
      <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id="invite-heading">
              {t('organisationUsers.inviteHeading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('organisationUsers.inviteIntro')}
            </Text>
          </Stack>
          <ProblemAlert error={invite.error} fields={['email']} title={t('organisationUsers.inviteFailed')} />
          {sentTo && (
            <Alert color="teal" role="status" data-invited={sentTo}>
              {t('organisationUsers.invited', { email: sentTo })}
            </Alert>
          )}
          <TextInput
            name="email"
            type="email"
            autoComplete="off"
            inputMode="email"
            label={t('organisationUsers.email')}
            withAsterisk
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
          />
          <RightsCheckboxes
            legend={t('organisationUsers.inviteRights')}
            value={rights}
            onChange={setRights}
            disabled={invite.isPending}
            idPrefix="invite"
          />
          <Select
            name="letterLocale"
            label={t('organisationUsers.letterLanguage')}
            data={locales.map((value) => ({ value, label: tCommon(`language.${value}`) }))}
            value={locale}
            onChange={(value) => value && setLocale(value as Locale)}
            allowDeselect={false}
            checkIconPosition="right"
          />
          <Button type="submit" loading={invite.isPending} fullWidth>
            {t('organisationUsers.invite')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function OpenInvitation({ invitation, onRevoked }: { invitation: InvitationView; onRevoked: (email: string) => void }) {
  const { t } = useTranslation('accounts');
  const formatDate = useDateTimeFormat();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.delete(`/api/accounts/invitations/${invitation.id}`),
    onSuccess: async () => {
      onRevoked(invitation.email);
      await queryClient.invalidateQueries({ queryKey: invitationsKey });
    },
  });
  return (
    <Paper withBorder p="md" radius="md" component="li" data-invitation-id={invitation.id}>
      <Stack gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {invitation.email}
        </Text>
        <Text size="sm">
          {invitation.rights.length === 0
            ? t('organisationUsers.noRights')
            : invitation.rights.map((right) => t(`rights.${right}.label`)).join(', ')}
        </Text>
        <Text size="sm" c="dimmed">
          {invitation.invitedBy && `${t('organisationUsers.invitedBy', { name: invitation.invitedBy })} · `}
          {t('organisationUsers.expires', { date: formatDate(invitation.expiresAt) })}
        </Text>
        <ProblemAlert error={revoke.error} fields={[]} />
        <Group>
          <Button
            variant="outline"
            color="red"
            size="xs"
            onClick={() => revoke.mutate()}
            loading={revoke.isPending}
            aria-label={t('organisationUsers.revokeLabel', { email: invitation.email })}
          >
            {t('organisationUsers.revoke')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function OpenInvitations() {
  const { t } = useTranslation('accounts');
  const [revoked, setRevoked] = useState<string | null>(null);
  const invitations = useQuery({
    queryKey: invitationsKey,
    queryFn: () => api.get<InvitationListResponse>('/api/accounts/invitations'),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="open-invitations-heading">
      <Title order={2} size="h4" id="open-invitations-heading">
        {t('organisationUsers.openHeading')}
      </Title>
      {revoked && (
        <Text size="sm" role="status">
          {t('organisationUsers.revoked', { email: revoked })}
        </Text>
      )}
      {invitations.isPending ? (
        <PageLoader />
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organisationUsers.noOpen')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {invitations.data.items.map((invitation) => (
            <OpenInvitation key={invitation.id} invitation={invitation} onRevoked={setRevoked} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function OrganisationUsersPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('organisationUsers.title'));
  const user = useCurrentUser();
  const language = useUiLanguage();
  const users = useQuery({
    queryKey: usersKey,
    queryFn: () => api.get<OrganisationUsersResponse>('/api/accounts/organisation-users'),
  });
  const organisation = user?.organisation ? pickText(user.organisation.name, language) : '';

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('organisationUsers.title')}</Title>
        <Text c="dimmed">{t('organisationUsers.intro', { organisation })}</Text>
      </Stack>
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          {!users.data.canManage && (
            <Alert color="blue" role="note">
              {t('organisationUsers.readOnly')}
            </Alert>
          )}
          <Stack gap="sm" component="section" aria-labelledby="users-heading">
            <Title order={2} size="h4" id="users-heading">
              {t('organisationUsers.usersHeading')}
            </Title>
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {users.data.items.map((item) => (
                <UserCard key={item.id} user={item} canManage={users.data.canManage} />
              ))}
            </Stack>
          </Stack>
          {users.data.canManage && (
            <>
              <InviteForm />
              <OpenInvitations />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
