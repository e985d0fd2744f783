// Assisted registration: the specialist registers a person who came to the centre, with their IIN (birth date and
// sex are read from it), profile, kind and categories.
import { Anchor, Button, Checkbox, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RegistrationKind } from '../../../shared/api/seekers';
import { birthDateFromIin } from '../../../shared/iin-bin';
import { seekerCategories } from '../../../shared/seekers/categories';
import { fieldError } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { ProblemAlert, usePageTitle } from '../../ui/page';
import { emptyProfileDraft, fieldsOf, type ProfileDraft, ProfileFields, profileFieldNames } from './profile-fields';
import { categoryLabel } from './seeker-labels';
import { useRegisterAssisted } from './seeker-queries';

const formFields = [...profileFieldNames, 'iin', 'fullName', 'email', 'kind', 'categories'];

export function AssistedRegistrationPage() {
  const { t } = useTranslation('seekers');
  usePageTitle(t('assisted.title'));
  const language = useUiLanguage();
  const navigate = useNavigate();
  const register = useRegisterAssisted();
  const [iin, setIin] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [kind, setKind] = useState<RegistrationKind>('unemployed');
  const [categories, setCategories] = useState<string[]>([]);
  const [draft, setDraft] = useState<ProfileDraft>(emptyProfileDraft);
  const birthDate = /^\d{12}$/.test(iin) ? birthDateFromIin(iin) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.mutate(
      {
        ...fieldsOf(draft),
        iin,
        fullName,
        email: email.trim() === '' ? null : email.trim(),
        kind,
        categories: categories as never,
      },
      { onSuccess: (detail) => void navigate(`/staff/seekers/${detail.registration.id}`) },
    );
  };

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/staff/seekers" size="sm">
        {t('registry.back')}
      </Anchor>
      <Title order={1}>{t('assisted.title')}</Title>
      <Text>{t('assisted.intro')}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-assisted-form>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('decide.iin')}
                value={iin}
                onChange={(e) => setIin(e.currentTarget.value.replace(/\D/g, '').slice(0, 12))}
                inputMode="numeric"
                withAsterisk
                description={birthDate ? t('assisted.birthDate', { date: birthDate }) : t('assisted.iinHint')}
                error={fieldError(register.error, 'iin')}
              />
              <TextInput
                label={t('assisted.fullName')}
                value={fullName}
                onChange={(e) => setFullName(e.currentTarget.value)}
                withAsterisk
                error={fieldError(register.error, 'fullName')}
              />
              <TextInput
                label={t('decide.email')}
                type="email"
                description={t('assisted.emailHint')}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fieldError(register.error, 'email')}
              />
            </SimpleGrid>
            <ProfileFields draft={draft} onChange={setDraft} error={register.error} />
            <Radio.Group
              value={kind}
              onChange={(v) => setKind(v as RegistrationKind)}
              label={t('me.kind')}
              withAsterisk
            >
              <Stack gap="xs" mt="xs">
                <Radio value="unemployed" label={t('kind.unemployed')} />
                <Radio value="job_seeker" label={t('kind.job_seeker')} />
              </Stack>
            </Radio.Group>
            <Checkbox.Group label={t('decide.categories')} value={categories} onChange={setCategories}>
              <Stack gap="xs" mt="xs">
                {seekerCategories.map((c) => (
                  <Checkbox key={c} value={c} label={categoryLabel(c, language)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <ProblemAlert error={register.error} fields={formFields} title={t('assisted.failed')} />
            <Button type="submit" loading={register.isPending} w="fit-content">
              {t('assisted.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
