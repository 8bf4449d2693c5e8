import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { readError } from '../lib/app-error';
import { session, useTRPC } from '../trpc';
import type { SessionState } from './session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** Ends the session on the server (clears the cookie), then forgets everything cached for this user. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: (_data, error) => {
        // A session the server no longer knows is as good as signed out; only a network failure keeps it.
        if (error && readError(error).code === 'NETWORK') return;
        // Protected pages now redirect to sign-in themselves; public pages simply stay.
        session.signedOut('signed-out');
        queryClient.clear();
      },
    }),
  );
}
