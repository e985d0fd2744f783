// The trust store's status for the administrator (its page and the home card's problem count).
import { useQuery } from '@tanstack/react-query';
import type { TrustStoreStatusResponse } from '../../../shared/api/signatures';
import { api } from '../../api';

export function useTrustStoreStatus() {
  return useQuery({
    queryKey: ['admin', 'trust-store'],
    queryFn: () => api.get<TrustStoreStatusResponse>('/api/admin/trust-store'),
  });
}
