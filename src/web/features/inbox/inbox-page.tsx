// The in-app inbox: notifications newest first, unread ones marked and read when opened.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxResponse, NotificationItem } from '../../../shared/api/notifications';
import { api } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';

const notificationsKey = ['notifications'] as const;
const inboxKey = ['notifications', 'inbox'] as const;

function useInboxMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsKey });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post(`/api/notifications/${encodeURIComponent(id)}/read`),
    onMutate: (id) => {
      // Show it read at once; the refresh that follows brings the server's truth either way.
      queryClient.setQueryData<InboxResponse>(inboxKey, (inbox) =>
        inbox
          ? {
              unread: Math.max(0, inbox.unread - (inbox.items.some((n) => n.id === id && !n.readAt) ? 1 : 0)),
              items: inbox.items.map((n) =>
                n.id === id && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n,
              ),
            }
          : inbox,
      );
    },
    onSettled: refresh,
  });
  const markAllRead = useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSettled: refresh,
  });
  return { markRead, markAllRead };
}

/** Internal paths become router links; anything else that is not plain http(s) is not shown as a link. */
function NotificationLink({ link, onOpen }: { link: string; onOpen: () => void }) {
  const { t } = useTranslation('inbox');
  if (link.startsWith('/') && !link.startsWith('//')) {
    return (
      <Anchor component={Link} to={link} onClick={onOpen} size="sm">
        {t('open')}
      </Anchor>
    );
  }
  if (/^https?:\/\//i.test(link)) {
    return (
      <Anchor href={link} onClick={onOpen} size="sm" rel="noopener noreferrer">
        {t('open')}
      </Anchor>
    );
  }
  return null;
}

function NotificationCard({ item, onRead }: { item: NotificationItem; onRead: (id: string) => void }) {
  const { t } = useTranslation('inbox');
  const formatDateTime = useDateTimeFormat();
  const unread = item.readAt === null;
  const markThisRead = () => {
    if (unread) onRead(item.id);
  };
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      className={unread ? 'notification-unread' : undefined}
      data-unread={unread || undefined}
      // Mouse and touch users may click anywhere on the card; keyboard users have the "mark as read" button.
      onClick={(event: MouseEvent) => {
        if (!(event.target instanceof Element && event.target.closest('a, button'))) markThisRead();
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h5" fw={unread ? 700 : 500}>
            {item.title}
          </Title>
          {unread && (
            <Badge color="blue" variant="filled" style={{ flexShrink: 0 }}>
              {t('unread')}
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.body}
        </Text>
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed" component="time" dateTime={item.createdAt}>
            {formatDateTime(item.createdAt)}
          </Text>
          <Group gap="sm">
            {item.link && <NotificationLink link={item.link} onOpen={markThisRead} />}
            {unread && (
              <Button variant="subtle" size="compact-sm" onClick={markThisRead}>
                {t('markRead')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

export function InboxPage() {
  const { t } = useTranslation('inbox');
  usePageTitle(t('title'));
  const inbox = useQuery({ queryKey: inboxKey, queryFn: () => api.get<InboxResponse>('/api/notifications') });
  const { markRead, markAllRead } = useInboxMutations();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('title')}</Title>
          {inbox.data && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {t('summary', { count: inbox.data.unread })}
            </Text>
          )}
        </Stack>
        {inbox.data && inbox.data.unread > 0 && (
          <Button variant="outline" onClick={() => markAllRead.mutate()} loading={markAllRead.isPending}>
            {t('markAllRead')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={markRead.error ?? markAllRead.error} fields={[]} />
      {inbox.isPending ? (
        <PageLoader />
      ) : inbox.isError ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.data.items.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('title')}>
          {inbox.data.items.map((item) => (
            <NotificationCard key={item.id} item={item} onRead={(id) => markRead.mutate(id)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
