import {
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  Divider,
  Group,
  Indicator,
  NavLink,
  Stack,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBook,
  IconBriefcase,
  IconBuildingSkyscraper,
  IconChalkboard,
  IconChartBar,
  IconCode,
  IconCreditCard,
  IconFileText,
  IconHome,
  IconLogin2,
  IconLogout,
  IconMessages,
  IconNetwork,
  IconSchool,
  IconTag,
  IconTrophy,
  IconUser,
  IconUserPlus,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { useSession, useSignOut } from '../auth/use-session';
import { useNetworkPulse } from '../pages/network/use-network-pulse';
import classes from './app-layout.module.css';
import { Brand } from './brand';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { MessagesButton } from './messages-button';
import { NotificationsMenu } from './notifications-menu';
import { PointsPill } from './points-pill';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useSession();
  const location = useLocation();
  const signOut = useSignOut();
  const signedIn = session.status === 'authenticated';
  const role = signedIn ? session.user.role : undefined;
  // One live stream per tab keeps the unread count (and the open network pages) current.
  const unreadMessages = useNetworkPulse(signedIn)?.unreadMessages ?? 0;
  // Role-specific sections: job seekers follow applications, employers run the workspace, instructors teach.
  const links = [
    { to: '/courses', label: 'Courses', icon: IconSchool, show: true },
    { to: '/challenges', label: 'Challenges', icon: IconCode, show: true },
    { to: '/jobs', label: 'Jobs', icon: IconBriefcase, show: true },
    // Signed in, the header's points button leads there and the row has no room for one more link.
    {
      to: '/leaderboard/points',
      label: 'Leaderboard',
      icon: IconTrophy,
      show: true,
      inHeader: !signedIn,
    },
    // Members find plans and billing in the account menu; visitors get the page in the bar.
    { to: '/pricing', label: 'Pricing', icon: IconTag, show: !signedIn },
    { to: '/learning', label: 'My learning', icon: IconBook, show: signedIn },
    // In the header, the account menu leads to the network and the messages button to messages.
    { to: '/network', label: 'Network', icon: IconNetwork, show: signedIn, inHeader: false },
    {
      to: '/messages',
      label: 'Messages',
      icon: IconMessages,
      show: signedIn,
      inHeader: false,
      badge: unreadMessages,
    },
    { to: '/applications', label: 'My applications', icon: IconFileText, show: role === 'jobseeker' },
    {
      to: '/employer',
      label: 'Employer',
      icon: IconBuildingSkyscraper,
      show: role === 'employer' || role === 'admin',
    },
    {
      to: '/studio',
      label: 'Studio',
      icon: IconChalkboard,
      show: role === 'instructor' || role === 'admin',
    },
    { to: '/admin/analytics', label: 'Analytics', icon: IconChartBar, show: role === 'admin' },
    // The account menu has Profile too; the header row has no room left for it.
    { to: '/profile', label: 'Profile', icon: IconUser, show: signedIn, inHeader: false },
  ].filter((link) => link.show);

  // The mobile menu closes itself once a link has taken the visitor somewhere.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(close, [location.pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { desktop: true, mobile: !opened } }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Indicator hiddenFrom="sm" size={10} offset={6} disabled={unreadMessages === 0 || opened}>
              <Burger
                opened={opened}
                onClick={toggle}
                size="sm"
                aria-label={
                  opened
                    ? 'Close navigation'
                    : `Open navigation${unreadMessages > 0 ? ', unread messages' : ''}`
                }
              />
            </Indicator>
            <Brand />
            <Group component="nav" aria-label="Main" gap={4} ml="lg" visibleFrom="sm">
              <RouterNavLink to="/" end className={classes.link}>
                Home
              </RouterNavLink>
              {links
                .filter((link) => link.inHeader !== false)
                .map((link) => (
                  <RouterNavLink key={link.to} to={link.to} className={classes.link}>
                    {link.label}
                  </RouterNavLink>
                ))}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            {signedIn && (
              <Box visibleFrom="xs">
                <PointsPill />
              </Box>
            )}
            {signedIn && (
              <Box visibleFrom="xs">
                <MessagesButton unread={unreadMessages} />
              </Box>
            )}
            {signedIn && <NotificationsMenu />}
            {signedIn ? (
              <UserMenu
                user={session.user}
                onSignOut={() => signOut.mutate()}
                signingOut={signOut.isPending}
              />
            ) : (
              session.status === 'anonymous' && (
                <Group gap="xs" visibleFrom="sm">
                  <Button component={Link} to="/sign-in" variant="default">
                    Sign in
                  </Button>
                  <Button component={Link} to="/sign-up">
                    Sign up
                  </Button>
                </Group>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md" aria-label="Main navigation">
        {/* Rendered only while open: the collapsed panel would otherwise stay in the tab order. */}
        {opened && (
          <Stack gap={4}>
            {signedIn && (
              <Box hiddenFrom="xs" mb="xs">
                <PointsPill />
              </Box>
            )}
            <NavLink
              component={Link}
              to="/"
              label="Home"
              leftSection={<IconHome size={18} />}
              active={location.pathname === '/'}
            />
            {links.map((link) => (
              <NavLink
                key={link.to}
                component={Link}
                to={link.to}
                label={link.label}
                leftSection={<link.icon size={18} />}
                rightSection={
                  link.badge ? (
                    <Badge size="sm" circle aria-label={`${link.badge} unread`}>
                      {link.badge}
                    </Badge>
                  ) : undefined
                }
                active={location.pathname.startsWith(link.to)}
              />
            ))}
            <Divider my="sm" />
            {signedIn && (
              <NavLink
                component={Link}
                to="/billing"
                label="Billing"
                leftSection={<IconCreditCard size={18} />}
                active={location.pathname.startsWith('/billing')}
              />
            )}
            {signedIn ? (
              <NavLink
                component="button"
                label="Sign out"
                leftSection={<IconLogout size={18} />}
                onClick={() => signOut.mutate()}
                disabled={signOut.isPending}
              />
            ) : (
              <>
                <NavLink
                  component={Link}
                  to="/sign-in"
                  label="Sign in"
                  leftSection={<IconLogin2 size={18} />}
                />
                <NavLink
                  component={Link}
                  to="/sign-up"
                  label="Sign up"
                  leftSection={<IconUserPlus size={18} />}
                />
              </>
            )}
          </Stack>
        )}
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
