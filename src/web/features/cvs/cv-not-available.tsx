// What a person sees for a CV that does not exist or is not theirs to see: the same words either way.
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/page';

export function CvNotAvailable() {
  const { t } = useTranslation(['cvs', 'common']);
  usePageTitle(t('view.notFoundTitle'));
  return (
    <Stack gap="md" data-cv-not-available>
      <Title order={1}>{t('view.notFoundTitle')}</Title>
      <Alert color="gray">{t('view.notFoundText')}</Alert>
      <Anchor component={Link} to="/">
        {t('common:notFound.home')}
      </Anchor>
    </Stack>
  );
}
