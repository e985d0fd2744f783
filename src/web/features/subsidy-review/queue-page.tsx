// The specialist's queue (ФК-В.03 step 2): the centre's applications oldest first, each with its age in working days
// from the first submission (the current revision's beside it), how long a returned one has waited for the employer,
// and the close action for an abandoned one; filters and search; a table on wide screens, cards on a phone.
import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationStatus } from '../../../shared/api/subsidized-jobs';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { StatusBadge } from '../subsidized-jobs/status-badge';
import type { ApplicationListResponse } from '../subsidized-jobs/subsidy-queries';
import { CloseAbandonedAction } from './close-abandoned-action';
import {
  AGE_ATTENTION_WORKING_DAYS,
  formatKazakhstanDate,
  useProgrammeOptions,
  useStatusOptions,
} from './review-labels';
import { useQueue } from './review-queries';

type Item = ApplicationListResponse['items'][number];

export const reviewPath = (id: string) => `/staff/applications/${id}`;

function AgeBadge({ days }: { days: number | null }) {
  const { t } = useTranslation('review');
  if (days === null) return <Text size="sm">—</Text>;
  const level =
    days >= AGE_ATTENTION_WORKING_DAYS * 2 ? 'overdue' : days >= AGE_ATTENTION_WORKING_DAYS ? 'old' : 'fresh';
  const colour = { overdue: 'red', old: 'orange', fresh: 'gray' }[level];
  return (
    <Badge color={colour} variant={level === 'fresh' ? 'light' : 'filled'} data-age-level={level}>
      {level === 'fresh' ? t('queue.age', { count: days }) : t('queue.ageOld', { count: days })}
    </Badge>
  );
}

/** The age from the first submission, and the current revision's when the employer has corrected it since. */
function Ages({ item }: { item: Item }) {
  const { t } = useTranslation('review');
  return (
    <Stack gap={2} align="flex-start">
      <AgeBadge days={item.ageWorkingDays} />
      {item.revision > 1 && item.revisionAgeWorkingDays !== null && (
        <Text size="xs" c="dimmed" data-revision-age={item.revisionAgeWorkingDays}>
          {t('queue.revisionAge', { revision: item.revision, count: item.revisionAgeWorkingDays })}
        </Text>
      )}
    </Stack>
  );
}

/** A returned application: working days it has waited for the employer's correction, the threshold, the notice. */
function Waiting({ item }: { item: Item }) {
  const { t } = useTranslation('review');
  if (item.waitingWorkingDays === null) return null;
  return (
    <Stack gap={2} data-waiting-days={item.waitingWorkingDays}>
      <Text size="xs">
        {t('queue.waiting', { count: item.waitingWorkingDays, total: item.closeAfterWorkingDays ?? 0 })}
      </Text>
      <Text size="xs" c="dimmed">
        {item.noticeSentAt
          ? t('queue.noticeSent', { date: formatKazakhstanDate(item.noticeSentAt) })
          : t('queue.noticeNotSent')}
      </Text>
    </Stack>
  );
}

