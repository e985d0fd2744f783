// How a commission's decision can be appealed, as dated data: the version in force (public page) and, for the
// administrator, every version with a form to date a new one.
import { Badge, Button, Fieldset, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealRouteInput, AppealRoutesResponse } from '../../../shared/api/appeal-routes';
import { api, fieldError } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { CertaintyMark } from './certainty-mark';
import { formatDate } from './programme-words';
import { SourceFields } from './source-fields';

const appealRoutesKey = ['appeal-routes'] as const;

function useAppealRoutes() {
  return useQuery({ queryKey: appealRoutesKey, queryFn: () => api.get<AppealRoutesResponse>('/api/appeal-routes') });
}

/** The route in force today, in the reader's language, with its certainty and source. */
export function AppealRouteSection() {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const routes = useAppealRoutes();
  const route = routes.data?.items.find((r) => r.inForce);
  if (!route) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="appeal-route" data-appeal-route>
      <Title order={2} size="h3" id="appeal-route">
        {t('appeal.title')}
      </Title>
      <Text size="sm">
        {route.text[language]} <CertaintyMark certainty={route.certainty} />
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('rules.since', { date: formatDate(route.validFrom) })} · {t('card.source', { source: route.source })}
      </Text>
    </Stack>
  );
}

const emptyDraft: AppealRouteInput = {
  validFrom: '',
  text: { kk: '', ru: '', en: '' },
  source: '',
  certainty: 'unconfirmed',
};

/** Every version, and a form for a new one (the same date replaces that version). */
export function AppealRoutesEditor() {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const routes = useAppealRoutes();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: AppealRouteInput) => api.post<AppealRoutesResponse>('/api/admin/appeal-routes', input),
    onSuccess: (data) => queryClient.setQueryData(appealRoutesKey, data),
  });
  const [draft, setDraft] = useState<AppealRouteInput>(emptyDraft);
  const error = (field: string) => fieldError(save.error, field);
  if (!routes.data) return null;
  const languages = ['kk', 'ru', 'en'] as const;

  return (
    <Stack gap="md" component="section" aria-labelledby="admin-appeal-routes" data-appeal-routes-editor>
      <Title order={2} id="admin-appeal-routes">
        {t('appeal.title')}
      </Title>
      <Text size="sm">{t('appeal.intro')}</Text>
      <ScrollRegion label={t('appeal.title')}>
        <Table striped withTableBorder fz="sm" miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appeal.columns.period')}</Table.Th>
              <Table.Th>{t('appeal.columns.text')}</Table.Th>
              <Table.Th>{t('rules.columns.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {routes.data.items.map((route) => (
              <Table.Tr key={route.validFrom} data-in-force={route.inForce}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {route.validTo
                        ? t('appeal.period', { from: formatDate(route.validFrom), to: formatDate(route.validTo) })
                        : t('appeal.periodOpen', { from: formatDate(route.validFrom) })}
                    </Text>
                    {route.inForce && (
                      <Badge color="blue" variant="filled" size="sm">
                        {t('admin.inForce')}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {route.text[language]} <CertaintyMark certainty={route.certainty} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {route.source}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(draft);
        }}
      >
        <Fieldset legend={t('appeal.formTitle')}>
          <Stack gap="sm">
            <ProblemAlert error={save.error} fields={['validFrom', 'text.kk', 'text.ru', 'text.en', 'source']} />
            {save.isSuccess && (
              <Text size="sm" role="status">
                {t('appeal.saved')}
              </Text>
            )}
            <TextInput
              label={t('rules.columns.from')}
              type="date"
              withAsterisk
              value={draft.validFrom}
              onChange={(event) => setDraft({ ...draft, validFrom: event.currentTarget.value })}
              error={error('validFrom')}
              maw={240}
            />
            {languages.map((lang) => (
              <Textarea
                key={lang}
                label={t(`appeal.textIn.${lang}`)}
                withAsterisk
                autosize
                minRows={2}
                value={draft.text[lang]}
                onChange={(event) => setDraft({ ...draft, text: { ...draft.text, [lang]: event.currentTarget.value } })}
                error={error(`text.${lang}`)}
              />
            ))}
            <SourceFields
              source={draft.source}
              certainty={draft.certainty}
              onChange={(change) => setDraft({ ...draft, ...change })}
              sourceError={error('source')}
            />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('appeal.save')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
