// The one TanStack Query client: no retries on 4xx answers, and an expired session sends the person back to log in.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api';
import { sessionKey } from './features/auth/session';

function isClientError(error: unknown): boolean {
  return error instanceof ApiProblem && error.status >= 400 && error.status < 500;
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiProblem && error.status === 401 && query.queryKey[0] !== sessionKey[0]) {
        void queryClient.invalidateQueries({ queryKey: sessionKey });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
