// The search of job seekers' CVs for employers and centre staff: only the CVs the server says they may see.
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CvSearchHit } from '../../../shared/api/cvs';
import { Role } from '../../../shared/roles';
import { useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { formatDate, formatTenge, occupationLabel, occupationOptions, regionLabel, regionOptions } from './cv-labels';
import { useCvSearch } from './cv-queries';

function Hit({ hit }: { hit: CvSearchHit }) {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const titleId = `hit-${hit.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="li" aria-labelledby={titleId} data-cv-id={hit.id}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/cvs/${hit.id}/view`} fw={700} id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {hit.desiredPosition}
        </Anchor>
        <Text>{hit.fullName}</Text>
        <Text size="sm" c="dimmed">
          {[
            hit.occupationCode ? occupationLabel(hit.occupationCode, language) : null,
            regionLabel(hit.region, language),
            hit.willingToRelocate ? t('search.relocation') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text size="sm">
          {hit.desiredSalary === null
            ? t('view.byAgreement')
            : t('view.salaryValue', { amount: formatTenge(hit.desiredSalary) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`localeNames.${hit.locale}`)} · {t('search.updated', { date: formatDate(hit.updatedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}

export function CvSearchPage() {
  const { t } = useTranslation('cvs');
  usePageTitle(t('search.title'));
  const language = useUiLanguage();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState({
    q: params.get('q') ?? '',
    occupation: params.get('occupation'),
    region: params.get('region'),
  });
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = new URLSearchParams(
    Object.entries({ q: params.get('q'), occupation: params.get('occupation'), region: params.get('region') })
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .concat(page > 1 ? [['page', String(page)]] : []),
  ).toString();
  const results = useCvSearch(query);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.trim()) next.set('q', form.q.trim());
    if (form.occupation) next.set('occupation', form.occupation);
    if (form.region) next.set('region', form.region);
    // The same search again asks the server again: someone may have changed who may see their CVs.
    if (next.toString() === query) void results.refetch();
    else setParams(next);
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">
          {user?.role === Role.employerRepresentative ? t('search.introEmployer') : t('search.introCentre')}
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={submit} aria-label={t('search.title')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                type="search"
                name="q"
                label={t('search.q')}
                description={t('search.qHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                maxLength={100}
                value={form.q}
                onChange={(event) => setForm({ ...form, q: event.currentTarget.value })}
              />
              <Select
                label={t('search.occupation')}
                placeholder={t('search.any')}
                searchable
                clearable
                nothingFoundMessage={t('fields.nothingFound')}
                data={occupationOptions(language)}
                value={form.occupation}
                onChange={(occupation) => setForm({ ...form, occupation })}
              />
              <Select
                label={t('search.region')}
                placeholder={t('search.any')}
                searchable
                clearable
                nothingFoundMessage={t('fields.nothingFound')}
                data={regionOptions(language)}
                value={form.region}
                onChange={(region) => setForm({ ...form, region })}
              />
            </SimpleGrid>
            <Button type="submit" w="fit-content">
              {t('search.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="cv-search-results">
        <Title order={2} size="h3" id="cv-search-results">
          {t('search.results')}
        </Title>
        {results.isPending && <PageLoader />}
        {results.isError && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
        {results.data &&
          (results.data.items.length === 0 ? (
            <Alert color="gray" data-search-empty>
              {t('search.empty')}
            </Alert>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {results.data.items.map((hit) => (
                <Hit key={hit.id} hit={hit} />
              ))}
            </SimpleGrid>
          ))}
        {results.data && (page > 1 || results.data.hasMore) && (
          <Group gap="sm" component="nav" aria-label={t('search.page', { page })}>
            {page > 1 && (
              <Button variant="default" onClick={() => goTo(page - 1)}>
                {t('search.previous')}
              </Button>
            )}
            <Text size="sm">{t('search.page', { page })}</Text>
            {results.data.hasMore && (
              <Button variant="default" onClick={() => goTo(page + 1)}>
                {t('search.next')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
