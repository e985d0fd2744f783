// The job seeker's CVs: the list, a short form that starts a new one, and who may see them.
import { Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CvInputDraft, CvSummary } from '../../../shared/api/cvs';
import { type Locale, locales } from '../../../shared/roles';
import { fieldError } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { ConsentPanel } from './consent-panel';
import { formatDate, occupationLabel, regionLabel, regionOptions } from './cv-labels';
import { useCreateCv, useMyCvs } from './cv-queries';

function CvCard({ cv }: { cv: CvSummary }) {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const titleId = `cv-${cv.id}-title`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId} data-cv-id={cv.id}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {cv.title}
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`localeNames.${cv.locale}`)}
          </Badge>
        </Group>
        <Text fw={600}>{cv.desiredPosition}</Text>
        <Text size="sm" c="dimmed">
          {[cv.occupationCode ? occupationLabel(cv.occupationCode, language) : null, regionLabel(cv.region, language)]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('list.updated', { date: formatDate(cv.updatedAt) })}
        </Text>
        <Button
          component={Link}
          to={`/cvs/${cv.id}`}
          variant="light"
          mt="auto"
          w="fit-content"
          aria-label={t('list.editNamed', { title: cv.title })}
        >
          {t('list.edit')}
        </Button>
      </Stack>
    </Card>
  );
}

const newCvFields = ['title', 'desiredPosition', 'region', 'locale'] as const;

function NewCvForm() {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const navigate = useNavigate();
  const create = useCreateCv();
  const [form, setForm] = useState<{ title: string; desiredPosition: string; region: string | null; locale: Locale }>({
    title: '',
    desiredPosition: '',
    region: null,
    locale: language,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        title: form.title,
        desiredPosition: form.desiredPosition,
        // A region not chosen yet goes as missing, so the answer says "required" beside the field.
        region: (form.region ?? undefined) as CvInputDraft['region'],
        locale: form.locale,
      },
      { onSuccess: (cv) => navigate(`/cvs/${cv.id}`) },
    );
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="new-cv-title">
      <form onSubmit={submit} noValidate aria-labelledby="new-cv-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="new-cv-title">
              {t('new.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('new.intro')}
            </Text>
          </Stack>
          <ProblemAlert error={create.error} fields={newCvFields} title={t('new.failed')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              name="title"
              label={t('fields.title')}
              description={t('fields.titleHint')}
              withAsterisk
              maxLength={200}
              value={form.title}
              onChange={(event) => setForm({ ...form, title: event.currentTarget.value })}
              error={fieldError(create.error, 'title')}
            />
            <TextInput
              name="desiredPosition"
              label={t('fields.desiredPosition')}
              withAsterisk
              maxLength={200}
              value={form.desiredPosition}
              onChange={(event) => setForm({ ...form, desiredPosition: event.currentTarget.value })}
              error={fieldError(create.error, 'desiredPosition')}
            />
            <Select
              label={t('fields.region')}
              placeholder={t('fields.choose')}
              withAsterisk
              searchable
              nothingFoundMessage={t('fields.nothingFound')}
              data={regionOptions(language)}
              value={form.region}
              onChange={(region) => setForm({ ...form, region })}
              error={fieldError(create.error, 'region')}
            />
            <Select
              label={t('fields.locale')}
              description={t('fields.localeHint')}
              withAsterisk
              allowDeselect={false}
              data={locales.map((locale) => ({ value: locale, label: t(`localeNames.${locale}`) }))}
              value={form.locale}
              onChange={(locale) => setForm({ ...form, locale: (locale ?? form.locale) as Locale })}
              error={fieldError(create.error, 'locale')}
            />
          </SimpleGrid>
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('new.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function CvListPage() {
  const { t } = useTranslation('cvs');
  usePageTitle(t('list.title'));
  const cvs = useMyCvs();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('list.title')}</Title>
        <Text c="dimmed">{t('list.intro')}</Text>
      </Stack>
      {cvs.isPending && <PageLoader />}
      {cvs.isError && <QueryError error={cvs.error} onRetry={() => void cvs.refetch()} />}
      {cvs.data &&
        (cvs.data.items.length === 0 ? (
          <Text data-cv-list-empty>{t('list.empty')}</Text>
        ) : (
          <section aria-label={t('list.count', { count: cvs.data.items.length })}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {cvs.data.items.map((cv) => (
                <CvCard key={cv.id} cv={cv} />
              ))}
            </SimpleGrid>
          </section>
        ))}
      <NewCvForm />
      <ConsentPanel />
    </Stack>
  );
}
