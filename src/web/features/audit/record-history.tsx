// For staff: the history of one record (who did what, at which map step, from which status to which) as a timeline.
import { Code, Group, Stack, Text, Timeline, Title, type TitleOrder } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/api/audit';
import { api } from '../../api';
import { useDateTimeFormat, useRoleLabel } from '../../ui/labels';
import { PageLoader, QueryError } from '../../ui/page';

type RecordHistoryProps = {
  subjectType: string;
  subjectId: string;
  /** The level of the section heading, so that it fits the page it is placed on. */
  headingOrder?: TitleOrder;
};

export function recordHistoryKey(subjectType: string, subjectId: string) {
  return ['audit', 'history', subjectType, subjectId] as const;
}

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const formatDateTime = useDateTimeFormat();
  const roleLabel = useRoleLabel();
  const actor = entry.actorName ?? t('systemActor');
  const role = roleLabel(entry.actorRole);
  const statusChanged = entry.fromStatus !== null || entry.toStatus !== null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
        {formatDateTime(entry.at)}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Code>{entry.action}</Code>
        {entry.step && (
          <Text size="xs" c="dimmed" data-step-id={entry.step}>
            {t('step', { step: entry.step })}
          </Text>
        )}
      </Group>
      <Text size="sm">
        <Text span fw={600} inherit>
          {actor}
        </Text>
        {role && ` · ${role}`}
      </Text>
      {statusChanged && (
        <Text size="sm">
          {t('statusChange', { from: entry.fromStatus ?? t('noStatus'), to: entry.toStatus ?? t('noStatus') })}
        </Text>
      )}
      {entry.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {t('comment', { comment: entry.comment })}
        </Text>
      )}
    </Stack>
  );
}

export function RecordHistory({ subjectType, subjectId, headingOrder = 2 }: RecordHistoryProps) {
  const { t } = useTranslation('audit');
  const history = useQuery({
    queryKey: recordHistoryKey(subjectType, subjectId),
    queryFn: () =>
      api.get<{ items: AuditEntry[] }>(
        `/api/audit/history?${new URLSearchParams({ subjectType, subjectId }).toString()}`,
      ),
  });

  return (
    <Stack gap="sm" component="section" aria-label={t('title')}>
      <Title order={headingOrder} size="h3">
        {t('title')}
      </Title>
      {history.isPending ? (
        <PageLoader />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.items.length - 1}>
          {history.data.items.map((entry) => (
            <Timeline.Item key={entry.seq}>
              <HistoryEntry entry={entry} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
