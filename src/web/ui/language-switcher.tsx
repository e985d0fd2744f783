// The interface language control: remembers the choice on this device and, when logged in, on the account for e-mails.
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../shared/api/auth';
import { type Locale, locales } from '../../shared/roles';
import { api } from '../api';
import { sessionKey, useCurrentUser } from '../features/auth/session';
import { i18n, isLocale, storeLanguage } from '../i18n';
import { useUiLanguage } from './labels';

function useChangeLanguage() {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const saveOnAccount = useMutation({
    mutationFn: (locale: Locale) => api.put('/api/me/locale', { locale }),
    onSuccess: (_nothing, locale) => {
      queryClient.setQueryData<SessionResponse>(sessionKey, (session) =>
        session?.user ? { ...session, user: { ...session.user, locale } } : session,
      );
    },
  });
  return async (locale: Locale) => {
    storeLanguage(locale);
    await i18n.changeLanguage(locale);
    // Texts the server writes (problem details, notifications) come back in the new language.
    await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    if (user) saveOnAccount.mutate(locale);
  };
}

export function LanguageSwitcher({
  fullWidth = false,
  showLabel = false,
}: {
  fullWidth?: boolean;
  showLabel?: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const changeLanguage = useChangeLanguage();
  const labelId = useId();
  return (
    <Stack gap={4}>
      {showLabel && (
        <Text id={labelId} size="sm" fw={600}>
          {t('language.label')}
        </Text>
      )}
      <SegmentedControl
        size="xs"
        fullWidth={fullWidth}
        value={language}
        onChange={(value) => {
          if (isLocale(value)) void changeLanguage(value);
        }}
        aria-label={showLabel ? undefined : t('language.label')}
        aria-labelledby={showLabel ? labelId : undefined}
        data={locales.map((locale) => ({
          value: locale,
          label: <span lang={locale}>{t(`language.${locale}`)}</span>,
        }))}
      />
    </Stack>
  );
}
