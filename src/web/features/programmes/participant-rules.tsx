// Who counts as a participant, as dated data: the rules in force with their sources and certainty (public page), and
// for the administrator every dated value with one form to date a new one.
import {
  Badge,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ParticipantRuleInput,
  ParticipantRulesResponse,
  ParticipantRuleView,
} from '../../../shared/api/subsidy-programmes';
import { type SeekerCategory, seekerCategories, seekerCategoryNames } from '../../../shared/seekers/categories';
import { type ParticipantRuleKind, participantRuleKinds, type RuleSex } from '../../../shared/subsidy/participants';
import type { Certainty } from '../../../shared/subsidy/programmes';
import { api, fieldError } from '../../api';
import { pickText, useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { CertaintyMark } from './certainty-mark';
import { formatDate } from './programme-words';
import { SourceFields } from './source-fields';

const rulesKey = ['subsidy', 'participant-rules'] as const;

export function useParticipantRules() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => api.get<ParticipantRulesResponse>('/api/subsidy/participant-rules'),
  });
}

function useRuleWords() {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  return {
    name: (rule: Pick<ParticipantRuleView, 'kind' | 'sex'>) =>
      rule.kind === 'retirement_age'
        ? t(`rules.retirementAge.${rule.sex as 'female' | 'male'}`)
        : t(`rules.kind.${rule.kind}`),
    value: (rule: ParticipantRuleView) => {
      const v = rule.value;
      if ('years' in v) return t(`rules.value.${rule.kind as 'youth_max_age' | 'over_50_min_age'}`, { years: v.years });
      if ('months' in v) {
        const years = Math.floor(v.months / 12);
        const months = v.months % 12;
        return months === 0
          ? t('rules.value.years', { count: years })
          : t('rules.value.yearsMonths', { count: years, months });
      }
      return v.categories.map((c) => pickText(seekerCategoryNames[c], language)).join('; ');
    },
  };
}

/** The rules in force today, each with its value, certainty and source. */
export function ParticipantRulesSection() {
  const { t } = useTranslation('programmes');
  const rules = useParticipantRules();
  const words = useRuleWords();
  if (!rules.data) return null;
  const inForce = rules.data.items.filter((r) => r.inForce);
  return (
    <Stack gap="sm" component="section" aria-labelledby="participant-rules" data-participant-rules>
      <Title order={2} size="h3" id="participant-rules">
        {t('rules.title')}
      </Title>
      <Text size="sm">{t('rules.intro')}</Text>
      <Stack component="dl" gap="xs" m={0}>
        {inForce.map((rule) => (
          <div key={`${rule.kind}-${rule.sex}`} data-rule={rule.kind} data-rule-sex={rule.sex}>
            <Text component="dt" size="sm" fw={600}>
              {words.name(rule)}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {words.value(rule)} <CertaintyMark certainty={rule.certainty} />
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('rules.since', { date: formatDate(rule.validFrom) })} · {t('card.source', { source: rule.source })}
            </Text>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}

type Draft = {
  kind: ParticipantRuleKind;
  sex: RuleSex;
  validFrom: string;
  amount: number | '';
  categories: SeekerCategory[];
  source: string;
  certainty: Certainty;
};

function requestOf(draft: Draft): ParticipantRuleInput {
  const amount = draft.amount === '' ? 0 : draft.amount;
  const value =
    draft.kind === 'target_categories'
      ? { categories: draft.categories }
      : draft.kind === 'retirement_age'
        ? { months: amount }
        : { years: amount };
  const sex = draft.kind === 'retirement_age' ? (draft.sex === 'any' ? 'female' : draft.sex) : 'any';
  return { kind: draft.kind, sex, validFrom: draft.validFrom, value, source: draft.source, certainty: draft.certainty };
}

/** Every dated value of every rule, and a form to date a new value (the same kind, sex and date replaces it). */
export function ParticipantRulesEditor() {
  const { t } = useTranslation('programmes');
  const language = useUiLanguage();
  const rules = useParticipantRules();
  const words = useRuleWords();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: ParticipantRuleInput) =>
      api.post<ParticipantRuleView>('/api/admin/subsidy/participant-rules', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
  const [draft, setDraft] = useState<Draft>({
    kind: 'youth_max_age',
    sex: 'any',
    validFrom: '',
    amount: '',
    categories: [],
    source: '',
    certainty: 'unconfirmed',
  });
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const error = (field: string) => fieldError(save.error, field);
  if (!rules.data) return null;

  return (
    <Stack gap="md" component="section" aria-labelledby="admin-participant-rules" data-participant-rules-editor>
      <Title order={2} id="admin-participant-rules">
        {t('rules.title')}
      </Title>
      <ScrollRegion label={t('rules.title')}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.columns.rule')}</Table.Th>
              <Table.Th>{t('rules.columns.value')}</Table.Th>
              <Table.Th>{t('rules.columns.from')}</Table.Th>
              <Table.Th>{t('rules.columns.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.data.items.map((rule) => (
              <Table.Tr key={`${rule.kind}-${rule.sex}-${rule.validFrom}`} data-in-force={rule.inForce}>
                <Table.Td>
                  {words.name(rule)}
                  {rule.inForce && (
                    <Badge color="blue" variant="filled" size="sm" ml={6}>
                      {t('admin.inForce')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {words.value(rule)} <CertaintyMark certainty={rule.certainty} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(rule.validFrom)}</Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {rule.source}
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
          save.mutate(requestOf(draft));
        }}
      >
        <Fieldset legend={t('rules.formTitle')}>
          <Stack gap="sm">
            <ProblemAlert error={save.error} fields={['kind', 'sex', 'validFrom', 'value', 'source', 'certainty']} />
            {save.isSuccess && (
              <Text size="sm" role="status">
                {t('rules.saved')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('rules.columns.rule')}
                data={participantRuleKinds.map((kind) => ({ value: kind, label: t(`rules.kind.${kind}`) }))}
                value={draft.kind}
                onChange={(event) => set({ kind: event.currentTarget.value as ParticipantRuleKind })}
                error={error('kind')}
              />
              {draft.kind === 'retirement_age' && (
                <NativeSelect
                  label={t('rules.sex')}
                  data={(['female', 'male'] as const).map((sex) => ({
                    value: sex,
                    label: t(`rules.retirementAge.${sex}`),
                  }))}
                  value={draft.sex === 'any' ? 'female' : draft.sex}
                  onChange={(event) => set({ sex: event.currentTarget.value as RuleSex })}
                  error={error('sex')}
                />
              )}
              <TextInput
                label={t('rules.columns.from')}
                type="date"
                withAsterisk
                value={draft.validFrom}
                onChange={(event) => set({ validFrom: event.currentTarget.value })}
                error={error('validFrom')}
              />
            </SimpleGrid>
            {draft.kind === 'target_categories' ? (
              <MultiSelect
                label={t('rules.categories')}
                data={seekerCategories.map((c) => ({ value: c, label: pickText(seekerCategoryNames[c], language) }))}
                value={draft.categories}
                onChange={(value) => set({ categories: value as SeekerCategory[] })}
                error={error('value')}
              />
            ) : (
              <NumberInput
                label={draft.kind === 'retirement_age' ? t('rules.amountMonths') : t('rules.amountYears')}
                withAsterisk
                allowDecimal={false}
                allowNegative={false}
                value={draft.amount}
                onChange={(value) => set({ amount: typeof value === 'number' ? value : '' })}
                error={error('value')}
                maw={240}
              />
            )}
            <SourceFields
              source={draft.source}
              certainty={draft.certainty}
              onChange={set}
              sourceError={error('source')}
            />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('rules.save')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
