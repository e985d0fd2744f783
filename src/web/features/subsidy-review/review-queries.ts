// The centre's review through the API: the queue, demand and supply, the checklist, and the review's actions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationStatus, ApplicationView } from '../../../shared/api/subsidized-jobs';
import type {
  ApplicationDemandSupply,
  ComplianceResponse,
  ConclusionView,
  ConsultationRequest,
  DemandSupplyReport,
  ManualComplianceItem,
  ReturnRequest,
} from '../../../shared/api/subsidy-review';
import { api } from '../../api';
import { recordHistoryKey } from '../audit/record-history';
import { type ApplicationListResponse, applicationPath, subsidyKeys } from '../subsidized-jobs/subsidy-queries';

export type QueueFilters = { status: ApplicationStatus | null; programme: string | null; q: string };
export type ReportFilters = { from: string; to: string; programme: string | null };

export const reviewKeys = {
  queue: (f: QueueFilters) =>
    ['subsidy', 'applications', 'queue', f.status ?? 'all', f.programme ?? 'all', f.q] as const,
  demandSupply: (id: string) => ['subsidy', 'applications', 'demand-supply', id] as const,
  compliance: (id: string) => ['subsidy', 'applications', 'compliance', id] as const,
  conclusion: (id: string) => ['subsidy', 'applications', 'conclusion', id] as const,
  report: (f: ReportFilters) => ['subsidy', 'demand-supply', f.from, f.to, f.programme ?? 'all'] as const,
};

function reportQuery(f: ReportFilters): string {
  const params = new URLSearchParams({ from: f.from, to: f.to });
  if (f.programme) params.set('programme', f.programme);
  return params.toString();
}

/** Where the browser downloads the report as a spreadsheet (a plain link: the session cookie goes with it). */
export function reportDownloadUrl(f: ReportFilters): string {
  return `/api/subsidy/demand-supply.xlsx?${reportQuery(f)}`;
}

export function useQueue(f: QueueFilters) {
  return useQuery({
    queryKey: reviewKeys.queue(f),
    queryFn: () => {
      const params = new URLSearchParams({ limit: '200' });
      if (f.status) params.set('status', f.status);
      if (f.programme) params.set('programmeCode', f.programme);
      if (f.q.trim()) params.set('q', f.q.trim());
      return api.get<ApplicationListResponse>(`/api/subsidy/applications?${params.toString()}`);
    },
    placeholderData: (previous) => previous,
  });
}

export function useDemandSupplyReport(f: ReportFilters, enabled: boolean) {
  return useQuery({
    queryKey: reviewKeys.report(f),
    queryFn: () => api.get<DemandSupplyReport>(`/api/subsidy/demand-supply?${reportQuery(f)}`),
    enabled,
  });
}

export function useApplicationDemandSupply(id: string) {
  return useQuery({
    queryKey: reviewKeys.demandSupply(id),
    queryFn: () => api.get<{ assessment: ApplicationDemandSupply | null }>(applicationPath(id, 'demand-supply')),
  });
}

export function useCompliance(id: string) {
  return useQuery({
    queryKey: reviewKeys.compliance(id),
    queryFn: () => api.get<ComplianceResponse>(applicationPath(id, 'compliance')),
  });
}

/** After any step the application, its checklist and its history are read again: the actions list may have changed. */
function useRefreshApplication(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: subsidyKeys.application(id) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.compliance(id) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.conclusion(id) }),
      queryClient.invalidateQueries({ queryKey: recordHistoryKey('subsidy_application', id) }),
      queryClient.invalidateQueries({ queryKey: ['subsidy', 'applications', 'queue'] }),
    ]);
}

export function useStartReview(application: ApplicationView) {
  const refresh = useRefreshApplication(application.id);
  return useMutation({
    mutationFn: () => api.post(applicationPath(application.id, 'start-review'), { version: application.version }),
    onSuccess: refresh,
  });
}

export function useAssessDemandSupply(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshApplication(id);
  return useMutation({
    mutationFn: () => api.post<ApplicationDemandSupply>(applicationPath(id, 'demand-supply')),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(reviewKeys.demandSupply(id), { assessment });
      await refresh();
    },
  });
}

export function useRecordCompliance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      item,
      ...body
    }: {
      item: ManualComplianceItem;
      result: 'passed' | 'failed' | 'not_applicable';
      note: string;
    }) => api.put<ComplianceResponse>(applicationPath(id, `compliance/${item}`), body),
    onSuccess: (checklist) => {
      queryClient.setQueryData(reviewKeys.compliance(id), checklist);
      // A changed check clears the conclusion drawn before it, and with it the way to the commission.
      void queryClient.invalidateQueries({ queryKey: reviewKeys.conclusion(id) });
      void queryClient.invalidateQueries({ queryKey: subsidyKeys.application(id) });
      void queryClient.invalidateQueries({ queryKey: recordHistoryKey('subsidy_application', id) });
    },
  });
}

export function useConclusion(id: string) {
  return useQuery({
    queryKey: reviewKeys.conclusion(id),
    queryFn: () => api.get<{ conclusion: ConclusionView | null }>(applicationPath(id, 'conclusion')),
  });
}

export function useRecordConclusion(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshApplication(id);
  return useMutation({
    mutationFn: (rejectionReasons: string[]) =>
      api.put<ConclusionView>(applicationPath(id, 'conclusion'), { rejectionReasons }),
    onSuccess: async (conclusion) => {
      queryClient.setQueryData(reviewKeys.conclusion(id), { conclusion });
      await refresh();
    },
  });
}

export function useReturnWithRemarks(application: ApplicationView) {
  const refresh = useRefreshApplication(application.id);
  return useMutation({
    mutationFn: (remarks: ReturnRequest['remarks']) =>
      api.post(applicationPath(application.id, 'return'), { version: application.version, remarks }),
    onSuccess: refresh,
  });
}

export function useLogConsultation(id: string) {
  const refresh = useRefreshApplication(id);
  return useMutation({
    mutationFn: (request: ConsultationRequest) => api.post(applicationPath(id, 'consultations'), request),
    onSuccess: refresh,
  });
}
