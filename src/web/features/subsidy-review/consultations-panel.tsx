// B03-2.4 consultations given to the employer: the log (which the employer sees too) and the form to add one.
import { Button, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { consultationChannels } from '../../../shared/api/subsidy-review';
import { fieldError } from '../../api';
import { ProblemAlert } from '../../ui/page';
import { formatIsoDate } from '../subsidized-jobs/subsidy-labels';
import { todayInKazakhstan } from './review-labels';
import { useLogConsultation } from './review-queries';
import { StepPanel } from './step-panel';

type Channel = (typeof consultationChannels)[number];
const formFields = ['givenOn', 'channel', 'topic', 'summary'];

function ConsultationForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('review');
  const log = useLogConsultation(applicationId);
  const today = todayInKazakhstan();
  const empty = { givenOn: today, channel: 'phone' as Channel, topic: '', summary: '' };
  const [form, setForm] = useState(empty);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        log.mutate(form, { onSuccess: () => setForm(empty) });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('consultations.givenOn')}
            value={form.givenOn}
            max={today}
            onChange={(event) => setForm({ ...form, givenOn: event.currentTarget.value })}
            required
            error={fieldError(log.error, 'givenOn')}
          />
          <Select
            label={t('consultations.channel')}
            data={consultationChannels.map((c) => ({ value: c, label: t(`consultations.channels.${c}`) }))}
            value={form.channel}
            onChange={(value) => value && setForm({ ...form, channel: value as Channel })}
            allowDeselect={false}
            required
            error={fieldError(log.error, 'channel')}
          />
        </SimpleGrid>
        <TextInput
          label={t('consultations.topic')}
          value={form.topic}
          onChange={(event) => setForm({ ...form, topic: event.currentTarget.value })}
          maxLength={200}
          required
          error={fieldError(log.error, 'topic')}
        />
        <Textarea
          label={t('consultations.summary')}
          description={t('consultations.summaryHint')}
          value={form.summary}
          onChange={(event) => setForm({ ...form, summary: event.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={4000}
          required
          error={fieldError(log.error, 'summary')}
        />
        <ProblemAlert error={log.error} fields={formFields} />
        <div>
          <Button type="submit" loading={log.isPending} data-action="log_consultation">
            {t('consultations.submit')}
          </Button>
        </div>
        {log.isSuccess && !log.isPending && (
          <Text size="sm" c="teal.9" role="status">
            {t('consultations.saved')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

export function ConsultationsPanel({ application, canLog }: { application: ApplicationView; canLog: boolean }) {
  const { t } = useTranslation('review');
  const consultations = [...application.consultations].sort((a, b) => b.givenOn.localeCompare(a.givenOn));

  return (
    <StepPanel step="B03-2.4" headingId="consultations-heading" title={t('consultations.title')}>
      <Text size="sm">{t('consultations.visibleToEmployer')}</Text>
      {consultations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('consultations.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {consultations.map((c) => (
            <Paper component="li" key={c.id} withBorder p="sm" data-consultation-id={c.id}>
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('consultations.meta', {
                    date: formatIsoDate(c.givenOn),
                    channel: t(`consultations.channels.${c.channel}`),
                    name: c.givenByName,
                  })}
                </Text>
                <Text size="sm" fw={600}>
                  {c.topic}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {c.summary}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {canLog && (
        <>
          <Title order={3} size="h4">
            {t('consultations.formTitle')}
          </Title>
          <ConsultationForm applicationId={application.id} />
        </>
      )}
    </StepPanel>
  );
}
