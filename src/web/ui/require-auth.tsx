// Route guards: pages for the logged-in only, and pages for certain roles only.
import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../shared/roles';
import { useSession } from '../features/auth/session';
import { PageLoader, QueryError, usePageTitle } from './page';

export type ReturnState = { from?: string };

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    const state: ReturnState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const session = useSession();
  const role = session.data?.user?.role;
  if (role && (roles as readonly string[]).includes(role)) return <Outlet />;
  return <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Alert color="red">{t('forbidden.text')}</Alert>
    </Stack>
  );
}
