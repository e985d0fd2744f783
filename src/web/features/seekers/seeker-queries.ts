// Reading and changing the seeker registry through the API, with the query keys the seeker and staff pages share.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptRequest,
  AssistedRequest,
  DeregisterRequest,
  MySeekerView,
  RefuseRequest,
  RegistrationDetail,
  RegistrationRequest,
  RegistrationView,
  RegistryResponse,
  SeekerProfileRequest,
  SeekerProfileView,
  WithdrawRequest,
} from '../../../shared/api/seekers';
import { api } from '../../api';

export const seekerKeys = {
  me: ['seekers', 'me'] as const,
  registry: (query: string) => ['seekers', 'registry', query] as const,
  registration: (id: string) => ['seekers', 'registration', id] as const,
};

export function useMySeeker() {
  return useQuery({ queryKey: seekerKeys.me, queryFn: () => api.get<MySeekerView>('/api/seekers/me') });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SeekerProfileRequest) => api.put<SeekerProfileView>('/api/seekers/me/profile', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: seekerKeys.me }),
  });
}

export function useRequestRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RegistrationRequest) => api.post<RegistrationView>('/api/seekers/me/registrations', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: seekerKeys.me }),
  });
}

export function useRegistry(query: string) {
  return useQuery({
    queryKey: seekerKeys.registry(query),
    queryFn: () => api.get<RegistryResponse>(`/api/seekers/registrations?${query}`),
    staleTime: 0,
  });
}

export function useRegistration(id: string) {
  return useQuery({
    queryKey: seekerKeys.registration(id),
    queryFn: () => api.get<RegistrationDetail>(`/api/seekers/registrations/${id}`),
    retry: false,
  });
}

export function useDecide(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (detail: RegistrationDetail) => {
    queryClient.setQueryData(seekerKeys.registration(id), detail);
    void queryClient.invalidateQueries({ queryKey: ['seekers', 'registry'] });
  };
  return {
    accept: useMutation({
      mutationFn: (request: AcceptRequest) =>
        api.post<RegistrationDetail>(`/api/seekers/registrations/${id}/accept`, request),
      onSuccess,
    }),
    refuse: useMutation({
      mutationFn: (request: RefuseRequest) =>
        api.post<RegistrationDetail>(`/api/seekers/registrations/${id}/refuse`, request),
      onSuccess,
    }),
    deregister: useMutation({
      mutationFn: (request: DeregisterRequest) =>
        api.post<RegistrationDetail>(`/api/seekers/registrations/${id}/deregister`, request),
      onSuccess,
    }),
  };
}

/** The seeker leaves the registry on their own request. */
export function useWithdraw(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: WithdrawRequest) =>
      api.post<MySeekerView>(`/api/seekers/me/registrations/${id}/withdraw`, request),
    onSuccess: (me) => queryClient.setQueryData(seekerKeys.me, me),
  });
}

export function useRegisterAssisted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AssistedRequest) =>
      api.post<RegistrationDetail>('/api/seekers/registrations/assisted', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['seekers', 'registry'] }),
  });
}
