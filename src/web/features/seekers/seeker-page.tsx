// The seeker's cabinet for the registry: the registration's status in words and what happens next, the profile,
// and the request to a centre.
import { Alert, Badge, Button, Group, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySeekerView, RegistrationKind, RegistrationView } from '../../../shared/api/seekers';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { DeregistrationFacts, LeaveRegistry } from './deregistration';
import {
  draftOf,
  emptyProfileDraft,
  fieldsOf,
  type ProfileDraft,
  ProfileFields,
  profileFieldNames,
} from './profile-fields';
import { categoryLabel } from './seeker-labels';
import { useMySeeker, useRequestRegistration, useSaveProfile } from './seeker-queries';

function RegistrationStatus({ registration }: { registration: RegistrationView }) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const centre = language === 'kk' ? registration.centre.nameKk : registration.centre.nameRu;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="registration-title"
      data-registration-id={registration.id}
      data-status={registration.status}
      data-kind={registration.kind}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="registration-title">
          {t('me.registration')}
        </Title>
        <Text fw={700} data-status-text>
          {t(`status.${registration.status}.${registration.kind}`)}
        </Text>
        <Text size="sm">{t(`status.${registration.status}.next`)}</Text>
        <Text size="sm" c="dimmed">
          {t('me.centre', { centre })} · {t('me.requestedAt', { at: formatDateTime(registration.requestedAt) })}
        </Text>
        {registration.status === 'registered' && (
          <Stack gap={4}>
            <Text fw={600}>{t('me.categories')}</Text>
            {registration.categories.length === 0 ? (
              <Text size="sm">{t('me.noCategories')}</Text>
            ) : (
              <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {registration.categories.map((c) => (
                  <Badge key={c} component="li" variant="light" data-category={c} tt="none">
                    {categoryLabel(c, language)}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        )}
        {registration.status === 'refused' && registration.refusalReason && (
          <Alert color="orange" title={t('me.refusalReason')} data-refusal-reason>
            {registration.refusalReason}
          </Alert>
        )}
        <DeregistrationFacts registration={registration} />
        {registration.status === 'registered' && <LeaveRegistry registration={registration} />}
      </Stack>
    </Paper>
  );
}

function ProfileForm({ me }: { me: MySeekerView }) {
  const { t } = useTranslation('seekers');
  const save = useSaveProfile();
  const [draft, setDraft] = useState<ProfileDraft>(me.profile ? draftOf(me.profile) : emptyProfileDraft);
  useEffect(() => {
    if (me.profile) setDraft(draftOf(me.profile));
  }, [me.profile]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ ...fieldsOf(draft), version: me.profile?.version ?? 0 });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-title" data-profile>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-title">
            {t('me.profile')}
          </Title>
          <Text size="sm" c="dimmed">
            {me.birthDate ? t('me.fromIin', { date: me.birthDate }) : t('me.noIin')}
          </Text>
          <ProfileFields draft={draft} onChange={setDraft} error={save.error} />
          <ProblemAlert error={save.error} fields={profileFieldNames} title={t('me.profileFailed')} />
          {save.isSuccess && (
            <Alert color="teal" role="status">
              {t('me.profileSaved')}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content" disabled={!me.hasIin}>
            {t('me.saveProfile')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function RequestForm({ me }: { me: MySeekerView }) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const request = useRequestRegistration();
  const [centreId, setCentreId] = useState<string | null>(null);
  const [kind, setKind] = useState<RegistrationKind>('unemployed');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (centreId) request.mutate({ centreId, kind });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="request-title" data-request-form>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="request-title">
            {t('me.request')}
          </Title>
          {!me.profile && <Text size="sm">{t('me.profileFirst')}</Text>}
          <Radio.Group value={kind} onChange={(v) => setKind(v as RegistrationKind)} label={t('me.kind')} withAsterisk>
            <Stack gap="xs" mt="xs">
              <Radio value="unemployed" label={t('kind.unemployed')} description={t('kind.unemployedText')} />
              <Radio value="job_seeker" label={t('kind.job_seeker')} description={t('kind.jobSeekerText')} />
            </Stack>
          </Radio.Group>
          <Select
            label={t('me.centreLabel')}
            placeholder={t('form.choose')}
            data={me.centres.map((c) => ({ value: c.id, label: language === 'kk' ? c.nameKk : c.nameRu }))}
            value={centreId}
            onChange={setCentreId}
            withAsterisk
            searchable
          />
          <ProblemAlert error={request.error} fields={[]} title={t('me.requestFailed')} />
          <Button type="submit" loading={request.isPending} disabled={!centreId || !me.profile} w="fit-content">
            {t('me.send')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function SeekerPage() {
  const { t } = useTranslation('seekers');
  usePageTitle(t('me.title'));
  const me = useMySeeker();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  const registration = me.data.registration;
  const open = registration && (registration.status === 'requested' || registration.status === 'registered');
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>{t('me.title')}</Title>
      {registration ? (
        <RegistrationStatus registration={registration} />
      ) : (
        <Text data-status="none">{t('me.notRegistered')}</Text>
      )}
      {!open && <RequestForm me={me.data} />}
      <ProfileForm me={me.data} />
    </Stack>
  );
}
