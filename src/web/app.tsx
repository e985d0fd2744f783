// The app's providers and routes; every page is loaded on demand so a phone downloads only what it shows.
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Role, staffRoles } from '../shared/roles';
import { queryClient } from './query-client';
import { Layout } from './ui/layout';
import { RequireAuth, RequireRole } from './ui/require-auth';
import { cssVariablesResolver, theme } from './ui/theme';

const LoginPage = lazy(() => import('./features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const accountPage = (
  name: 'SeekerRegistrationPage' | 'ConfirmEmailPage' | 'ForgotPasswordPage' | 'ResetPasswordPage',
) => lazy(() => import('./features/accounts/account-pages').then((m) => ({ default: m[name] })));
const SeekerRegistrationPage = accountPage('SeekerRegistrationPage');
const ConfirmEmailPage = accountPage('ConfirmEmailPage');
const ForgotPasswordPage = accountPage('ForgotPasswordPage');
const ResetPasswordPage = accountPage('ResetPasswordPage');
const JoinPage = lazy(() => import('./features/accounts/join-page').then((m) => ({ default: m.JoinPage })));
const InvitationPage = lazy(() =>
  import('./features/accounts/invitation-page').then((m) => ({ default: m.InvitationPage })),
);
const OrganisationUsersPage = lazy(() =>
  import('./features/accounts/organisation-users-page').then((m) => ({ default: m.OrganisationUsersPage })),
);
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
const TrustStorePage = lazy(() =>
  import('./features/admin/trust-store-page').then((m) => ({ default: m.TrustStorePage })),
);
const ProgrammesPage = lazy(() =>
  import('./features/programmes/programmes-page').then((m) => ({ default: m.ProgrammesPage })),
);
const AdminProgrammesPage = lazy(() =>
  import('./features/programmes/admin-programmes-page').then((m) => ({ default: m.AdminProgrammesPage })),
);
const EmployerConditionsPage = lazy(() =>
  import('./features/admin/employer-conditions-page').then((m) => ({ default: m.EmployerConditionsPage })),
);
const EmployerApplicationsPage = lazy(() =>
  import('./features/subsidized-jobs/application-list-page').then((m) => ({ default: m.EmployerApplicationsPage })),
);
const EmployerApplicationPage = lazy(() =>
  import('./features/subsidized-jobs/application-page').then((m) => ({ default: m.EmployerApplicationPage })),
);
const ReviewQueuePage = lazy(() =>
  import('./features/subsidy-review/queue-page').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewPage = lazy(() => import('./features/subsidy-review/review-page').then((m) => ({ default: m.ReviewPage })));
const DemandSupplyPage = lazy(() =>
  import('./features/subsidy-review/demand-supply-page').then((m) => ({ default: m.DemandSupplyPage })),
);
const CommissionSessionsPage = lazy(() =>
  import('./features/commission/sessions-page').then((m) => ({ default: m.CommissionSessionsPage })),
);
const CommissionSessionPage = lazy(() =>
  import('./features/commission/session-page').then((m) => ({ default: m.CommissionSessionPage })),
);
const CommissionMembersPage = lazy(() =>
  import('./features/commission/members-page').then((m) => ({ default: m.CommissionMembersPage })),
);
const cvPage = (name: 'CvListPage' | 'CvBuilderPage' | 'CvViewPage' | 'CvSearchPage') =>
  lazy(() => import('./features/cvs/cv-pages').then((m) => ({ default: m[name] })));
const CvListPage = cvPage('CvListPage');
const CvBuilderPage = cvPage('CvBuilderPage');
const CvViewPage = cvPage('CvViewPage');
const CvSearchPage = cvPage('CvSearchPage');
const SeekerPage = lazy(() => import('./features/seekers/seeker-page').then((m) => ({ default: m.SeekerPage })));
const RegistryPage = lazy(() => import('./features/seekers/registry-page').then((m) => ({ default: m.RegistryPage })));
const RegistrationDecisionPage = lazy(() =>
  import('./features/seekers/registration-page').then((m) => ({ default: m.RegistrationDecisionPage })),
);
const AssistedRegistrationPage = lazy(() =>
  import('./features/seekers/assisted-page').then((m) => ({ default: m.AssistedRegistrationPage })),
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
              <Route path="register" element={<SeekerRegistrationPage />} />
              <Route path="confirm-email" element={<ConfirmEmailPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="join" element={<JoinPage />} />
              <Route path="invitation" element={<InvitationPage />} />
              <Route path="processes" element={<ProcessIndexPage />} />
              <Route path="processes/:code" element={<ProcessMapPage />} />
              <Route path="programmes" element={<ProgrammesPage />} />
              <Route element={<RequireAuth />}>
                <Route index element={<HomePage />} />
                <Route path="inbox" element={<InboxPage />} />
                <Route element={<RequireRole roles={[Role.administrator]} />}>
                  <Route path="admin/mail" element={<OutboundMailPage />} />
                  <Route path="admin/trust-store" element={<TrustStorePage />} />
                  <Route path="admin/programmes" element={<AdminProgrammesPage />} />
                  <Route path="admin/conditions" element={<EmployerConditionsPage />} />
                </Route>
                <Route element={<RequireRole roles={staffRoles} />}>
                  <Route path="staff/applications" element={<ReviewQueuePage />} />
                  <Route path="staff/applications/:id" element={<ReviewPage />} />
                  <Route path="staff/demand-supply" element={<DemandSupplyPage />} />
                  <Route path="commission" element={<CommissionSessionsPage />} />
                  <Route path="commission/members" element={<CommissionMembersPage />} />
                  <Route path="commission/sessions/:id" element={<CommissionSessionPage />} />
                </Route>
                <Route element={<RequireRole roles={[Role.employerRepresentative]} />}>
                  <Route path="employer/applications" element={<EmployerApplicationsPage />} />
                  <Route path="employer/applications/:id" element={<EmployerApplicationPage />} />
                  <Route path="organisation/users" element={<OrganisationUsersPage />} />
                </Route>
                <Route element={<RequireRole roles={[Role.jobSeeker]} />}>
                  <Route path="cvs" element={<CvListPage />} />
                  <Route path="cvs/:id" element={<CvBuilderPage />} />
                  <Route path="seeker" element={<SeekerPage />} />
                </Route>
                <Route element={<RequireRole roles={[Role.employmentAssistanceSpecialist, Role.centreHead]} />}>
                  <Route path="staff/seekers" element={<RegistryPage />} />
                  <Route path="staff/seekers/:id" element={<RegistrationDecisionPage />} />
                </Route>
                <Route element={<RequireRole roles={[Role.employmentAssistanceSpecialist]} />}>
                  <Route path="staff/seekers/new" element={<AssistedRegistrationPage />} />
                </Route>
                <Route element={<RequireRole roles={[Role.employerRepresentative, ...staffRoles]} />}>
                  <Route path="cvs/search" element={<CvSearchPage />} />
                </Route>
                <Route path="cvs/:id/view" element={<CvViewPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
