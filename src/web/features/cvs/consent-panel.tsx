// The seeker's consent for all their CVs: three choices in plain words; the first choice also asks where they live.
import { Alert, Button, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CvVisibility, cvVisibilities } from '../../../shared/api/cvs';
import type { RegionCode } from '../../../shared/regions';
import { fieldError } from '../../api';
import { DistrictPicker } from '../../ui/district-picker';
import { useUiLanguage } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError } from '../../ui/page';
import { regionOptions } from './cv-labels';
import { useConsent, useSetConsent } from './cv-queries';

const consentFields = ['cvVisibility', 'region', 'district'] as const;

export function ConsentPanel() {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const consent = useConsent();
  const save = useSetConsent();
  const [choice, setChoice] = useState<CvVisibility | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [district, setDistrict] = useState('');

  useEffect(() => {
    if (consent.data) setChoice(consent.data.cvVisibility);
  }, [consent.data]);

  if (consent.isPending) return <PageLoader />;
  if (consent.isError) return <QueryError error={consent.error} onRetry={() => void consent.refetch()} />;

  const saved = consent.data.cvVisibility;
  const needsLocation = !consent.data.profileExists;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return;
    save.mutate({
      cvVisibility: choice,
      ...(needsLocation
        ? { ...(region ? { region: region as RegionCode } : {}), ...(district ? { district } : {}) }
        : {}),
    });
  };

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="cv-consent-title"
      data-consent={saved}
      data-profile-exists={String(consent.data.profileExists)}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="cv-consent-title">
              {t('consent.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('consent.intro')}
            </Text>
          </Stack>
          <Radio.Group
            value={choice}
            onChange={(value) => {
              setChoice(value as CvVisibility);
              save.reset();
            }}
            label={t('consent.title')}
            labelProps={{ className: 'visually-hidden' }}
            error={fieldError(save.error, 'cvVisibility')}
          >
            <Stack gap="sm">
              {cvVisibilities.map((option) => (
                <Paper key={option} withBorder p="sm" radius="md" data-consent-option={option}>
                  <Radio
                    value={option}
                    label={t(`consent.${option}.label`)}
                    description={t(`consent.${option}.text`)}
                    styles={{ label: { fontWeight: 600 } }}
                  />
                </Paper>
              ))}
            </Stack>
          </Radio.Group>
          {needsLocation && (
            <Stack gap="sm" data-consent-location>
              <Text size="sm">{t('consent.noProfile')}</Text>
              <Select
                label={t('fields.region')}
                placeholder={t('fields.choose')}
                data={regionOptions(language)}
                value={region}
                onChange={(value) => {
                  setRegion(value);
                  setDistrict('');
                }}
                searchable
                withAsterisk
                nothingFoundMessage={t('fields.nothingFound')}
                error={fieldError(save.error, 'region')}
              />
              <DistrictPicker
                label={t('consent.district')}
                region={region}
                value={district}
                onChange={setDistrict}
                error={fieldError(save.error, 'district')}
              />
            </Stack>
          )}
          <ProblemAlert error={save.error} fields={consentFields} title={t('consent.failed')} />
          {save.isSuccess && (
            <Alert color="teal" role="status" data-consent-saved={saved}>
              {t('consent.saved')}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} disabled={choice === saved && !needsLocation} w="fit-content">
            {t('consent.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
