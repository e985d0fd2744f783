// The CV page as an entitled viewer sees it: the seeker, their centre (with contacts) or an employer (without).
import { Alert, Anchor, Badge, Box, Button, Group, Image, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CvPageView } from '../../../shared/api/cvs';
import { ApiProblem } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { formatDate, formatMonth, formatTenge, occupationLabel, regionLabel, useLanguageWords } from './cv-labels';
import { CvNotAvailable } from './cv-not-available';
import { cvPdfUrl, cvPhotoUrl, useCvPage } from './cv-queries';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const factGrid = {
  display: 'grid',
  gap: 'var(--mantine-spacing-sm)',
  gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
} as const;

function CvPage({ cv }: { cv: CvPageView }) {
  const { t } = useTranslation('cvs');
  const language = useUiLanguage();
  const words = useLanguageWords();
  usePageTitle(`${cv.fullName} — ${cv.desiredPosition}`);
  const period = (from: string, to: string | null) =>
    `${formatMonth(from)} – ${to === null ? t('view.present') : formatMonth(to)}`;

  return (
    <Stack gap="lg" data-cv-id={cv.id} data-viewer={cv.viewer}>
      {cv.viewer === 'owner' && (
        <Stack gap="xs">
          <Anchor component={Link} to={`/cvs/${cv.id}`} size="sm" w="fit-content">
            {t('view.back')}
          </Anchor>
          <Alert color="blue" variant="light">
            {t('view.ownerNote')}
          </Alert>
        </Stack>
      )}
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md" component="article" aria-labelledby="cv-person">
        <Stack gap="lg">
          <Group align="flex-start" gap="lg" wrap="wrap">
            {cv.hasPhoto && (
              <Image
                src={cvPhotoUrl(cv.id, cv.updatedAt)}
                alt={t('photo.alt')}
                w={120}
                h={160}
                fit="cover"
                radius="sm"
              />
            )}
            <Stack gap={4} style={{ flex: 1, minWidth: '12rem' }}>
              <Title order={1} id="cv-person" style={{ overflowWrap: 'anywhere' }}>
                {cv.fullName}
              </Title>
              <Text size="lg" fw={600} data-desired-position>
                {cv.desiredPosition}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{t(`localeNames.${cv.locale}`)}</Badge>
                <Text size="xs" c="dimmed">
                  {t('view.updated', { date: formatDate(cv.updatedAt) })}
                </Text>
              </Group>
            </Stack>
          </Group>

          <Box component="dl" m={0} style={factGrid}>
            {cv.occupationCode && (
              <Fact label={t('fields.occupation')}>{occupationLabel(cv.occupationCode, language)}</Fact>
            )}
            <Fact label={t('view.salary')}>
              {cv.desiredSalary === null
                ? t('view.byAgreement')
                : t('view.salaryValue', { amount: formatTenge(cv.desiredSalary) })}
            </Fact>
            <Fact label={t('fields.region')}>{regionLabel(cv.region, language)}</Fact>
            <Fact label={t('fields.willingToRelocate')}>{cv.willingToRelocate ? t('view.yes') : t('view.no')}</Fact>
          </Box>

          <Part id="cv-contacts" title={t('view.contacts')}>
            {cv.contacts ? (
              <Box component="dl" m={0} style={factGrid} data-contacts>
                {cv.contacts.iin && <Fact label={t('view.iin')}>{cv.contacts.iin}</Fact>}
                {cv.contacts.email && (
                  <Fact label={t('view.email')}>
                    <Anchor href={`mailto:${cv.contacts.email}`}>{cv.contacts.email}</Anchor>
                  </Fact>
                )}
                {cv.contacts.phone && (
                  <Fact label={t('view.phone')}>
                    <Anchor href={`tel:${cv.contacts.phone}`}>{cv.contacts.phone}</Anchor>
                  </Fact>
                )}
              </Box>
            ) : (
              <Text size="sm" c="dimmed" data-no-contacts>
                {t('view.noContacts')}
              </Text>
            )}
          </Part>

          {cv.experience.length > 0 && (
            <Part id="cv-experience" title={t('experience.title')}>
              <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
                {cv.experience.map((entry) => (
                  <li key={`${entry.from}|${entry.employer}|${entry.position}`}>
                    <Text size="sm" c="dimmed">
                      {period(entry.from, entry.to)}
                    </Text>
                    <Text fw={600}>{entry.position}</Text>
                    <Text>{entry.employer}</Text>
                    {entry.duties && (
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {entry.duties}
                      </Text>
                    )}
                  </li>
                ))}
              </Stack>
            </Part>
          )}

          {cv.education.length > 0 && (
            <Part id="cv-education" title={t('education.title')}>
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {cv.education.map((entry) => (
                  <li key={`${entry.institution}|${entry.speciality}|${entry.graduationYear}`}>
                    <Text fw={600}>{entry.institution}</Text>
                    <Text size="sm">
                      {[entry.speciality, t(`levels.${entry.level}`), String(entry.graduationYear)]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Part>
          )}

          {cv.languages.length > 0 && (
            <Part id="cv-languages" title={t('languages.title')}>
              <List size="sm" spacing={4}>
                {cv.languages.map((entry) => (
                  <List.Item key={entry.language}>
                    {words.language(entry.language)} — {words.level(entry.level)}
                  </List.Item>
                ))}
              </List>
            </Part>
          )}

          {cv.skills.length > 0 && (
            <Part id="cv-skills" title={t('skills.title')}>
              <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {cv.skills.map((skill) => (
                  <li key={skill}>
                    <Badge variant="outline" color="gray" tt="none" size="lg" fw={500}>
                      {skill}
                    </Badge>
                  </li>
                ))}
              </Group>
            </Part>
          )}

          {cv.about && (
            <Part id="cv-about" title={t('fields.about')}>
              <Text style={{ whiteSpace: 'pre-line' }}>{cv.about}</Text>
            </Part>
          )}
        </Stack>
      </Paper>
      <Button component="a" href={cvPdfUrl(cv.id)} download w="fit-content" data-cv-pdf>
        {t('builder.download')}
      </Button>
    </Stack>
  );
}

export function CvViewPage() {
  const { id = '' } = useParams();
  const cv = useCvPage(id);
  if (cv.isPending) return <PageLoader />;
  if (cv.isError) {
    if (cv.error instanceof ApiProblem && (cv.error.status === 404 || cv.error.status === 400))
      return <CvNotAvailable />;
    return <QueryError error={cv.error} onRetry={() => void cv.refetch()} />;
  }
  return <CvPage cv={cv.data} />;
}
