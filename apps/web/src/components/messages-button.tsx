import { ActionIcon, Indicator } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useNetworkPulse } from '../pages/network/use-network-pulse';

/** The header's way to messages, with how many messages are unread (message requests included), live. */
export function MessagesButton() {
  const pulse = useNetworkPulse(true);
  // A message request's note is an unread message too, so it is counted once here.
  const waiting = pulse?.unreadMessages ?? 0;
  return (
    <Indicator label={waiting > 99 ? '99+' : waiting} size={18} disabled={waiting === 0} offset={4}>
      <ActionIcon
        component={Link}
        to="/messages"
        variant="default"
        size="lg"
        aria-label={waiting > 0 ? `Messages, ${waiting} unread` : 'Messages'}
        data-testid="messages-button"
      >
        <IconMessages size={18} />
      </ActionIcon>
    </Indicator>
  );
}
