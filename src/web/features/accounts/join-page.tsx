// An employer joins by ЭЦП: what will happen, the e-mail and language, the signature over the server's nonce, and the
// organisation as the business registry gave it.
import { Alert, Anchor, Box, Button, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployerJoinResponse } from '../../../shared/api/accounts';
import { regions } from '../../../shared/regions';
import { type Locale, locales } from '../../../shared/roles';
import { fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import { pickText, useUiLanguage } from '../../ui/labels';
import { ProblemAlert, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { useEcpJoin } from './ecp-join';

function JoinedOrganisation({ joined }: { joined: EmployerJoinResponse }) {
  const { t } = useTranslation('accounts');
  const language = useUiLanguage();
  const { organisation } = joined;
  const regionName =
    organisation.region in regions
      ? pickText(regions[organisation.region as keyof typeof regions], language)
      : organisation.region;
  const facts: [string, string][] = [
    [t('join.done.name'), pickText(organisation.name, language)],
    [t('join.done.bin'), organisation.bin],
    [t('join.done.legalForm'), organisation.legalForm],
    [t('join.done.registrationDate'), organisation.registrationDate.split('-').reverse().join('.')],
    [t('join.done.address'), organisation.address],
    [t('join.done.region'), regionName],
  ];
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="joined-title"
      data-joined-bin={organisation.bin}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} id="joined-title">
            {t('join.done.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('join.done.intro')}
          </Text>
        </Stack>
        <Box component="dl" m={0}>
          {facts.map(([term, value]) => (
            <Box key={term} mb="xs">
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </Box>
          ))}
        </Box>
        <Alert color="teal" role="status">
          <Text size="sm">{t('join.done.mail', { email: joined.confirmationSentTo })}</Text>
        </Alert>
        <Stack gap="xs">
          <Button component={Link} to="/" fullWidth>
            {t('join.done.toCabinet')}
          </Button>
          <Button component={Link} to="/organisation/users" variant="outline" fullWidth>
            {t('join.done.toUsers')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

export function JoinPage() {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('join.title'));
  const user = useCurrentUser();
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Locale>(currentLanguage());
  const {
    problem,
    joined,
    emailInvalid,
    start: startSigning,
    dialog,
  } = useEcpJoin<EmployerJoinResponse>({
    url: '/api/accounts/employers/join',
    // Not an organisation's key, or not its head's: another key can be chosen in the window.
    keyRefusals: ['accounts.certificate_without_bin', 'accounts.not_organisation_head'],
  });

  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startSigning({ email, locale });
  };

  if (joined) {
    return (
      <Stack maw={560} mx="auto" mt="xl" gap="lg">
        <Title order={1}>{t('join.title')}</Title>
        <JoinedOrganisation joined={joined} />
      </Stack>
    );
  }

  const emailError = emailInvalid ? t('join.emailInvalid') : fieldError(problem, 'email');
  return (
    <Stack maw={560} mx="auto" mt="xl" gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('join.title')}</Title>
        <Text c="dimmed">{t('join.intro')}</Text>
      </Stack>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="join-how">
        <Stack gap="sm">
          <Title order={2} size="h4" id="join-how">
            {t('join.howHeading')}
          </Title>
          <List type="ordered" spacing="xs" size="sm">
            <List.Item>{t('join.steps.sign')}</List.Item>
            <List.Item>{t('join.steps.registry')}</List.Item>
            <List.Item>{t('join.steps.rights')}</List.Item>
            <List.Item>{t('join.steps.mail')}</List.Item>
          </List>
          <Text size="sm" fw={500}>
            {t('join.needKey')}
          </Text>
        </Stack>
      </Paper>
      {user ? (
        <Alert color="blue" role="note">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('join.signedIn', { name: user.fullName })}</Text>
            <Anchor component={Link} to="/" size="sm">
              {t('join.done.toCabinet')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={start} noValidate aria-labelledby="join-form-title">
            <Stack gap="md">
              <Title order={2} size="h4" id="join-form-title">
                {t('join.formHeading')}
              </Title>
              <ProblemAlert error={problem} fields={['email']} title={t('join.failed')} />
              <TextInput
                name="email"
                type="email"
                autoComplete="email"
                inputMode="email"
                label={t('join.email')}
                description={t('join.emailHint')}
                withAsterisk
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={emailError}
                aria-invalid={emailError !== undefined}
              />
              <Select
                name="locale"
                label={t('join.language')}
                data={locales.map((value) => ({ value, label: tCommon(`language.${value}`) }))}
                value={locale}
                onChange={(value) => value && setLocale(value as Locale)}
                allowDeselect={false}
                checkIconPosition="right"
              />
              <Button type="submit" fullWidth>
                {t('join.submit')}
              </Button>
              <Text size="sm">
                {t('join.haveAccount')} {t('join.askInvitation')}{' '}
                <Anchor component={Link} to="/login">
                  {t('signIn')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Paper>
      )}
      {dialog(t('join.dialogTitle'))}
    </Stack>
  );
}
