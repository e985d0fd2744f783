// Building blocks every page uses: the document title, the loading state and the error state.
import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api';

/** Sets the browser tab's title, which is also the first thing a screen reader announces on a new page. */
export function usePageTitle(page: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden="true" />
      <VisuallyHidden>{t('state.loading')}</VisuallyHidden>
    </Center>
  );
}

/** The problem's message: the server's localized detail, or ours when the server could not say. */
export function problemMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiProblem) return error.problem.detail ?? error.problem.title;
  return fallback;
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{problemMessage(error, t('errors.unexpected'))}</Text>
        {onRetry && (
          <Button variant="outline" color="red" size="xs" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * The form-level part of a failed request: the problem's detail, plus messages for fields the form does not show.
 * Messages for the form's own fields are shown beside those fields (see fieldError in api.ts).
 */
export function ProblemAlert({ error, fields, title }: { error: unknown; fields: readonly string[]; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fieldErrors = error instanceof ApiProblem ? (error.problem.errors ?? []) : [];
  const shownBesideFields = fieldErrors.filter((e) => fields.includes(e.field));
  const elsewhere = fieldErrors.filter((e) => !fields.includes(e.field));
  if (shownBesideFields.length > 0 && elsewhere.length === 0) return null;
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert">
      <Text size="sm">{problemMessage(error, t('errors.unexpected'))}</Text>
      {elsewhere.length > 0 && (
        <ul>
          {elsewhere.map((e) => (
            <li key={`${e.field}-${e.code}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
