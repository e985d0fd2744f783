// The centre's commission sessions: each with its date, place, status and decided items; the specialist plans a new one.
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Role } from '../../../shared/roles';
import { fieldError } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { Fact, SessionStatusBadge, wrappingButton } from './commission-labels';
import { useCreateSession, useSessions } from './commission-queries';

const fields = ['scheduledFor', 'place'] as const;

function NewSessionForm() {
  const { t } = useTranslation('commission');
  const create = useCreateSession();
  const navigate = useNavigate();
  const [scheduledFor, setScheduledFor] = useState('');
  const [place, setPlace] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const when = new Date(scheduledFor);
    if (!scheduledFor || Number.isNaN(when.getTime()) || !place.trim()) {
      setMissing(true);
      return;
    }
    create.mutate(
      { scheduledFor: when.toISOString(), place: place.trim() },
      { onSuccess: (session) => void navigate(`/commission/sessions/${session.id}`) },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-session-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-session-title">
            {t('sessions.create.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('sessions.create.scheduledFor')}
              required
              value={scheduledFor}
              onChange={(event) => setScheduledFor(event.currentTarget.value)}
              error={
                (missing && !scheduledFor ? t('form.required') : undefined) ?? fieldError(create.error, 'scheduledFor')
              }
            />
            <TextInput
              label={t('sessions.create.place')}
              required
              maxLength={300}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
              error={(missing && !place.trim() ? t('form.required') : undefined) ?? fieldError(create.error, 'place')}
            />
          </SimpleGrid>
          <ProblemAlert error={create.error} fields={fields} />
          <Group>
            <Button styles={wrappingButton} type="submit" loading={create.isPending}>
              {t('sessions.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function CommissionSessionsPage() {
  const { t } = useTranslation('commission');
  usePageTitle(t('sessions.title'));
  const user = useCurrentUser();
  const sessions = useSessions();
  const formatDateTime = useDateTimeFormat();
  const canPlan = user?.role === Role.employerRelationsSpecialist || user?.role === Role.centreHead;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('sessions.title')}</Title>
          <Text>{t('sessions.intro')}</Text>
        </Stack>
        <Button styles={wrappingButton} component={Link} to="/commission/members" variant="light">
          {t('sessions.membersLink')}
        </Button>
      </Group>
      {canPlan && <NewSessionForm />}
      <Title order={2} size="h3">
        {t('sessions.listTitle')}
      </Title>
      {sessions.isPending ? (
        <PageLoader />
      ) : sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <Text>{t('sessions.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {sessions.data.items.map((session) => (
            <Paper
              component="li"
              key={session.id}
              withBorder
              p="md"
              radius="md"
              data-session-id={session.id}
              data-status={session.status}
            >
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Title order={3} size="h4">
                    <Anchor component={Link} to={`/commission/sessions/${session.id}`}>
                      {t('sessions.numbered', { number: session.number })}
                    </Anchor>
                  </Title>
                  <SessionStatusBadge status={session.status} />
                </Group>
                <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs">
                  <Fact label={t('sessions.scheduledFor')}>
                    <time dateTime={session.scheduledFor}>{formatDateTime(session.scheduledFor)}</time>
                  </Fact>
                  <Fact label={t('sessions.place')}>{session.place}</Fact>
                  <Fact label={t('sessions.decided')}>
                    {t('sessions.decidedOf', { decided: session.decided, items: session.items })}
                  </Fact>
                </SimpleGrid>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
