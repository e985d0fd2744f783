// Queries for the public process maps; the maps change only with a release, so they stay fresh for a while.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProcessMap, processListResponse } from '../../../shared/api/processes';
import { api } from '../../api';

export type ProcessList = z.infer<typeof processListResponse>;

const fiveMinutes = 5 * 60_000;

export function useProcessList() {
  return useQuery({
    queryKey: ['processes', 'list'],
    queryFn: () => api.get<ProcessList>('/api/processes'),
    staleTime: fiveMinutes,
  });
}

export function useProcessMap(code: string) {
  return useQuery({
    queryKey: ['processes', 'map', code],
    queryFn: () => api.get<ProcessMap>(`/api/processes/${encodeURIComponent(code)}`),
    staleTime: fiveMinutes,
  });
}
