// The public process-map pages: the list of maps and one map (B03 subsidized jobs, B06 job fairs) step by step.
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api';
import { pickText, useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { type ProcessList, useProcessList, useProcessMap } from './process-queries';
import { ProcessSteps } from './process-steps';

export function ProcessIndexPage() {
  const { t } = useTranslation('processes');
  usePageTitle(t('indexTitle'));
  const language = useUiLanguage();
  const list = useProcessList();

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('indexTitle')}</Title>
        <Text>{t('indexIntro')}</Text>
      </Stack>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {list.data.items.map((item) => (
            <Card key={item.code} withBorder padding="lg" radius="md" component="section">
              <Text size="sm" fw={600} c="blue.9">
                {item.officialCode}
              </Text>
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/processes/${item.code}`}>
                  {pickText(item.title, language)}
                </Anchor>
              </Title>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function MapSwitcher({ list, current }: { list: ProcessList | undefined; current: string }) {
  const { t } = useTranslation('processes');
  const language = useUiLanguage();
  if (!list || list.items.length < 2) return null;
  return (
    <nav aria-label={t('mapsNav')}>
      <Group gap="xs">
        {list.items.map((item) => {
          const isCurrent = item.code === current;
          return (
            <Button
              key={item.code}
              component={Link}
              to={`/processes/${item.code}`}
              variant={isCurrent ? 'filled' : 'outline'}
              size="xs"
              aria-current={isCurrent ? 'page' : undefined}
              title={pickText(item.title, language)}
            >
              {item.officialCode}
            </Button>
          );
        })}
      </Group>
    </nav>
  );
}

export function ProcessMapPage() {
  const { t } = useTranslation('processes');
  const { code = '' } = useParams();
  const language = useUiLanguage();
  const list = useProcessList();
  const map = useProcessMap(code);
  usePageTitle(map.data ? `${map.data.officialCode} ${pickText(map.data.title, language)}` : t('indexTitle'));

  if (map.isPending) return <PageLoader />;
  if (map.isError) {
    const notFound = map.error instanceof ApiProblem && map.error.status === 404;
    return (
      <Stack gap="md">
        <Title order={1}>{t('indexTitle')}</Title>
        <MapSwitcher list={list.data} current={code} />
        {notFound ? (
          <Alert color="red">{t('notFound')}</Alert>
        ) : (
          <QueryError error={map.error} onRetry={() => void map.refetch()} />
        )}
      </Stack>
    );
  }

  const steps = map.data.steps;
  const implemented = steps.filter((step) => step.implementedBy.length > 0).length;
  return (
    <Stack gap="md">
      <MapSwitcher list={list.data} current={map.data.code} />
      <Title order={1}>
        <Text span inherit c="blue.9">
          {map.data.officialCode}
        </Text>{' '}
        {pickText(map.data.title, language)}
      </Title>
      <Text>
        <Text span fw={600}>
          {t('purpose')}:
        </Text>{' '}
        {pickText(map.data.purpose, language)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('progress', { done: implemented, total: steps.length })}
      </Text>
      <ProcessSteps map={map.data} />
    </Stack>
  );
}
