import { useQueryClient } from '@tanstack/react-query';
import type { StudioChallenge } from '../../lib/challenge-format';
import { useTRPC } from '../../trpc';

/**
 * Every studio mutation answers with the whole challenge: put it in the editor's cache, and let the
 * studio list and the public pages refetch what they show of it.
 */
export function useStoreStudioChallenge() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (challenge: StudioChallenge) => {
    queryClient.setQueryData(trpc.challengeStudio.get.queryKey({ challengeId: challenge.id }), challenge);
    void queryClient.invalidateQueries({ queryKey: trpc.challengeStudio.mine.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.challenges.pathKey() });
  };
}
