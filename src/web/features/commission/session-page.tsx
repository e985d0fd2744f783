// One commission session: B03-2.5 the agenda of employers and their applications, attendance with the quorum, each
// application's conflicts, votes and decision, then closing with the minutes and entering the decisions (B03-3.1).
import { Alert, Anchor, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionView } from '../../../shared/api/commission';
import { hasQuorum, quorumNeeded } from '../../../shared/commission/rules';
import { Role } from '../../../shared/roles';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { useCurrentUser } from '../auth/session';
import { AgendaItemCard } from './agenda-item-card';
import { Fact, SessionStatusBadge, useLocalName, wrappingButton } from './commission-labels';
import {
  minutesUrl,
  useAgendaCandidates,
  useCommissionQueue,
  useComposeAgenda,
  useEnterDecisions,
  useSession,
  useSessionChange,
  useWayOut,
} from './commission-queries';
import { ConfirmAction } from './confirm-action';
import { MinutesSigning } from './minutes-signing';
import { CancelledBanner, RemovedItems } from './ways-out';

const can = (view: SessionView, action: string) => view.actions.some((a) => a.action === action);
const activeItems = (view: SessionView) => view.items.filter((i) => !i.removal);

function AgendaCandidates({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const localName = useLocalName();
  const candidates = useAgendaCandidates(true);
  const queue = useCommissionQueue(true);
  const compose = useComposeAgenda(view.id);
  const [chosen, setChosen] = useState<string[]>([]);

  if (candidates.isPending || queue.isPending) return <PageLoader />;
  if (candidates.isError) return <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />;
  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  const onAgenda = (id: string) => view.items.some((i) => i.application.id === id && !i.removal);
  const items = candidates.data.items.filter((c) => !onAgenda(c.id));
  const queued = queue.data.items.filter((c) => !onAgenda(c.id));
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('agenda.candidates')}
      </Title>
      {items.length === 0 && queued.length === 0 ? (
        <Text size="sm">{t('agenda.noCandidates')}</Text>
      ) : (
        <Checkbox.Group value={chosen} onChange={setChosen} label={t('agenda.chooseLabel')}>
          <Stack gap="xs" mt="xs">
            {queued.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                data-application-id={c.id}
                data-queued
                label={t('ways.queuedCandidate', {
                  number: c.number ?? '—',
                  employer: localName(c.employer),
                  bin: c.employer.bin,
                  jobs: c.jobs,
                })}
                description={t('ways.queued', { session: c.lastSessionNumber ?? '—' })}
              />
            ))}
            {items.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                data-application-id={c.id}
                label={t('agenda.candidate', {
                  number: c.number ?? '—',
                  employer: c.employerName,
                  bin: c.employerBin,
                  programme: c.programmeName,
                  jobs: c.jobs,
                })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <ProblemAlert error={compose.error} fields={[]} />
      <Group>
        <Button
          styles={wrappingButton}
          disabled={chosen.length === 0}
          loading={compose.isPending}
          onClick={() => compose.mutate(chosen, { onSuccess: () => setChosen([]) })}
        >
          {t('agenda.send', { n: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}

function AgendaPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const localName = useLocalName();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agenda-title" data-step-id="B03-2.5">
      <Stack gap="sm">
        <Title order={2} size="h3" id="agenda-title">
          {t('agenda.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('agenda.hint')}
        </Text>
        {activeItems(view).length === 0 ? (
          <Text>{t('agenda.empty')}</Text>
        ) : (
          <ScrollRegion label={t('agenda.tableLabel')}>
            <Table miw={640} withTableBorder verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('agenda.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agenda.columns.ordinal')}</Table.Th>
                  <Table.Th>{t('agenda.columns.employer')}</Table.Th>
                  <Table.Th>{t('agenda.columns.application')}</Table.Th>
                  <Table.Th>{t('agenda.columns.programme')}</Table.Th>
                  <Table.Th ta="right">{t('agenda.columns.jobs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activeItems(view).map((item) => (
                  <Table.Tr key={item.id} data-item-id={item.id} data-application-id={item.application.id}>
                    <Table.Td>{item.ordinal}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{localName(item.application.employer)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('item.bin', { bin: item.application.employer.bin })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor href={`#item-${item.id}`} size="sm">
                        {item.application.number ?? '—'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{localName(item.application.programme)}</Table.Td>
                    <Table.Td ta="right">{item.application.jobsAsked}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {can(view, 'compose_agenda') && <AgendaCandidates view={view} />}
      </Stack>
    </Paper>
  );
}

function AttendancePanel({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const change = useSessionChange(view.id);
  const open = useSessionChange(view.id);
  const editable = view.canRecord && can(view, 'record_attendance');
  // Shown as it stands on the server; each tick is saved at once, so what the quorum says is what opening checks.
  const present = view.members.filter((m) => m.present === true).length;
  const reached = hasQuorum(present, view.members.length);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attendance-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="attendance-title">
          {t('attendance.title')}
        </Title>
        <Alert
          color={reached ? 'teal' : 'orange'}
          variant="light"
          role="status"
          data-quorum={reached ? 'reached' : 'missing'}
        >
          {/* In body text, not the light variant's title, whose tinted colour reads below 4.5:1. */}
          <Text fw={700} size="sm">
            {reached ? t('attendance.quorumReached') : t('attendance.quorumMissing')}
          </Text>
          <Text size="sm">
            {t('attendance.quorum', {
              present,
              members: view.members.length,
              needed: quorumNeeded(view.members.length),
            })}
          </Text>
        </Alert>
        {view.members.length === 0 ? (
          <Text>{t('attendance.noMembers')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {view.members.map((member) => (
              <li key={member.id} data-member-id={member.id} data-present={member.present ?? 'unknown'}>
                {editable ? (
                  <Checkbox
                    checked={member.present === true}
                    disabled={change.isPending}
                    onChange={(event) =>
                      change.mutate({
                        method: 'PUT',
                        path: '/attendance',
                        body: { attendance: [{ memberId: member.id, present: event.currentTarget.checked }] },
                      })
                    }
                    label={`${member.fullName} — ${t(`roles.${member.role}`)}`}
                    description={member.position || undefined}
                  />
                ) : (
                  <Text size="sm">
                    {member.fullName} — {t(`roles.${member.role}`)}:{' '}
                    <strong>
                      {member.present === true
                        ? t('attendance.present')
                        : member.present === false
                          ? t('attendance.absent')
                          : t('attendance.unknown')}
                    </strong>
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
        <ProblemAlert error={change.error} fields={[]} />
        {view.status === 'planned' && (
          <Stack gap="xs" align="flex-start" data-step-id="B03-2.5">
            {can(view, 'open') ? (
              <ConfirmAction
                action="open"
                label={t('attendance.open')}
                consequence={t('attendance.openConfirm', { number: view.number })}
                confirmLabel={t('attendance.openDo')}
                pending={open.isPending}
                onConfirm={() => open.mutate({ method: 'POST', path: '/open', body: { version: view.version } })}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {activeItems(view).length === 0 ? t('attendance.needAgenda') : t('attendance.cannotOpenYet')}
              </Text>
            )}
            <ProblemAlert error={open.error} fields={[]} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ClosingPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const user = useCurrentUser();
  const close = useSessionChange(view.id);
  const enter = useEnterDecisions(view.id);
  const undecided = activeItems(view).filter((i) => !i.decision).length;
  const isSpecialist = user?.role === Role.employerRelationsSpecialist;
  if (view.status === 'planned' || view.status === 'cancelled') return null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="closing-title" data-step-id="B03-3.1">
      <Stack gap="sm">
        <Title order={2} size="h3" id="closing-title">
          {view.status === 'closed' ? t('closing.closedTitle') : t('closing.title')}
        </Title>
        {view.status === 'in_session' &&
          (can(view, 'close') ? (
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('closing.ready')}</Text>
              <ConfirmAction
                action="close"
                label={t('closing.close')}
                consequence={t('closing.closeConfirm')}
                confirmLabel={t('closing.closeDo')}
                pending={close.isPending}
                onConfirm={() => close.mutate({ method: 'POST', path: '/close', body: { version: view.version } })}
              />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {undecided > 0 ? t('closing.undecided', { n: undecided }) : t('closing.notYours')}
            </Text>
          ))}
        <ProblemAlert error={close.error} fields={[]} />
        {view.minutes && (
          <Stack gap="xs">
            <Text size="sm">{t('closing.minutes')}</Text>
            <Group gap="sm">
              {(['kk', 'ru'] as const).map((lang) => (
                <Button
                  styles={wrappingButton}
                  key={lang}
                  component="a"
                  href={minutesUrl(view.id, lang)}
                  download
                  variant="light"
                  data-minutes-lang={lang}
                >
                  {t(`closing.download.${lang}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
        <MinutesSigning view={view} />
        {view.status === 'closed' && isSpecialist && (
          <Stack gap="xs" align="flex-start">
            {!view.minutesSignedAt ? (
              <Text size="sm" c="dimmed">
                {t('closing.awaitingSignatures')}
              </Text>
            ) : view.decisionsToEnter > 0 ? (
              <>
                <Text size="sm">{t('closing.enterHint', { n: view.decisionsToEnter })}</Text>
                <ConfirmAction
                  action="enter-decisions"
                  label={t('closing.enterAll', { n: view.decisionsToEnter })}
                  consequence={t('closing.enterConfirm', { n: view.decisionsToEnter })}
                  confirmLabel={t('closing.enterDo')}
                  pending={enter.isPending}
                  onConfirm={() => enter.mutate(null)}
                />
              </>
            ) : (
              activeItems(view).length > 0 && (
                <Text size="sm" role="status">
                  {t('closing.allEntered')}
                </Text>
              )
            )}
            <ProblemAlert error={enter.error} fields={[]} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** B03-2.5: a session that cannot be held is cancelled; its applications wait in the queue for the next one. */
function CancelPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const cancel = useWayOut(view.id);
  if (!can(view, 'cancel')) return null;
  return (
    <Stack gap="xs" data-step-id="B03-2.5">
      <ConfirmAction
        action="cancel-session"
        color="red"
        variant="light"
        label={t('ways.cancelSession')}
        consequence={t('ways.cancelConfirm', { number: view.number })}
        confirmLabel={t('ways.cancelDo')}
        reason={{ label: t('ways.cancelReason'), required: true }}
        pending={cancel.isPending}
        onConfirm={(reason) => cancel.mutate({ path: '/cancel', body: { version: view.version, reason } })}
      />
      <ProblemAlert error={cancel.error} fields={[]} />
    </Stack>
  );
}

export function CommissionSessionPage() {
  const { t } = useTranslation('commission');
  const { id = '' } = useParams();
  const session = useSession(id);
  const formatDateTime = useDateTimeFormat();
  usePageTitle(session.data ? t('session.title', { number: session.data.number }) : t('sessions.title'));

  if (session.isPending) return <PageLoader />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const view = session.data;

  return (
    <Stack gap="lg" data-session-id={view.id} data-status={view.status}>
      <Anchor component={Link} to="/commission" size="sm">
        {t('session.back')}
      </Anchor>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1}>{t('session.title', { number: view.number })}</Title>
          <SessionStatusBadge status={view.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('session.scheduledFor')}>
            <time dateTime={view.scheduledFor}>{formatDateTime(view.scheduledFor)}</time>
          </Fact>
          <Fact label={t('session.place')}>{view.place}</Fact>
          <Fact label={t('session.openedAt')}>
            {view.openedAt ? <time dateTime={view.openedAt}>{formatDateTime(view.openedAt)}</time> : '—'}
          </Fact>
          <Fact label={t('session.closedAt')}>
            {view.closedAt ? <time dateTime={view.closedAt}>{formatDateTime(view.closedAt)}</time> : '—'}
          </Fact>
        </SimpleGrid>
      </Stack>
      <CancelledBanner view={view} />
      <AgendaPanel view={view} />
      {view.status !== 'cancelled' && <AttendancePanel view={view} />}
      {activeItems(view).length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="items-title">
          <Title order={2} size="h3" id="items-title">
            {t('items.title')}
          </Title>
          {activeItems(view).map((item) => (
            <AgendaItemCard key={item.id} view={view} item={item} />
          ))}
        </Stack>
      )}
      <RemovedItems view={view} />
      <ClosingPanel view={view} />
      <CancelPanel view={view} />
    </Stack>
  );
}
