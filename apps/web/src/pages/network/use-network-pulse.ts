import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc';

const POLL_MS = 30_000;

/**
 * Unread messages and waiting requests, live: the app holds one `network.pulseUpdates` stream
 * (server-sent events) while signed in, and each pulse refreshes what the network and messages
 * pages show, so a new message appears in an open conversation without a reload. Should the stream
 * fail (a proxy that refuses event streams), the pulse is read every 30 seconds instead.
 */
export function useNetworkPulse(enabled: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [streamFailed, setStreamFailed] = useState(false);
  const pulse = useQuery({
    ...trpc.network.pulse.queryOptions(),
    enabled,
    refetchInterval: streamFailed ? POLL_MS : false,
  });

  useSubscription(
    trpc.network.pulseUpdates.subscriptionOptions(undefined, {
      enabled: enabled && !streamFailed,
      onData: (next) => {
        queryClient.setQueryData(trpc.network.pulse.queryKey(), next);
        void queryClient.invalidateQueries({ queryKey: trpc.network.conversations.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.network.conversation.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.network.overview.queryKey() });
      },
      onError: () => setStreamFailed(true),
      onConnectionStateChange: (state) => {
        if (state.state === 'connecting' && state.error) setStreamFailed(true);
      },
    }),
  );

  return pulse.data;
}
