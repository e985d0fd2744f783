// Nothing gets stuck at the commission (B03-2.5): a cancelled session's banner, an item postponed or withdrawn, and
// the items that left the agenda with why.
import { Alert, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, SessionView } from '../../../shared/api/commission';
import { Role } from '../../../shared/roles';
import { useDateTimeFormat } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { useLocalName } from './commission-labels';
import { useSessions, useWayOut } from './commission-queries';
import { ConfirmAction } from './confirm-action';

const can = (view: SessionView, action: string) => view.actions.some((a) => a.action === action);

export function CancelledBanner({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  if (view.status !== 'cancelled') return null;
  return (
    <Alert color="red" variant="light" role="status" data-cancelled>
      <Text fw={700} size="sm">
        {t('session.cancelledTitle')}
      </Text>
      {view.cancelReason && <Text size="sm">{t('session.cancelledReason', { reason: view.cancelReason })}</Text>}
      <Text size="sm">{t('session.cancelledText')}</Text>
    </Alert>
  );
}

export function RemovedItems({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const localName = useLocalName();
  const removed = view.items.filter((i) => i.removal);
  if (removed.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="removed-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="removed-title">
          {t('ways.removedTitle')}
        </Title>
        <List size="sm" spacing={4}>
          {removed.map((item) => (
            <List.Item key={item.id} data-item-id={item.id} data-removal={item.removal?.kind}>
              {t(`ways.removed.${item.removal!.kind}`, {
                application: item.application.number ?? '—',
                employer: localName(item.application.employer),
                session: item.removal!.movedToSessionNumber ?? '—',
              })}
              {item.removal?.reason && ` ${t('ways.removedReason', { reason: item.removal.reason })}`}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** Before the vote an item can move to another planned session, or (by the specialist) go back to review. */
export function ItemWaysOut({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const user = useCurrentUser();
  const formatDateTime = useDateTimeFormat();
  const sessions = useSessions();
  const postpone = useWayOut(view.id);
  const withdraw = useWayOut(view.id);
  const [target, setTarget] = useState<string | null>(null);
  if (item.decision || item.removal) return null;
  const application = item.application.number ?? '—';
  const targets = (sessions.data?.items ?? []).filter((s) => s.status === 'planned' && s.id !== view.id);
  const mayPostpone = view.canRecord && can(view, 'postpone_item');
  const mayWithdraw = user?.role === Role.employerRelationsSpecialist && can(view, 'withdraw_item');

  return (
    <Stack gap="xs" data-step-id="B03-2.5" data-ways-out={item.id}>
      {mayPostpone &&
        (targets.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ways.postponeNone')}
          </Text>
        ) : (
          <ConfirmAction
            action="postpone-item"
            variant="light"
            label={t('ways.postpone')}
            consequence={t('ways.postponeConfirm', { application })}
            confirmLabel={t('ways.postponeDo')}
            reason={{ label: t('ways.postponeReason'), required: false }}
            ready={target !== null}
            pending={postpone.isPending}
            onConfirm={(reason) =>
              target &&
              postpone.mutate({
                path: `/items/${item.id}/postpone`,
                body: { toSessionId: target, ...(reason ? { reason } : {}) },
              })
            }
          >
            <Select
              label={t('ways.postponeTarget')}
              required
              data={targets.map((s) => ({
                value: s.id,
                label: t('ways.postponeTargetOption', { number: s.number, date: formatDateTime(s.scheduledFor) }),
              }))}
              value={target}
              onChange={setTarget}
              maw={360}
              data-postpone-target
            />
          </ConfirmAction>
        ))}
      <ProblemAlert error={postpone.error} fields={[]} />
      {mayWithdraw &&
        (item.votes.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('ways.withdrawAfterVote')}
          </Text>
        ) : (
          <ConfirmAction
            action="withdraw-item"
            color="orange"
            variant="subtle"
            label={t('ways.withdraw')}
            consequence={t('ways.withdrawConfirm', { application })}
            confirmLabel={t('ways.withdrawDo')}
            reason={{ label: t('ways.withdrawReason'), required: true }}
            pending={withdraw.isPending}
            onConfirm={(reason) => withdraw.mutate({ path: `/items/${item.id}/withdraw`, body: { reason } })}
          />
        ))}
      <ProblemAlert error={withdraw.error} fields={[]} />
    </Stack>
  );
}
