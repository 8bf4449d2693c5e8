import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SubmissionView } from '../../lib/challenge-format';
import { useTRPC } from '../../trpc';

const POLL_MS = 1_000;

/**
 * A submission followed until it is judged: queued → running → verdict. Reads
 * `challenges.submission` every second while it is pending (grading takes a second or two) and stops
 * once judged. Once judged, the history, leaderboards and list refresh. Callers only see a
 * SubmissionView, so a live subscription can replace the polling here without touching them.
 */
export function useSubmissionVerdict(submissionId: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const submission = useQuery({
    ...trpc.challenges.submission.queryOptions({ submissionId: submissionId ?? '' }),
    enabled: submissionId !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'judged' ? false : POLL_MS),
    // Keep following while the tab is in the background: the learner comes back to the verdict.
    refetchIntervalInBackground: true,
  });

  const judged = submission.data?.status === 'judged' ? submission.data : undefined;
  useEffect(() => {
    if (!judged) return;
    void queryClient.invalidateQueries({
      queryKey: trpc.challenges.mySubmissions.queryKey({ challengeId: judged.challengeId }),
    });
    void queryClient.invalidateQueries({
      queryKey: trpc.challenges.leaderboard.queryKey({ challengeId: judged.challengeId }),
    });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.overallLeaderboard.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.list.pathKey() });
    void queryClient.invalidateQueries({
      queryKey: trpc.challenges.get.queryKey({ challengeId: judged.challengeId }),
    });
  }, [judged, queryClient, trpc]);

  return submission;
}

/** Seeds the cache with what `submit` answered, so the queued state shows before the first poll. */
export function useRememberSubmission() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view: SubmissionView) =>
    queryClient.setQueryData(trpc.challenges.submission.queryKey({ submissionId: view.id }), view);
}
