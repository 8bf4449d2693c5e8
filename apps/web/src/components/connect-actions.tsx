import { Badge, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconMessage, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from '../auth/use-session';
import { readError } from '../lib/app-error';
import { useTRPC } from '../trpc';

/**
 * Connect and Message for another person, wherever their name is shown (a public profile, an
 * applicant): Connect, Request sent or Accept as the two stand, and Message (a message request when
 * they are not connected). Nothing for oneself, when signed out, or when they blocked the caller.
 */
export function ConnectActions(props: { userId: string; size?: 'xs' | 'sm' }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const self = signedIn && session.user.id === props.userId;
  const relationship = useQuery({
    ...trpc.network.relationship.queryOptions({ userId: props.userId }),
    enabled: signedIn && !self,
    retry: false,
  });
  const options = {
    onSuccess: () => {
      void queryClient.invalidateQueries({
        queryKey: trpc.network.relationship.queryKey({ userId: props.userId }),
      });
      void queryClient.invalidateQueries({ queryKey: trpc.network.overview.queryKey() });
    },
    onError: (error: unknown) =>
      notifications.show({ color: 'red', title: 'That did not work', message: readError(error).message }),
  };
  const request = useMutation(trpc.network.request.mutationOptions(options));
  const answer = useMutation(trpc.network.answer.mutationOptions(options));
  if (!relationship.data) return null;
  const { connection, blockedByMe } = relationship.data;
  if (blockedByMe) return null;
  const size = props.size ?? 'sm';
  return (
    <Group gap="xs" data-testid="connect-actions">
      {connection === null && (
        <Button
          size={size}
          leftSection={<IconUserPlus size={14} />}
          loading={request.isPending}
          onClick={() => request.mutate({ userId: props.userId })}
        >
          Connect
        </Button>
      )}
      {connection?.status === 'pending' && connection.requestedByMe && (
        <Button size={size} variant="default" disabled>
          Request sent
        </Button>
      )}
      {connection?.status === 'pending' && !connection.requestedByMe && (
        <Button
          size={size}
          leftSection={<IconCheck size={14} />}
          loading={answer.isPending}
          onClick={() => answer.mutate({ connectionId: connection.connectionId, answer: 'accept' })}
        >
          Accept request
        </Button>
      )}
      {connection?.status === 'accepted' && (
        <Badge variant="light" color="teal" size="lg">
          Connected
        </Badge>
      )}
      <Button
        size={size}
        variant="light"
        component={Link}
        to={`/messages/to/${props.userId}`}
        leftSection={<IconMessage size={14} />}
      >
        Message
      </Button>
    </Group>
  );
}
