// Reading the programmes and МРП/МЗП, and an administrator's changes to them. The query keys are the ones the
// application form uses too, so a change here refreshes what employers see there.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IndicatorsInput,
  IndicatorsResponse,
  IndicatorsView,
  ProgrammesResponse,
  ProgrammeVersionView,
} from '../../../shared/api/subsidy-programmes';
import { api } from '../../api';
import type { VersionRequest } from './programme-form-model';

export const programmeKeys = {
  inForce: ['subsidy', 'programmes'] as const,
  all: ['subsidy', 'programmes', 'all'] as const,
  indicators: ['subsidy', 'indicators'] as const,
};

const fiveMinutes = 5 * 60_000;

export function useProgrammesInForce() {
  return useQuery({
    queryKey: programmeKeys.inForce,
    queryFn: () => api.get<ProgrammesResponse>('/api/subsidy/programmes'),
    staleTime: fiveMinutes,
  });
}

export function useAllProgrammeVersions() {
  return useQuery({
    queryKey: programmeKeys.all,
    queryFn: () => api.get<ProgrammesResponse>('/api/subsidy/programmes?all=true'),
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: programmeKeys.indicators,
    queryFn: () => api.get<IndicatorsResponse>('/api/subsidy/indicators'),
    staleTime: fiveMinutes,
  });
}

export function useAddProgrammeVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VersionRequest) => api.post<ProgrammeVersionView>('/api/admin/subsidy/programmes', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.inForce }),
  });
}

export function useSetIndicators() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: IndicatorsInput }) =>
      api.put<IndicatorsView>(`/api/admin/subsidy/indicators/${year}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.indicators }),
  });
}
