// The header's inbox link with the unread count, polled every 30 seconds while someone is logged in.
import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { useCurrentUser } from '../features/auth/session';
import { EnvelopeIcon } from './icons';

export const unreadCountKey = ['notifications', 'unread-count'] as const;

export function useUnreadCount(): number {
  const user = useCurrentUser();
  const { data } = useQuery({
    queryKey: unreadCountKey,
    queryFn: () => api.get<{ unread: number }>('/api/notifications/unread-count'),
    enabled: user !== null,
    refetchInterval: 30_000,
    staleTime: 0,
  });
  return user ? (data?.unread ?? 0) : 0;
}

export function InboxLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const label = unread > 0 ? t('layout.inboxUnread', { count: unread }) : t('layout.inbox');
  return (
    <Button
      component={Link}
      to="/inbox"
      onClick={onNavigate}
      variant="subtle"
      px="xs"
      leftSection={<EnvelopeIcon />}
      rightSection={
        unread > 0 ? (
          <Badge size="sm" color="red" circle={unread < 10} aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </Badge>
        ) : null
      }
    >
      {/* The link's name says the count in words; what is drawn is the short form of the same. */}
      <VisuallyHidden>{label}</VisuallyHidden>
      <span className="inbox-link-text" aria-hidden="true">
        {t('layout.inbox')}
      </span>
    </Button>
  );
}
