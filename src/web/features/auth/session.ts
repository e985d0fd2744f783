// The signed-in session: who is logged in, the CSRF token, logging in and out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionResponse } from '../../../shared/api/auth';
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

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { login: string; password: string }) =>
      api.post<SessionResponse>('/api/auth/login', credentials),
    onSuccess: async (session) => {
      rememberCsrfToken(session.csrfToken);
      adoptAccountLanguage(session);
      queryClient.setQueryData(sessionKey, session);
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
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
