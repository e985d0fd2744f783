// Reading and changing the commission through the API contract (shared/api/commission.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CommissionQueueResponse,
  CreateMemberRequest,
  CreateSessionRequest,
  enterDecisionsResponse,
  MemberListResponse,
  SessionListItem,
  SessionView,
  UpdateMemberRequest,
} from '../../../shared/api/commission';
import type { applicationListResponse } from '../../../shared/api/subsidized-jobs';
import { api } from '../../api';

export type EnterDecisionsResponse = z.infer<typeof enterDecisionsResponse>;
export type CandidateList = z.infer<typeof applicationListResponse>;

export const commissionKeys = {
  all: ['commission'] as const,
  members: ['commission', 'members'] as const,
  sessions: ['commission', 'sessions'] as const,
  session: (id: string) => ['commission', 'sessions', id] as const,
  candidates: ['commission', 'candidates'] as const,
  queue: ['commission', 'queue'] as const,
};

const sessionsPath = '/api/commission/sessions';
export const sessionPath = (id: string, rest = '') => `${sessionsPath}/${encodeURIComponent(id)}${rest}`;
export const minutesUrl = (id: string, lang: 'kk' | 'ru') => sessionPath(id, `/minutes.pdf?lang=${lang}`);

export function useMembers() {
  return useQuery({
    queryKey: commissionKeys.members,
    queryFn: () => api.get<MemberListResponse>('/api/commission/members'),
  });
}

export function useSaveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; changes: UpdateMemberRequest } | { id: null; member: CreateMemberRequest }) =>
      input.id === null
        ? api.post<MemberListResponse>('/api/commission/members', input.member)
        : api.patch<MemberListResponse>(`/api/commission/members/${encodeURIComponent(input.id)}`, input.changes),
    onSuccess: (list) => queryClient.setQueryData(commissionKeys.members, list),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: commissionKeys.sessions,
    queryFn: () => api.get<{ items: SessionListItem[] }>(sessionsPath),
  });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSessionRequest) => api.post<SessionView>(sessionsPath, input),
    onSuccess: (session) => {
      queryClient.setQueryData(commissionKeys.session(session.id), session);
      return queryClient.invalidateQueries({ queryKey: commissionKeys.sessions });
    },
  });
}

export function useSession(id: string) {
  return useQuery({ queryKey: commissionKeys.session(id), queryFn: () => api.get<SessionView>(sessionPath(id)) });
}

type SessionChange = { method: 'POST' | 'PUT'; path: string; body?: unknown };

/** Every change of the meeting answers with the whole session, which replaces what the page shows. */
export function useSessionChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: SessionChange) =>
      method === 'PUT'
        ? api.put<SessionView>(sessionPath(id, path), body)
        : api.post<SessionView>(sessionPath(id, path), body),
    onSuccess: async (session) => {
      queryClient.setQueryData(commissionKeys.session(id), session);
      await queryClient.invalidateQueries({ queryKey: commissionKeys.sessions });
    },
  });
}

/** Applications under review at the centre: what B03-2.5 can put on the agenda. */
export function useAgendaCandidates(enabled: boolean) {
  return useQuery({
    queryKey: commissionKeys.candidates,
    queryFn: () => api.get<CandidateList>('/api/subsidy/applications?status=under_review&limit=200'),
    enabled,
  });
}

/** Applications at the commission whose session was cancelled: the next agenda takes them first. */
export function useCommissionQueue(enabled: boolean) {
  return useQuery({
    queryKey: commissionKeys.queue,
    queryFn: () => api.get<CommissionQueueResponse>('/api/commission/queue'),
    enabled,
  });
}

/** A way off the agenda (cancel, postpone, withdraw): the queue, the candidates and the other sessions change too. */
export function useWayOut(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => api.post<SessionView>(sessionPath(id, path), body),
    onSuccess: async (session) => {
      queryClient.setQueryData(commissionKeys.session(id), session);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: commissionKeys.sessions }),
        queryClient.invalidateQueries({ queryKey: commissionKeys.queue }),
        queryClient.invalidateQueries({ queryKey: commissionKeys.candidates }),
        queryClient.invalidateQueries({ queryKey: ['subsidy'] }),
      ]);
    },
  });
}

/** B03-2.5: the chosen applications go to the commission together, then the candidates and queues are stale. */
export function useComposeAgenda(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds: string[]) => api.post<SessionView>(sessionPath(id, '/agenda'), { applicationIds }),
    onSuccess: async (session) => {
      queryClient.setQueryData(commissionKeys.session(id), session);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: commissionKeys.candidates }),
        queryClient.invalidateQueries({ queryKey: commissionKeys.queue }),
        queryClient.invalidateQueries({ queryKey: commissionKeys.sessions }),
        queryClient.invalidateQueries({ queryKey: ['subsidy'] }),
      ]);
    },
  });
}

/** B03-3.1 + 3.2: one application's decision, or every decision of a closed session, entered and delivered. */
export function useEnterDecisions(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (one: { applicationId: string; version: number } | null): Promise<void> => {
      if (one) {
        await api.post(`/api/subsidy/applications/${encodeURIComponent(one.applicationId)}/decision`, {
          version: one.version,
        });
      } else {
        await api.post<EnterDecisionsResponse>(sessionPath(sessionId, '/decisions'));
      }
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commissionKeys.session(sessionId) }),
        queryClient.invalidateQueries({ queryKey: ['subsidy'] }),
      ]),
  });
}
