// Reading and changing subsidized-job applications through the API contract (shared/api/subsidized-jobs.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LocalizedText } from '../../../shared/api/common';
import type {
  ApplicationFormInput,
  ApplicationRequisites,
  ApplicationStatus,
  ApplicationView,
  applicationListResponse,
  organisationRequisitesResponse,
  revisionDiffResponse,
} from '../../../shared/api/subsidized-jobs';
import type { IndicatorsResponse, ProgrammesResponse } from '../../../shared/api/subsidy-programmes';
import { api } from '../../api';

export type ApplicationListResponse = z.infer<typeof applicationListResponse>;
export type OrganisationRequisitesResponse = z.infer<typeof organisationRequisitesResponse>;
export type RevisionDiffResponse = z.infer<typeof revisionDiffResponse>;
export type CentreOption = { id: string; name: LocalizedText; region: string };

const applicationsPath = '/api/subsidy/applications';

export const subsidyKeys = {
  applications: ['subsidy', 'applications'] as const,
  list: (status: ApplicationStatus | null) => ['subsidy', 'applications', 'list', status ?? 'all'] as const,
  application: (id: string) => ['subsidy', 'applications', 'one', id] as const,
  diff: (id: string, from: number, to: number) => ['subsidy', 'applications', 'diff', id, from, to] as const,
  organisationRequisites: ['employer', 'requisites'] as const,
  programmes: ['subsidy', 'programmes'] as const,
  indicators: ['subsidy', 'indicators'] as const,
  centres: ['centres'] as const,
};

export function applicationPath(id: string, action = ''): string {
  return `${applicationsPath}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

export function useApplicationList(status: ApplicationStatus | null) {
  return useQuery({
    queryKey: subsidyKeys.list(status),
    queryFn: () =>
      api.get<ApplicationListResponse>(`${applicationsPath}?limit=200${status ? `&status=${status}` : ''}`),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: subsidyKeys.application(id),
    queryFn: () => api.get<ApplicationView>(applicationPath(id)),
    // The form holds the person's edits; a refetch on returning to the tab must not pull the rug from under them.
    refetchOnWindowFocus: false,
  });
}

export function useOrganisationRequisites() {
  return useQuery({
    queryKey: subsidyKeys.organisationRequisites,
    queryFn: () => api.get<OrganisationRequisitesResponse>('/api/employer/requisites'),
  });
}

/** The programme versions in force today, and МРП/МЗП by year: data an administrator may change, so read, not bundled. */
export function useProgrammes() {
  return useQuery({
    queryKey: subsidyKeys.programmes,
    queryFn: () => api.get<ProgrammesResponse>('/api/subsidy/programmes'),
    staleTime: 5 * 60_000,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: subsidyKeys.indicators,
    queryFn: () => api.get<IndicatorsResponse>('/api/subsidy/indicators'),
    staleTime: 5 * 60_000,
  });
}

export function useCentres() {
  return useQuery({
    queryKey: subsidyKeys.centres,
    queryFn: () => api.get<{ items: CentreOption[] }>('/api/centres'),
    staleTime: 5 * 60_000,
  });
}

export function useRevisionDiff(id: string, from: number, to: number, enabled: boolean) {
  return useQuery({
    queryKey: subsidyKeys.diff(id, from, to),
    queryFn: () => api.get<RevisionDiffResponse>(`${applicationPath(id, 'diff')}?from=${from}&to=${to}`),
    enabled,
    // Signed revisions never change.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { programmeCode: string; centreId: string }) =>
      api.post<ApplicationView>(applicationsPath, request),
    onSuccess: (view) => {
      queryClient.setQueryData(subsidyKeys.application(view.id), view);
      void queryClient.invalidateQueries({ queryKey: subsidyKeys.applications, exact: false });
    },
  });
}

/**
 * Every change carries the version of the application as last received (an autosave may have moved it since the
 * page drew its buttons) and answers with the application as it now is; the page shows that answer.
 */
function useApplicationChange<Variables>(
  id: string,
  send: (variables: Variables, version: number) => Promise<ApplicationView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => {
      const current = queryClient.getQueryData<ApplicationView>(subsidyKeys.application(id));
      if (!current) throw new Error('the application is not loaded');
      return send(variables, current.version);
    },
    onSuccess: (view) => {
      queryClient.setQueryData(subsidyKeys.application(id), view);
      void queryClient.invalidateQueries({ queryKey: ['subsidy', 'applications', 'list'] });
    },
  });
}

/** The server also keeps them on the organisation, so they fill in the employer's next application. */
export function useSaveRequisites(id: string) {
  const queryClient = useQueryClient();
  return useApplicationChange(id, async (requisites: ApplicationRequisites, version) => {
    const view = await api.put<ApplicationView>(applicationPath(id, 'requisites'), { version, requisites });
    void queryClient.invalidateQueries({ queryKey: subsidyKeys.organisationRequisites });
    return view;
  });
}

export function saveForm(id: string, input: ApplicationFormInput): Promise<ApplicationView> {
  return api.put<ApplicationView>(applicationPath(id, 'form'), input);
}

export function useRunCheck(id: string) {
  return useApplicationChange(id, (_: undefined, version) =>
    api.post<ApplicationView>(applicationPath(id, 'check'), { version }),
  );
}

export function usePrepareSignature(id: string) {
  return useApplicationChange(id, (_: undefined, version) =>
    api.post<ApplicationView>(applicationPath(id, 'prepare-signature'), { version }),
  );
}

export function useEditAgain(id: string) {
  return useApplicationChange(id, (_: undefined, version) =>
    api.post<ApplicationView>(applicationPath(id, 'edit'), { version }),
  );
}

export function useSignAndSend(id: string) {
  return useApplicationChange(id, (cms: string, version) =>
    api.post<ApplicationView>(applicationPath(id, 'sign'), { version, cms }),
  );
}

/** The employer withdraws the application with a reason; irreversible, so the page confirms first. */
export function useWithdraw(id: string) {
  return useApplicationChange(id, (reason: string, version) =>
    api.post<ApplicationView>(applicationPath(id, 'withdraw'), { version, reason }),
  );
}
