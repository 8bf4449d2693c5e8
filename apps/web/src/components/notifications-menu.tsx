import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconSettings } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatRelative } from '../lib/recruiting-format';
import type { NotificationView } from '../lib/router-types';
import { useTRPC } from '../trpc';
import classes from './notifications-menu.module.css';

const POLL_MS = 30_000;

/**
 * Bell with the unread count, the latest notifications, and read marks. New notifications arrive
 * live over `notifications.updates` (server-sent events; after a drop the link reconnects from the
 * last one received), and each refreshes the list. Should the stream fail, the list is polled.
 */
export function NotificationsMenu() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [streamFailed, setStreamFailed] = useState(false);
  const [announced, setAnnounced] = useState('');
  const list = useQuery(
    trpc.notifications.list.queryOptions(
      { limit: 20 },
      {
        refetchInterval: streamFailed ? POLL_MS : false,
        // Read marks are not pushed: a tab coming back into view reads them (another tab may have read some).
        refetchOnWindowFocus: 'always',
      },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() });
  useSubscription(
    trpc.notifications.updates.subscriptionOptions(
      {},
      {
        // The list was read before the stream started: read it again so nothing falls in between.
        onStarted: () => void refresh(),
        onData: ({ data }) => {
          setStreamFailed(false);
          setAnnounced(`New notification: ${data.title}`);
          void refresh();
        },
        onError: () => setStreamFailed(true),
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) setStreamFailed(true);
        },
      },
    ),
  );
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }),
    }),
  );
  const unread = list.data?.unread ?? 0;

  function open(item: NotificationView) {
    if (!item.readAt) markRead.mutate({ ids: [item.id] });
    setOpened(false);
    if (item.link) void navigate(item.link);
  }

  return (
    <>
      <VisuallyHidden aria-live="polite">{announced}</VisuallyHidden>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus>
        <Popover.Target>
          <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} offset={4}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setOpened((o) => !o)}
              aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
              data-testid="notifications-bell"
            >
              <IconBell size={18} />
            </ActionIcon>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-label="Notifications">
          <Group justify="space-between" px="md" py="sm" className={classes.header}>
            <Text fw={600} size="sm">
              Notifications
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ ids: null })}
            >
              Mark all read
            </Button>
          </Group>
          <ScrollArea.Autosize mah={400}>
            {list.isPending && (
              <Text size="sm" c="dimmed" p="md">
                Loading…
              </Text>
            )}
            {list.isError && (
              <Text size="sm" c="red" p="md" role="alert">
                Could not load notifications.
              </Text>
            )}
            {list.data?.items.length === 0 && (
              <Text size="sm" c="dimmed" p="md">
                You are all caught up.
              </Text>
            )}
            <Stack gap={0} component="ul" className={classes.list}>
              {list.data?.items.map((item) => (
                <li key={item.id}>
                  <UnstyledButton
                    className={classes.item}
                    data-unread={item.readAt ? undefined : true}
                    onClick={() => open(item)}
                    data-testid="notification"
                  >
                    <Text size="sm" fw={item.readAt ? 400 : 600}>
                      {item.title}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.body}
                    </Text>
                    <Text size="xs" c="dimmed" mt={2}>
                      {formatRelative(item.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="flex-end" px="md" py="xs" className={classes.footer}>
            <Button
              component={Link}
              to="/settings/notifications"
              size="compact-xs"
              variant="subtle"
              leftSection={<IconSettings size={14} aria-hidden />}
              onClick={() => setOpened(false)}
            >
              Notification settings
            </Button>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </>
  );
}
