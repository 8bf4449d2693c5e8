import { ActionIcon, Indicator } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { Link } from 'react-router';

/** The header's way to messages, with how many are unread (message requests included, as their note is unread). */
export function MessagesButton(props: { unread: number }) {
  const { unread } = props;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} offset={4}>
      <ActionIcon
        component={Link}
        to="/messages"
        variant="default"
        size="lg"
        aria-label={unread > 0 ? `Messages, ${unread} unread` : 'Messages'}
        data-testid="messages-button"
      >
        <IconMessages size={18} />
      </ActionIcon>
    </Indicator>
  );
}
