// Reading and changing CVs and the seeker's consent through the API, with the query keys the CV pages share.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentRequest,
  ConsentView,
  CvInputDraft,
  CvPageView,
  CvSearchResponse,
  CvView,
  MyCvsResponse,
  PhotoMediaType,
} from '../../../shared/api/cvs';
import { api } from '../../api';

export const cvKeys = {
  mine: ['cvs', 'mine'] as const,
  one: (id: string) => ['cvs', 'one', id] as const,
  page: (id: string) => ['cvs', 'page', id] as const,
  search: (query: string) => ['cvs', 'search', query] as const,
  consent: ['cvs', 'consent'] as const,
};

export const cvPdfUrl = (id: string) => `/api/cvs/${id}/pdf`;
/** The version in the address makes the browser fetch a new photo after each change. */
export const cvPhotoUrl = (id: string, version: number | string) => `/api/cvs/${id}/photo?v=${version}`;

export function useMyCvs() {
  return useQuery({ queryKey: cvKeys.mine, queryFn: () => api.get<MyCvsResponse>('/api/cvs') });
}

export function useCv(id: string) {
  return useQuery({ queryKey: cvKeys.one(id), queryFn: () => api.get<CvView>(`/api/cvs/${id}`) });
}

export function useCvPage(id: string) {
  return useQuery({
    queryKey: cvKeys.page(id),
    queryFn: () => api.get<CvPageView>(`/api/cvs/${id}/view`),
    // A 404 is an answer (not there, or not for this viewer), not a hiccup to retry.
    retry: false,
    staleTime: 0,
  });
}

export function useCvSearch(query: string) {
  return useQuery({
    queryKey: cvKeys.search(query),
    queryFn: () => api.get<CvSearchResponse>(`/api/cvs/search?${query}`),
    // Consent changes at any time: a search shows what the server says now, not what it said a moment ago.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useCreateCv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CvInputDraft) => api.post<CvView>('/api/cvs', input),
    onSuccess: (cv) => {
      queryClient.setQueryData(cvKeys.one(cv.id), cv);
      return queryClient.invalidateQueries({ queryKey: cvKeys.mine });
    },
  });
}

/** After any change the builder, the list and the page see the CV as the server now keeps it. */
function useRememberCv() {
  const queryClient = useQueryClient();
  return (cv: CvView) => {
    queryClient.setQueryData(cvKeys.one(cv.id), cv);
    void queryClient.invalidateQueries({ queryKey: cvKeys.mine });
    void queryClient.invalidateQueries({ queryKey: cvKeys.page(cv.id) });
  };
}

export function useSaveCv(id: string) {
  const remember = useRememberCv();
  return useMutation({
    mutationFn: ({ version, cv }: { version: number; cv: CvInputDraft }) =>
      api.put<CvView>(`/api/cvs/${id}`, { version, cv }),
    onSuccess: remember,
  });
}

export function useUploadPhoto(id: string) {
  const remember = useRememberCv();
  return useMutation({
    mutationFn: (photo: { version: number; mediaType: PhotoMediaType; dataBase64: string }) =>
      api.put<CvView>(`/api/cvs/${id}/photo`, photo),
    onSuccess: remember,
  });
}

export function useRemovePhoto(id: string) {
  const remember = useRememberCv();
  return useMutation({
    mutationFn: (version: number) => api.delete<CvView>(`/api/cvs/${id}/photo?version=${version}`),
    onSuccess: remember,
  });
}

export function useDeleteCv(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/cvs/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: cvKeys.one(id) });
      return queryClient.invalidateQueries({ queryKey: cvKeys.mine });
    },
  });
}

export function useConsent() {
  return useQuery({ queryKey: cvKeys.consent, queryFn: () => api.get<ConsentView>('/api/seekers/me/consent') });
}

export function useSetConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ConsentRequest) => api.put<ConsentView>('/api/seekers/me/consent', request),
    onSuccess: (consent) => {
      queryClient.setQueryData(cvKeys.consent, consent);
      return queryClient.invalidateQueries({ queryKey: cvKeys.mine });
    },
  });
}

/** A file as base64 without the data-URL prefix, as the photo route takes it. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
