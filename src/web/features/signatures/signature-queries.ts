// Reading what signing needs from the API: the trust store in use, a signed document, and the exact bytes to sign.
import { useQuery } from '@tanstack/react-query';
import type { Problem } from '../../../shared/api/common';
import type { SignedDocumentResponse, TrustStoreResponse } from '../../../shared/api/signatures';
import { ApiProblem, api } from '../../api';
import { currentLanguage, i18n } from '../../i18n';

export const trustStoreKey = ['signatures', 'trust-store'] as const;

export function signedDocumentKey(documentId: string) {
  return ['signatures', 'documents', documentId] as const;
}

export function documentPath(documentId: string): string {
  return `/api/signatures/documents/${encodeURIComponent(documentId)}`;
}

export function useTrustStore() {
  // The trust store changes only when an operator replaces it; a page visit needs it once.
  return useQuery({
    queryKey: trustStoreKey,
    queryFn: () => api.get<TrustStoreResponse>('/api/signatures/trust-store'),
    staleTime: 5 * 60_000,
  });
}

export type SignatureMethod = 'ncalayer' | 'test-signer';

/** The ways to sign this server accepts: NCALayer always, the browser's .p12 test signer with the test trust store only. */
export function useSignatureMethods() {
  const trustStore = useTrustStore();
  const methods: SignatureMethod[] = trustStore.data?.testSignerAvailable ? ['ncalayer', 'test-signer'] : ['ncalayer'];
  return { trustStore, methods };
}

export function useSignedDocument(documentId: string) {
  return useQuery({
    queryKey: signedDocumentKey(documentId),
    queryFn: () => api.get<SignedDocumentResponse>(documentPath(documentId)),
  });
}

function asProblem(body: unknown, status: number): Problem {
  const candidate = (typeof body === 'object' && body !== null ? body : {}) as Partial<Problem>;
  if (typeof candidate.code === 'string' && typeof candidate.title === 'string') {
    return { ...candidate, status, type: candidate.type ?? 'about:blank' } as Problem;
  }
  const detail = i18n.t('errors.unexpected');
  return { type: 'about:blank', title: detail, detail, status, code: `http.${status}` };
}

/** The document's bytes exactly as stored: what is signed is what the server verifies, never a copy rebuilt here. */
export async function loadDocumentContent(documentId: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${documentPath(documentId)}/content`, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() },
      cache: 'no-store',
    });
  } catch {
    const detail = i18n.t('errors.network');
    throw new ApiProblem({ type: 'about:blank', title: detail, detail, status: 0, code: 'network.unavailable' });
  }
  if (!response.ok) throw new ApiProblem(asProblem(await response.json().catch(() => null), response.status));
  return new Uint8Array(await response.arrayBuffer());
}
