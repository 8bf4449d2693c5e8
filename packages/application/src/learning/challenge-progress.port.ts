/**
 * What learning reads of the challenges vertical: which challenges a lesson may link, and whether a
 * learner has passed one. Plain queries, so they run outside the unit of work's locks.
 */
export interface ChallengeProgress {
  /** The challenge when it is published; drafts and retired ones answer undefined. */
  publishedChallenge(challengeId: string): Promise<{ id: string; title: string } | undefined>;
  /** Whether the user has an accepted submission to the challenge. */
  hasPassed(userId: string, challengeId: string): Promise<boolean>;
}
