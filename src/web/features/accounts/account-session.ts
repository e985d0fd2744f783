// A session that joining or accepting an invitation started: the app continues as the new user, with nothing of another.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionResponse } from '../../../shared/api/auth';
import { rememberCsrfToken } from '../../api';
import { adoptAccountLanguage, sessionKey } from '../auth/session';

const keptQueries = new Set([sessionKey[0], 'processes', 'signatures']);

export function useAdoptSession(): (session: SessionResponse) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: SessionResponse) => {
      rememberCsrfToken(session.csrfToken);
      adoptAccountLanguage(session);
      // Whatever was cached belonged to whoever used this browser before; the process maps and trust store are public.
      // The session query itself stays, so the pages that watch it (the header among them) see the new user.
      queryClient.removeQueries({ predicate: (query) => !keptQueries.has(String(query.queryKey[0])) });
      queryClient.setQueryData(sessionKey, session);
    },
    [queryClient],
  );
}
