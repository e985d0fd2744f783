// The app's providers and routes; every page is loaded on demand so a phone downloads only what it shows.
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Role } from '../shared/roles';
import { queryClient } from './query-client';
import { Layout } from './ui/layout';
import { RequireAuth, RequireRole } from './ui/require-auth';
import { cssVariablesResolver, theme } from './ui/theme';

const LoginPage = lazy(() => import('./features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import('./features/home/home-page').then((m) => ({ default: m.HomePage })));
const InboxPage = lazy(() => import('./features/inbox/inbox-page').then((m) => ({ default: m.InboxPage })));
const ProcessIndexPage = lazy(() =>
  import('./features/processes/process-pages').then((m) => ({ default: m.ProcessIndexPage })),
);
const ProcessMapPage = lazy(() =>
  import('./features/processes/process-pages').then((m) => ({ default: m.ProcessMapPage })),
);
const OutboundMailPage = lazy(() =>
  import('./features/admin/outbound-mail-page').then((m) => ({ default: m.OutboundMailPage })),
);
const NotFoundPage = lazy(() =>
  import('./features/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route path="login" element={<LoginPage />} />
              <Route path="processes" element={<ProcessIndexPage />} />
              <Route path="processes/:code" element={<ProcessMapPage />} />
              <Route element={<RequireAuth />}>
                <Route index element={<HomePage />} />
                <Route path="inbox" element={<InboxPage />} />
                <Route element={<RequireRole roles={[Role.administrator]} />}>
                  <Route path="admin/mail" element={<OutboundMailPage />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
