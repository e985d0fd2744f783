// One registration for the employment-assistance specialist: the person and profile, and the decision (accept with
// categories, or refuse with a reason) drawn from the actions the server allows.
import { Alert, Anchor, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegistrationDetail } from '../../../shared/api/seekers';
import { seekerCategories } from '../../../shared/seekers/categories';
import { fieldError } from '../../api';
import { useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { occupationLabel, regionLabel } from '../cvs/cv-labels';
import { DeregistrationFacts, DeregistrationForm } from './deregistration';
import { categoryLabel } from './seeker-labels';
import { useDecide, useRegistration } from './seeker-queries';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </Stack>
  );
}

function Decision({ detail }: { detail: RegistrationDetail }) {
  const { t } = useTranslation('seekers');
  const language = useUiLanguage();
  const { accept, refuse } = useDecide(detail.registration.id);
  const [categories, setCategories] = useState<string[]>(detail.suggestedCategories);
  const [reason, setReason] = useState('');
  const can = (action: string) => detail.actions.some((a) => a.action === action);
  useEffect(() => setCategories(detail.suggestedCategories), [detail.suggestedCategories]);
  if (!can('accept') && !can('refuse')) return null;
  const version = detail.registration.version;
  const onAccept = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    refuse.reset();
    accept.mutate({ version, categories });
  };
  const onRefuse = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.reset();
    refuse.mutate({ version, reason });
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {can('accept') && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="accept-title" data-step-id="A01-2">
          <form onSubmit={onAccept} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h3" id="accept-title">
                {t('decide.accept')}
              </Title>
              <Checkbox.Group
                label={t('decide.categories')}
                description={t('decide.suggested')}
                value={categories}
                onChange={setCategories}
                error={fieldError(accept.error, 'categories')}
              >
                <Stack gap="xs" mt="xs">
                  {seekerCategories.map((c) => (
                    <Checkbox key={c} value={c} label={categoryLabel(c, language)} data-category={c} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <ProblemAlert error={accept.error} fields={['categories']} title={t('decide.failed')} />
              <Button type="submit" loading={accept.isPending} color="teal" w="fit-content" data-action="accept">
                {t('decide.acceptButton', { kind: t(`kind.${detail.registration.kind}`) })}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
      {can('refuse') && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="refuse-title" data-step-id="A01-3">
          <form onSubmit={onRefuse} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h3" id="refuse-title">
                {t('decide.refuse')}
              </Title>
              <Textarea
                label={t('decide.reason')}
                description={t('decide.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                withAsterisk
                autosize
                minRows={3}
                maxLength={1000}
                error={fieldError(refuse.error, 'reason')}
              />
              <ProblemAlert error={refuse.error} fields={['reason']} title={t('decide.failed')} />
              <Button
                type="submit"
                loading={refuse.isPending}
                color="red"
                variant="outline"
                w="fit-content"
                data-action="refuse"
              >
                {t('decide.refuseButton')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </SimpleGrid>
  );
}

export function RegistrationDecisionPage() {
  const { t } = useTranslation('seekers');
  const { id = '' } = useParams();
  const language = useUiLanguage();
  const districtLabel = useDistrictLabel();
  const formatDateTime = useDateTimeFormat();
  const query = useRegistration(id);
  usePageTitle(query.data?.person.fullName ?? t('registry.title'));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} />;
  const { registration, person, profile } = query.data;
  return (
    <Stack gap="lg" data-registration-id={registration.id} data-status={registration.status}>
      <Anchor component={Link} to="/staff/seekers" size="sm">
        {t('registry.back')}
      </Anchor>
      <Title order={1}>{person.fullName}</Title>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="person-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="person-title">
            {t('decide.person')}
          </Title>
          <Text fw={700} data-status-text>
            {t('decide.statusLine', {
              status: t(`statusShort.${registration.status}`),
              kind: t(`kind.${registration.kind}`),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Fact label={t('decide.iin')} value={person.iin ?? '—'} />
            <Fact label={t('decide.email')} value={person.email ?? '—'} />
            <Fact label={t('registry.requestedAt')} value={formatDateTime(registration.requestedAt)} />
            {profile && (
              <>
                <Fact label={t('decide.birthDate')} value={profile.birthDate} />
                <Fact label={t('decide.sex')} value={t(`sex.${profile.sex}`)} />
                <Fact
                  label={t('profile.region')}
                  value={`${regionLabel(profile.region, language)}, ${districtLabel(profile.district || profile.districtAsWritten)}`}
                />
                <Fact
                  label={t('profile.occupation')}
                  value={profile.occupationCode ? occupationLabel(profile.occupationCode, language) : '—'}
                />
                <Fact
                  label={t('profile.education')}
                  value={`${t(`education.${profile.educationLevel}`)}${profile.graduationYear ? `, ${profile.graduationYear}` : ''}`}
                />
                <Fact label={t('profile.phone')} value={profile.phone ?? '—'} />
                <Fact label={t('decide.rural')} value={t(profile.rural ? 'form.yes' : 'form.no')} />
                <Fact label={t('profile.disability')} value={t(profile.hasDisability ? 'form.yes' : 'form.no')} />
                <Fact
                  label={t('profile.workExperience')}
                  value={t(profile.hasWorkExperience ? 'form.yes' : 'form.no')}
                />
              </>
            )}
          </SimpleGrid>
          {registration.status === 'registered' && (
            <Group gap="xs">
              <Text fw={600}>{t('me.categories')}</Text>
              <Text data-categories>
                {registration.categories.map((c) => categoryLabel(c, language)).join(', ') || '—'}
              </Text>
            </Group>
          )}
          {registration.refusalReason && (
            <Alert color="orange" title={t('me.refusalReason')}>
              {registration.refusalReason}
            </Alert>
          )}
          <DeregistrationFacts registration={registration} />
        </Stack>
      </Paper>
      <Decision detail={query.data} />
      <DeregistrationForm detail={query.data} />
    </Stack>
  );
}