function ApplicationLink({ item }: { item: Item }) {
  const { t } = useTranslation('review');
  return (
    <Anchor component={Link} to={reviewPath(item.id)} fw={600}>
      {item.number ?? t('queue.unnumbered')}
    </Anchor>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function QueueCards({ items }: { items: Item[] }) {
  const { t } = useTranslation('review');
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('queue.tableLabel')}>
      {items.map((item) => (
        <Paper
          component="li"
          key={item.id}
          withBorder
          p="md"
          radius="md"
          data-application-id={item.id}
          data-status={item.status}
        >
          <Stack gap="xs">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Title order={2} size="h5">
                <ApplicationLink item={item} />
              </Title>
              <StatusBadge status={item.status} />
            </Group>
            <Text size="sm" fw={500}>
              {item.employerName}
            </Text>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
              <Fact label={t('queue.columns.bin')}>{item.employerBin}</Fact>
              <Fact label={t('queue.columns.jobs')}>{item.jobs}</Fact>
              <Fact label={t('queue.columns.programme')}>{item.programmeName}</Fact>
              <Fact label={t('queue.columns.submitted')}>
                {item.submittedAt ? formatKazakhstanDate(item.submittedAt) : '—'}
              </Fact>
            </SimpleGrid>
            <Group gap="xs" align="flex-start">
              <Text size="xs" c="dimmed">
                {t('queue.columns.age')}
              </Text>
              <Ages item={item} />
            </Group>
            <Waiting item={item} />
            <CloseAbandonedAction item={item} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function QueueTable({ items }: { items: Item[] }) {
  const { t } = useTranslation('review');
  return (
    <ScrollRegion label={t('queue.tableLabel')}>
      <Table withTableBorder verticalSpacing="sm" miw={960}>
        <Table.Caption className="visually-hidden">{t('queue.tableLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queue.columns.number')}</Table.Th>
            <Table.Th>{t('queue.columns.employer')}</Table.Th>
            <Table.Th>{t('queue.columns.bin')}</Table.Th>
            <Table.Th>{t('queue.columns.programme')}</Table.Th>
            <Table.Th ta="end">{t('queue.columns.jobs')}</Table.Th>
            <Table.Th>{t('queue.columns.status')}</Table.Th>
            <Table.Th>{t('queue.columns.submitted')}</Table.Th>
            <Table.Th>{t('queue.columns.age')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-application-id={item.id} data-status={item.status}>
              <Table.Td>
                <ApplicationLink item={item} />
              </Table.Td>
              <Table.Td>{item.employerName}</Table.Td>
              <Table.Td>{item.employerBin}</Table.Td>
              <Table.Td>{item.programmeName}</Table.Td>
              <Table.Td ta="end">{item.jobs}</Table.Td>
              <Table.Td miw={210}>
                <Stack gap="xs" align="flex-start">
                  <StatusBadge status={item.status} />
                  <Waiting item={item} />
                  <CloseAbandonedAction item={item} />
                </Stack>
              </Table.Td>
              <Table.Td>
                {item.submittedAt ? (
                  <time dateTime={item.submittedAt}>{formatKazakhstanDate(item.submittedAt)}</time>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Ages item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

export function ReviewQueuePage() {
  const { t } = useTranslation('review');
  usePageTitle(t('queue.title'));
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const [programme, setProgramme] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const wide = useMediaQuery('(min-width: 37.5em)', true);
  const queue = useQueue({ status, programme, q });
  const statusOptions = useStatusOptions();
  const programmeOptions = useProgrammeOptions();

  return (
    <Stack gap="md">
      <Stack gap={4} maw={760}>
        <Title order={1}>{t('queue.title')}</Title>
        <Text>{t('queue.intro', { days: AGE_ATTENTION_WORKING_DAYS })}</Text>
        <Text size="sm" c="dimmed">
          {t('queue.order')}
        </Text>
        <Anchor component={Link} to="/staff/demand-supply" size="sm" data-step-id="B03-2.1">
          {t('queue.demandSupplyLink')}
        </Anchor>
      </Stack>
      <SimpleGrid
        cols={{ base: 1, sm: 3 }}
        spacing="sm"
        component="form"
        role="search"
        aria-label={t('queue.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('queue.status')}
          data={[{ value: 'all', label: t('queue.allStatuses') }, ...statusOptions]}
          value={status ?? 'all'}
          onChange={(value) => setStatus(value && value !== 'all' ? (value as ApplicationStatus) : null)}
          allowDeselect={false}
        />
        <Select
          label={t('queue.programme')}
          data={[{ value: 'all', label: t('queue.allProgrammes') }, ...programmeOptions]}
          value={programme ?? 'all'}
          onChange={(value) => setProgramme(value && value !== 'all' ? value : null)}
          allowDeselect={false}
        />
        <TextInput
          label={t('queue.search')}
          description={t('queue.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          maxLength={100}
        />
      </SimpleGrid>
      {queue.isPending ? (
        <PageLoader />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <Text role="status">{t('queue.empty')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status">
            {t('queue.count', { count: queue.data.total })}
          </Text>
          {wide ? <QueueTable items={queue.data.items} /> : <QueueCards items={queue.data.items} />}
        </Stack>
      )}
    </Stack>
  );
}
