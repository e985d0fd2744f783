// The centre's registry for the employment-assistance specialist (and, to read, the head of centre): requests to decide
// on first, then everyone, searchable by name or IIN, occupation, category, district and status.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { registrationStatuses } from '../../../shared/api/seekers';
import { Role } from '../../../shared/roles';
import { DistrictPicker, useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { occupationLabel, occupationOptions } from '../cvs/cv-labels';
import { categoryLabel, categoryOptions } from './seeker-labels';
import { useRegistry } from './seeker-queries';

const filterNames = ['q', 'status', 'occupation', 'category', 'district'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

export function RegistryPage() {
  const { t } = useTranslation('seekers');
  const user = useCurrentUser();
  usePageTitle(t('registry.title'));
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const districtLabel = useDistrictLabel();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(
    Object.fromEntries(filterNames.map((n) => [n, params.get(n) ?? ''])) as Filters,
  );
  const query = new URLSearchParams(
    filterNames.flatMap((n) => (params.get(n) ? [[n, params.get(n)!] as [string, string]] : [])),
  ).toString();
  const registry = useRegistry(query);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(Object.fromEntries(filterNames.filter((n) => filters[n].trim()).map((n) => [n, filters[n].trim()])));
  };
  const set = (name: keyof Filters) => (value: string | null) => setFilters({ ...filters, [name]: value ?? '' });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('registry.title')}</Title>
        {user?.role === Role.employmentAssistanceSpecialist && (
          <Button component={Link} to="/staff/seekers/new" variant="outline">
            {t('registry.assisted')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="registry-filters">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="registry-filters">
              {t('registry.filters')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <TextInput
                label={t('registry.q')}
                description={t('registry.qHint')}
                value={filters.q}
                onChange={(e) => set('q')(e.currentTarget.value)}
              />
              <Select
                label={t('registry.status')}
                data={registrationStatuses.map((s) => ({ value: s, label: t(`statusShort.${s}`) }))}
                value={filters.status || null}
                onChange={set('status')}
                clearable
              />
              <Select
                label={t('profile.occupation')}
                data={occupationOptions(language)}
                value={filters.occupation || null}
                onChange={set('occupation')}
                searchable
                clearable
              />
              <Select
                label={t('registry.category')}
                data={categoryOptions(language)}
                value={filters.category || null}
                onChange={set('category')}
                clearable
              />
              <DistrictPicker
                label={t('profile.district')}
                region={user?.organisation?.region}
                value={filters.district}
                onChange={set('district')}
                withAsterisk={false}
                clearable
              />
            </SimpleGrid>
            <Button type="submit" w="fit-content">
              {t('registry.search')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {registry.isPending ? (
        <PageLoader />
      ) : registry.isError ? (
        <QueryError error={registry.error} onRetry={() => void registry.refetch()} />
      ) : registry.data.items.length === 0 ? (
        <Text>{t('registry.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-registry>
            <Table.Caption>{t('registry.caption', { n: registry.data.items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('registry.person')}</Table.Th>
                <Table.Th scope="col">{t('registry.status')}</Table.Th>
                <Table.Th scope="col">{t('profile.occupation')}</Table.Th>
                <Table.Th scope="col">{t('profile.district')}</Table.Th>
                <Table.Th scope="col">{t('registry.category')}</Table.Th>
                <Table.Th scope="col">{t('registry.requestedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registry.data.items.map((item) => (
                <Table.Tr key={item.id} data-registration-id={item.id} data-status={item.status}>
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/seekers/${item.id}`} fw={600}>
                      {item.fullName}
                    </Anchor>
                    {item.iin && (
                      <Text size="xs" c="dimmed">
                        {t('registry.iin', { iin: item.iin })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={item.status === 'requested' ? 'orange' : 'gray'} variant="light" tt="none">
                      {t(`statusShort.${item.status}`)}
                    </Badge>
                    <Text size="xs">{t(`kind.${item.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>{item.occupationCode ? occupationLabel(item.occupationCode, language) : '—'}</Table.Td>
                  <Table.Td>{districtLabel(item.district ?? item.districtAsWritten)}</Table.Td>
                  <Table.Td>{item.categories.map((c) => categoryLabel(c, language)).join(', ') || '—'}</Table.Td>
                  <Table.Td>{formatDateTime(item.requestedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
