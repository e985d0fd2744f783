// The home page of a logged-in person: who they are, their organisation, and where they can go.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Role } from '../../../shared/roles';
import { useUnreadCount } from '../../ui/inbox-link';
import { pickText, useRoleLabel, useUiLanguage } from '../../ui/labels';
import { usePageTitle } from '../../ui/page';
import { useTrustStoreStatus } from '../admin/trust-store-status';
import { useCurrentUser } from '../auth/session';

function SectionCard({ to, title, text, extra }: { to: string; title: string; text: string; extra?: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={to}>
            {title}
          </Anchor>
        </Title>
        <Text size="sm">{text}</Text>
        {extra}
      </Stack>
    </Card>
  );
}

/** The trust store's problems are the administrator's to see first: a CA without revocation data, a stale CRL. */
function TrustStoreCard() {
  const { t } = useTranslation('home');
  const status = useTrustStoreStatus();
  const problems = status.data?.problems.length ?? 0;
  return (
    <SectionCard
      to="/admin/trust-store"
      title={t('cards.adminTrustStore.title')}
      text={t('cards.adminTrustStore.text')}
      extra={
        problems > 0 ? (
          <Badge color="yellow" variant="filled" data-trust-store-problems={problems}>
            {t('cards.adminTrustStore.problems', { number: problems })}
          </Badge>
        ) : null
      }
    />
  );
}

export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  const user = useCurrentUser();
  const language = useUiLanguage();
  const roleLabel = useRoleLabel();
  const unread = useUnreadCount();
  if (!user) return null;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('greeting', { name: user.fullName })}</Title>
        <Group gap="xs">
          <Text fw={600}>{t('role')}:</Text>
          <Text>{roleLabel(user.role)}</Text>
        </Group>
        {user.organisation && (
          <Group gap="xs">
            <Text fw={600}>{t('organisation')}:</Text>
            <Text>{pickText(user.organisation.name, language)}</Text>
          </Group>
        )}
      </Stack>

      <VisuallyHidden>
        <Title order={2}>{t('cardsHeading')}</Title>
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <SectionCard to="/processes" title={t('cards.processes.title')} text={t('cards.processes.text')} />
        <SectionCard
          to="/inbox"
          title={t('cards.inbox.title')}
          text={t('cards.inbox.text')}
          extra={
            unread > 0 ? (
              <Badge color="red" variant="filled">
                {t('cards.inbox.unread', { count: unread })}
              </Badge>
            ) : null
          }
        />
        {user.role === Role.administrator && (
          <SectionCard to="/admin/mail" title={t('cards.adminMail.title')} text={t('cards.adminMail.text')} />
        )}
        {user.role === Role.administrator && <TrustStoreCard />}
      </SimpleGrid>
    </Stack>
  );
}
