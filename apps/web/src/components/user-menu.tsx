import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import {
  IconBell,
  IconChevronDown,
  IconCreditCard,
  IconLogout,
  IconNetwork,
  IconTag,
  IconUser,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SessionUser } from '../auth/session-store';

export function UserMenu(props: { user: SessionUser; onSignOut: () => void; signingOut: boolean }) {
  const { user } = props;
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Group gap={8} wrap="nowrap">
            <Avatar name={user.name} color="initials" size={34} />
            {/* Only on wide screens: the main navigation needs the room first (admins have the most links). */}
            <Text size="sm" fw={500} visibleFrom="xl" maw={160} truncate>
              {user.name}
            </Text>
            {/* Phones need the room for the notifications bell. */}
            <Box visibleFrom="sm" display="flex">
              <IconChevronDown size={14} aria-hidden />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} />}>
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/network" leftSection={<IconNetwork size={16} />}>
          Network
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/notifications" leftSection={<IconBell size={16} />}>
          Notification settings
        </Menu.Item>
        <Menu.Item component={Link} to="/billing" leftSection={<IconCreditCard size={16} />}>
          Billing
        </Menu.Item>
        <Menu.Item component={Link} to="/pricing" leftSection={<IconTag size={16} />}>
          Plans and pricing
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={props.onSignOut}
          disabled={props.signingOut}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
