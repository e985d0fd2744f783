// The page frame: header with product name, navigation by role, inbox, language and account; a burger menu on phones.
import { Alert, AppShell, Box, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import type { CurrentUser } from '../../shared/api/auth';
import { Role, staffRoles } from '../../shared/roles';
import { adoptAccountLanguage, useLogout, useSession } from '../features/auth/session';
import { InboxLink } from './inbox-link';
import { useRoleLabel } from './labels';
import { LanguageSwitcher } from './language-switcher';
import { PageLoader, problemMessage } from './page';

// Below this width the header keeps only the essentials and the rest moves into the burger menu.
const desktopBreakpoint = 'lg';
const headerRowHeight = 64;
const navRowHeight = 44;
const mobileNavigationId = 'mobile-navigation';

type NavItem = { to: string; label: string; end?: boolean };

function useNavItems(user: CurrentUser | null): NavItem[] {
  const { t } = useTranslation();
  const { t: tSubsidy } = useTranslation('subsidy');
  const { t: tReview } = useTranslation('review');
  const { t: tProgrammes } = useTranslation('programmes');
  const { t: tAdmin } = useTranslation('admin');
  const { t: tCommission } = useTranslation('commission');
  const { t: tAccounts } = useTranslation('accounts');
  const { t: tCvs } = useTranslation('cvs');
  const { t: tSeekers } = useTranslation('seekers');
  const items: NavItem[] = [];
  if (user) items.push({ to: '/', label: t('nav.home'), end: true });
  if (user?.role === Role.employerRepresentative) {
    items.push({ to: '/employer/applications', label: tSubsidy('nav.applications') });
  }
  if (user?.role === Role.employerRepresentative) {
    items.push({ to: '/organisation/users', label: tAccounts('organisationUsers.nav') });
  }
  if (user && (staffRoles as readonly string[]).includes(user.role)) {
    items.push({ to: '/staff/applications', label: tReview('nav.queue') });
    items.push({ to: '/commission', label: tCommission('nav.sessions') });
  }
  if (user?.role === Role.jobSeeker) items.push({ to: '/seeker', label: tSeekers('nav.mine') });
  if (user?.role === Role.employmentAssistanceSpecialist || user?.role === Role.centreHead) {
    items.push({ to: '/staff/seekers', label: tSeekers('nav.registry') });
  }
  if (user?.role === Role.jobSeeker) items.push({ to: '/cvs', label: tCvs('nav.mine') });
  if (user && (user.role === Role.employerRepresentative || (staffRoles as readonly string[]).includes(user.role))) {
    items.push({ to: '/cvs/search', label: tCvs('nav.search') });
  }
  if (!user) items.push({ to: '/join', label: tAccounts('join.nav') });
  items.push({ to: '/processes', label: t('nav.processes') });
  items.push({ to: '/programmes', label: tProgrammes('nav.programmes') });
  if (user?.role === Role.administrator) items.push({ to: '/admin/mail', label: t('nav.adminMail') });
  if (user?.role === Role.administrator) items.push({ to: '/admin/trust-store', label: tAdmin('trustStore.nav') });
  if (user?.role === Role.administrator) {
    items.push({ to: '/admin/programmes', label: tProgrammes('nav.adminProgrammes') });
    items.push({ to: '/admin/conditions', label: t('nav.adminConditions') });
  }
  return items;
}

function AccountSummary({ user }: { user: CurrentUser }) {
  const roleLabel = useRoleLabel();
  return (
    <Box miw={0} title={`${user.fullName} · ${roleLabel(user.role)}`}>
      <Text size="sm" fw={600} truncate="end">
        {user.fullName}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {roleLabel(user.role)}
      </Text>
    </Box>
  );
}

export function Layout() {
  const { t } = useTranslation(['common', 'auth']);
  const session = useSession();
  const user = session.data?.user ?? null;
  const logout = useLogout();
  const [menuOpened, menu] = useDisclosure(false);
  const isDesktop = useMediaQuery(`(min-width: 75em)`);
  const navItems = useNavItems(user);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  useEffect(() => {
    if (session.data) adoptAccountLanguage(session.data);
  }, [session.data]);

  useEffect(() => {
    if (isDesktop) menu.close();
  }, [isDesktop, menu]);

  // After a client-side navigation, start reading and tabbing from the new page's content, as a page load would.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    menu.close();
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [location.pathname, menu]);

  const logoutButton = (
    <Button
      variant="outline"
      size="xs"
      onClick={() => logout.mutate()}
      loading={logout.isPending}
      style={{ flexShrink: 0 }}
    >
      {t('layout.logout')}
    </Button>
  );

  return (
    <AppShell
      header={{ height: { base: headerRowHeight, [desktopBreakpoint]: headerRowHeight + navRowHeight } }}
      navbar={{ width: 300, breakpoint: desktopBreakpoint, collapsed: { desktop: true, mobile: !menuOpened } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h={headerRowHeight} px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group wrap="nowrap" gap="md" miw={0}>
            <Burger
              opened={menuOpened}
              onClick={menu.toggle}
              hiddenFrom={desktopBreakpoint}
              size="sm"
              aria-label={menuOpened ? t('layout.closeMenu') : t('layout.openMenu')}
              aria-expanded={menuOpened}
              aria-controls={menuOpened ? mobileNavigationId : undefined}
            />
            <Text component={Link} to={user ? '/' : '/processes'} fw={700} fz="xl" c="blue.9" td="none">
              {t('app.name')}
            </Text>
          </Group>
          <Group wrap="nowrap" gap="sm" miw={0}>
            {user && <InboxLink />}
            <Box visibleFrom={desktopBreakpoint}>
              <LanguageSwitcher />
            </Box>
            {user ? (
              <Group wrap="nowrap" gap="sm" visibleFrom={desktopBreakpoint} maw={300}>
                <AccountSummary user={user} />
                {logoutButton}
              </Group>
            ) : (
              location.pathname !== '/login' && (
                <Button component={Link} to="/login" size="xs">
                  {t('layout.login')}
                </Button>
              )
            )}
          </Group>
        </Group>
        {/* The navigation has a row of its own on a desktop: every role's links fit beside nothing else. */}
        <Box
          component="nav"
          aria-label={t('layout.mainNavigation')}
          visibleFrom={desktopBreakpoint}
          px="md"
          h={navRowHeight}
          className="main-navigation-row"
        >
          <Group gap={4} wrap="nowrap" h="100%">
            {navItems.map((item) => (
              <Button
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                variant={isActivePath(location.pathname, item) ? 'light' : 'subtle'}
                size="sm"
                px="sm"
              >
                {item.label}
              </Button>
            ))}
          </Group>
        </Box>
      </AppShell.Header>

      {menuOpened && (
        <AppShell.Navbar
          id={mobileNavigationId}
          p="md"
          aria-label={t('layout.mainNavigation')}
          hiddenFrom={desktopBreakpoint}
        >
          <Stack gap="md">
            <Stack gap={2}>
              {navItems.map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  end={item.end}
                  label={item.label}
                  active={isActivePath(location.pathname, item)}
                  onClick={menu.close}
                />
              ))}
              {!user && <NavLink component={Link} to="/login" label={t('layout.login')} onClick={menu.close} />}
            </Stack>
            <Divider />
            <LanguageSwitcher fullWidth showLabel />
            {user && (
              <>
                <Divider />
                <AccountSummary user={user} />
                <Box>{logoutButton}</Box>
              </>
            )}
          </Stack>
        </AppShell.Navbar>
      )}

      <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
        <Box maw={1200} mx="auto" pt="xs" pb="xl">
          {logout.isError && (
            <Alert color="red" mb="md" role="alert" title={t('auth:logout.failed')}>
              {problemMessage(logout.error, t('errors.unexpected'))}
            </Alert>
          )}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

function isActivePath(pathname: string, item: NavItem): boolean {
  return item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
