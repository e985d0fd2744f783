// B03-3.1 the minutes signed: whoever presided and the secretary each sign both languages with a personal ЭЦП;
// until then no decision can be entered.
import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesLanguage, SessionView } from '../../../shared/api/commission';
import { api } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader } from '../../ui/page';
import { loadDocumentContent } from '../signatures/signature-queries';
import { wrappingButton } from './commission-labels';
import { commissionKeys, sessionPath } from './commission-queries';

// The signing code (PKIjs) is loaded only when a signer opens the signing window.
const SignDialog = lazy(() => import('../signatures/sign-dialog').then((m) => ({ default: m.SignDialog })));

export function MinutesSigning({ view }: { view: SessionView }) {
  const { t } = useTranslation('commission');
  const formatDateTime = useDateTimeFormat();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<MinutesLanguage | null>(null);
  const minutes = view.minutes;
  if (view.status !== 'closed' || !minutes) return null;
  const mine = view.minutesSignatures.find((s) => s.mine);
  const unsigned = (['kk', 'ru'] as const).filter((l) => mine && !mine.signed.some((s) => s.language === l));

  return (
    <Stack gap="xs" data-minutes-signatures data-signed={view.minutesSignedAt ? 'true' : 'false'}>
      <Title order={3} size="h5">
        {t('signing.title')}
      </Title>
      <List size="sm" spacing={4}>
        {view.minutesSignatures.map((signer) => (
          <List.Item key={signer.memberId} data-signer-role={signer.role} data-mine={signer.mine}>
            {t('signing.signer', { name: signer.fullName, role: t(`roles.${signer.role}`) })}{' '}
            {(['kk', 'ru'] as const).map((l) => {
              const signed = signer.signed.find((s) => s.language === l);
              return (
                <Badge
                  key={l}
                  mr={4}
                  color={signed ? 'teal' : 'gray'}
                  variant="light"
                  data-signed-language={signed ? l : undefined}
                >
                  {signed
                    ? t(`signing.signedIn.${l}`, { time: formatDateTime(signed.signedAt) })
                    : t(`signing.notSignedIn.${l}`)}
                </Badge>
              );
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" role="status">
        {view.minutesSignedAt ? t('signing.complete') : t('signing.waiting')}
      </Text>
      {unsigned.length > 0 && (
        <Group gap="sm">
          {unsigned.map((l) => (
            <Button key={l} styles={wrappingButton} onClick={() => setLanguage(l)} data-sign-minutes={l}>
              {t(`signing.sign.${l}`)}
            </Button>
          ))}
        </Group>
      )}
      {language && (
        <Suspense fallback={<PageLoader />}>
          <SignDialog
            opened={language !== null}
            onClose={() => setLanguage(null)}
            title={t(`signing.dialogTitle.${language}`)}
            load={() => loadDocumentContent(minutes[language])}
            submit={async (cms) => {
              const session = await api.post<SessionView>(sessionPath(view.id, '/minutes/signatures'), {
                language,
                cms,
              });
              queryClient.setQueryData(commissionKeys.session(view.id), session);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
