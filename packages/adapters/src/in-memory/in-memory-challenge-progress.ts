import type { ChallengeProgress } from '@talentsphere/application/learning';
import type { InMemoryStore } from './in-memory-database';

/** Learning's view of the in-memory challenges and submissions tables. */
export class InMemoryChallengeProgress implements ChallengeProgress {
  constructor(private readonly store: InMemoryStore) {}

  async publishedChallenge(challengeId: string): Promise<{ id: string; title: string } | undefined> {
    const challenge = this.store.tables.challenges.get(challengeId);
    return challenge?.status === 'published' ? { id: challenge.id, title: challenge.title } : undefined;
  }

  async hasPassed(userId: string, challengeId: string): Promise<boolean> {
    for (const submission of this.store.tables.submissions.values()) {
      if (
        submission.userId === userId &&
        submission.challengeId === challengeId &&
        submission.judgement?.verdict === 'ACCEPTED'
      )
        return true;
    }
    return false;
  }
}
