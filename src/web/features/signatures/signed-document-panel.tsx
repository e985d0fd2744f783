// A signed document's signatures (who, which certificate, when, test or НУЦ РК), its evidence package and how to check it without Jumys.
import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedDocumentResponse } from '../../../shared/api/signatures';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, QueryError } from '../../ui/page';
import { documentPath, useSignedDocument } from './signature-queries';

type Signature = SignedDocumentResponse['signatures'][number];

// -out /dev/null: without it OpenSSL prints the whole document to the terminal after its verdict.
const verifyCommand =
  'openssl cms -verify -binary -inform DER -content DOC -in SIG.p7s -CAfile ROOT.pem -out /dev/null';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span c="dimmed" inherit>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

function SignatureRow({ signature }: { signature: Signature }) {
  const { t } = useTranslation('signatures');
  const formatDateTime = useDateTimeFormat();
  const isTest = signature.trustStoreKind === 'test';
  return (
    <Paper component="li" withBorder p="sm" radius="sm" data-signature-id={signature.id}>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text fw={600}>{signature.signerName}</Text>
          <Badge color={isTest ? 'yellow' : 'teal'} variant="light">
            {isTest ? t('document.test') : t('document.production')}
          </Badge>
        </Group>
        {signature.signerBin && <Fact label={t('document.bin')}>{signature.signerBin}</Fact>}
        <Fact label={t('document.signingTime')}>
          <time dateTime={signature.signingTime}>{formatDateTime(signature.signingTime)}</time>
        </Fact>
        <Fact label={t('document.serial')}>
          <Code>{signature.certificateSerial}</Code>
        </Fact>
        <Fact label={t('document.issuer')}>{signature.certificateIssuer}</Fact>
      </Stack>
    </Paper>
  );
}

export function SignedDocumentPanel({
  documentId,
  headingOrder = 2,
}: {
  documentId: string;
  headingOrder?: TitleOrder;
}) {
  const { t } = useTranslation('signatures');
  const document = useSignedDocument(documentId);
  const headingId = `signed-document-${documentId}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-document-id={documentId}>
      <Title order={headingOrder} size="h3" id={headingId}>
        {t('document.title')}
      </Title>
      {document.isPending ? (
        <PageLoader />
      ) : document.isError ? (
        <QueryError error={document.error} onRetry={() => void document.refetch()} />
      ) : (
        <>
          {document.data.signatures.length === 0 ? (
            <Text c="dimmed">{t('document.none')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {document.data.signatures.map((signature) => (
                <SignatureRow key={signature.id} signature={signature} />
              ))}
            </Stack>
          )}
          <Fact label={t('document.sha256')}>
            <Code>{document.data.contentSha256}</Code>
          </Fact>
          {document.data.signatures.length > 0 && (
            <>
              <Anchor href={`${documentPath(documentId)}/evidence`} download>
                {t('document.evidence')}
              </Anchor>
              <Stack gap={4}>
                <Title order={headingOrder === 6 ? 6 : ((headingOrder + 1) as TitleOrder)} size="h5">
                  {t('document.verifyTitle')}
                </Title>
                <Text size="sm">{t('document.verifyText')}</Text>
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {verifyCommand}
                </Code>
                <Text size="sm" c="dimmed">
                  {t('document.verifyLegend')}
                </Text>
              </Stack>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
