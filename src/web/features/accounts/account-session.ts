// A session that joining or accepting an invitation started: the app continues as the new user, with nothing of another.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionResponse } from '../../../shared/api/auth';
import { rememberCsrfToken } from '../../api';
import { adoptAccountLanguage, sessionKey } from '../auth/session';

export function useAdoptSession(): (session: SessionResponse) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: SessionResponse) => {
      rememberCsrfToken(session.csrfToken);
      adoptAccountLanguage(session);
      // Whatever was cached belonged to whoever used this browser before (the process maps are public).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'processes' });
      queryClient.setQueryData(sessionKey, session);
    },
    [queryClient],
  );
}
