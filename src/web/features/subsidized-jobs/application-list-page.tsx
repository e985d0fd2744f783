// The employer's subsidized-job applications (ФК-В.03 step 1): number, programme, jobs, status and dates, and a new one.
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ApplicationStatus, applicationStatuses } from '../../../shared/api/subsidized-jobs';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { NewApplicationDialog } from './new-application-dialog';
import { StatusBadge } from './status-badge';
import { type ApplicationListResponse, useApplicationList } from './subsidy-queries';

type Item = ApplicationListResponse['items'][number];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function ApplicationCard({ item }: { item: Item }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const title = item.number ? t('list.numbered', { number: item.number }) : t('list.unnumbered');
  return (
    <Paper component="li" withBorder p="md" radius="md" data-application-id={item.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/employer/applications/${item.id}`}>
              {title}
            </Anchor>
          </Title>
          <StatusBadge status={item.status} />
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('list.programme')}>{item.programmeName}</Fact>
          <Fact label={t('list.jobs')}>{item.jobs}</Fact>
          <Fact label={t('list.submittedAt')}>
            {item.submittedAt ? (
              <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
            ) : (
              t('list.notSubmitted')
            )}
          </Fact>
          <Fact label={t('list.updatedAt')}>
            <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

export function EmployerApplicationsPage() {
  const { t } = useTranslation('subsidy');
  usePageTitle(t('list.title'));
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useApplicationList(status);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={1}>{t('list.title')}</Title>
          <Text>{t('list.intro')}</Text>
        </Stack>
        <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>
      </Group>
      <Select
        label={t('list.statusFilter')}
        data={[
          { value: 'all', label: t('list.allStatuses') },
          ...applicationStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
        value={status ?? 'all'}
        onChange={(value) => setStatus(!value || value === 'all' ? null : (value as ApplicationStatus))}
        allowDeselect={false}
        maw={360}
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{status ? t('list.emptyFiltered') : t('list.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.title')}>
          {list.data.items.map((item) => (
            <ApplicationCard key={item.id} item={item} />
          ))}
        </Stack>
      )}
      {creating && <NewApplicationDialog opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
