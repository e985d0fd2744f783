// The signed-in session: who is logged in, the CSRF token, logging in (password or ЭЦП) and out.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionResponse } from '../../../shared/api/auth';
import type { EcpChallengeResponse, EcpLoginRequest } from '../../../shared/api/signatures';
import { api, rememberCsrfToken } from '../../api';
import { i18n, isLocale, readStoredLanguage } from '../../i18n';

export const sessionKey = ['session'] as const;
const signedOut: SessionResponse = { user: null, csrfToken: null };

async function fetchSession(): Promise<SessionResponse> {
  const session = await api.get<SessionResponse>('/api/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** Without a choice made on this device, the interface speaks the language saved on the account. */
export function adoptAccountLanguage(session: SessionResponse): void {
  const locale = session.user?.locale;
  if (readStoredLanguage() === null && isLocale(locale) && i18n.language !== locale) void i18n.changeLanguage(locale);
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function useCurrentUser() {
  return useSession().data?.user ?? null;
}

/** What every way of signing in does with the session the server sends. */
async function startSignedInSession(queryClient: QueryClient, session: SessionResponse): Promise<void> {
  rememberCsrfToken(session.csrfToken);
  adoptAccountLanguage(session);
  queryClient.setQueryData(sessionKey, session);
  await queryClient.invalidateQueries({ queryKey: sessionKey });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { login: string; password: string }) =>
      api.post<SessionResponse>('/api/auth/login', credentials),
    onSuccess: (session) => startSignedInSession(queryClient, session),
  });
}

/** Sign-in by ЭЦП, step one: a one-time nonce from the server; its decoded bytes are what the person signs. */
export function requestEcpChallenge(): Promise<EcpChallengeResponse> {
  return api.post<EcpChallengeResponse>('/api/auth/ecp/challenge');
}

/** Step two: the detached CMS over the nonce; the server answers as to a password sign-in, or refuses with the reason. */
export function useEcpLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EcpLoginRequest) => api.post<SessionResponse>('/api/auth/ecp/login', request),
    onSuccess: (session) => startSignedInSession(queryClient, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSuccess: async () => {
      rememberCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'processes' });
      queryClient.setQueryData(sessionKey, signedOut);
      await navigate('/login', { replace: true });
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
