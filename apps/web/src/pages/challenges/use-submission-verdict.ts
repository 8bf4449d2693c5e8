import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useState } from 'react';
import type { SubmissionView } from '../../lib/challenge-format';
import { useTRPC } from '../../trpc';

const POLL_MS = 1_000;

/**
 * A submission followed until it is judged: queued → running → verdict. The verdict arrives live
 * over `challenges.submissionUpdates` (server-sent events); each update lands in the
 * `challenges.submission` cache entry, which is what callers read. Should the stream fail or fail to
 * connect (a proxy that refuses or buffers event streams, a network drop), the hook falls back to reading
 * `challenges.submission` every second until the submission is judged. Once judged, the history,
 * leaderboards and list refresh.
 */
export function useSubmissionVerdict(submissionId: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [streamFailedFor, setStreamFailedFor] = useState<string | null>(null);
  const polling = submissionId !== null && streamFailedFor === submissionId;
  const queryKey = trpc.challenges.submission.queryKey({ submissionId: submissionId ?? '' });

  const submission = useQuery({
    ...trpc.challenges.submission.queryOptions({ submissionId: submissionId ?? '' }),
    // Without the fallback this only reads the cache: `submit` seeds it and the stream updates it.
    enabled: polling,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'judged' ? false : POLL_MS),
    // Keep following while the tab is in the background: the learner comes back to the verdict.
    refetchIntervalInBackground: true,
  });
  const judged = submission.data?.status === 'judged' ? submission.data : undefined;

  useSubscription(
    trpc.challenges.submissionUpdates.subscriptionOptions(
      { submissionId: submissionId ?? '' },
      {
        enabled: submissionId !== null && !polling && !judged,
        onData: (view) => queryClient.setQueryData(queryKey, view),
        onError: () => setStreamFailedFor(submissionId),
        // A stream that cannot connect is retried by the link forever; poll instead from the first failure.
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) setStreamFailedFor(submissionId);
        },
      },
    ),
  );

  useEffect(() => {
    if (!judged) return;
    const { challengeId } = judged;
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.mySubmissions.queryKey({ challengeId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.leaderboard.queryKey({ challengeId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.overallLeaderboard.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.list.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.get.queryKey({ challengeId }) });
  }, [judged, queryClient, trpc]);

  return submission;
}

/** Seeds the cache with what `submit` answered, so the queued state shows before the first update. */
export function useRememberSubmission() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view: SubmissionView) =>
    queryClient.setQueryData(trpc.challenges.submission.queryKey({ submissionId: view.id }), view);
}
