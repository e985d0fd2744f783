// B03-2.3 remarks: what the centre asked the employer to correct, by revision, and the form that returns the application.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { remarkFields } from '../../../shared/api/subsidy-review';
import { fieldError } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { useReturnWithRemarks } from './review-queries';
import { StepPanel } from './step-panel';

const MAX_REMARKS = 20;

type RemarkField = (typeof remarkFields)[number];
type Draft = { key: number; field: RemarkField | null; text: string };

function isRemarkField(value: string): value is RemarkField {
  return (remarkFields as readonly string[]).includes(value);
}

/** The part of the application a remark points at, in words; the employer's form highlights the same part. */
function useFieldLabel() {
  const { t } = useTranslation('review');
  return (field: string | null): string => {
    if (!field) return t('remarks.wholeApplication');
    return isRemarkField(field) ? t(`remarks.fields.${field}`) : field;
  };
}

function RemarksForm({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('review');
  const send = useReturnWithRemarks(application);
  const [nextKey, setNextKey] = useState(1);
  const [drafts, setDrafts] = useState<Draft[]>([{ key: 0, field: null, text: '' }]);
  const fieldOptions = remarkFields.map((f) => ({ value: f, label: t(`remarks.fields.${f}`) }));
  const update = (key: number, change: Partial<Draft>) =>
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...change } : d)));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate(
          drafts.map((d) => ({ text: d.text, ...(d.field ? { field: d.field } : {}) })),
          { onSuccess: () => setDrafts([{ key: nextKey, field: null, text: '' }]) },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('remarks.formIntro')}</Text>
        <Stack component="ol" gap="sm" pl="md" m={0}>
          {drafts.map((draft, index) => (
            <li key={draft.key} data-remark-draft={index}>
              <Stack gap="xs">
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <Select
                    label={t('remarks.field', { number: index + 1 })}
                    placeholder={t('remarks.wholeApplication')}
                    data={fieldOptions}
                    value={draft.field}
                    onChange={(value) => update(draft.key, { field: value && isRemarkField(value) ? value : null })}
                    clearable
                    style={{ flexGrow: 1 }}
                  />
                  {drafts.length > 1 && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t('remarks.remove', { number: index + 1 })}
                      onClick={() => setDrafts((current) => current.filter((d) => d.key !== draft.key))}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Group>
                <Textarea
                  label={t('remarks.text', { number: index + 1 })}
                  value={draft.text}
                  onChange={(event) => update(draft.key, { text: event.currentTarget.value })}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  required
                  error={fieldError(send.error, `remarks.${index}.text`)}
                />
              </Stack>
            </li>
          ))}
        </Stack>
        <Group gap="sm">
          <Button
            variant="light"
            disabled={drafts.length >= MAX_REMARKS}
            onClick={() => {
              setDrafts((current) => [...current, { key: nextKey, field: null, text: '' }]);
              setNextKey(nextKey + 1);
            }}
          >
            {t('remarks.add')}
          </Button>
          <Button type="submit" color="orange" loading={send.isPending} data-action="return_with_remarks">
            {t('remarks.submit')}
          </Button>
        </Group>
        <ProblemAlert
          error={send.error}
          fields={drafts.map((_, index) => `remarks.${index}.text`)}
          title={t('remarks.failed')}
        />
      </Stack>
    </form>
  );
}

export function RemarksPanel({ application, canReturn }: { application: ApplicationView; canReturn: boolean }) {
  const { t } = useTranslation('review');
  const formatDateTime = useDateTimeFormat();
  const fieldLabel = useFieldLabel();
  const remarks = [...application.remarks].sort(
    (a, b) => b.revision - a.revision || a.createdAt.localeCompare(b.createdAt),
  );

  return (
    <StepPanel step="B03-2.3" headingId="remarks-heading" title={t('remarks.title')}>
      {remarks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('remarks.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {remarks.map((remark) => (
            <Paper component="li" key={remark.id} withBorder p="sm" data-remark-id={remark.id}>
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('remarks.meta', {
                    revision: remark.revision,
                    field: fieldLabel(remark.field),
                    name: remark.authorName,
                    time: formatDateTime(remark.createdAt),
                  })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {remark.text}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {canReturn && (
        <>
          <Title order={3} size="h4">
            {t('remarks.formTitle')}
          </Title>
          <RemarksForm application={application} />
        </>
      )}
    </StepPanel>
  );
}
