import type { Challenge, Submission } from '@talentsphere/domain/challenges';
import type { RowLock } from '../recruiting/recruiting-repositories.port';

// Write-side ports: load and save aggregates inside a unit of work.

export interface ChallengeRepository {
  findById(id: string, lock?: RowLock): Promise<Challenge | undefined>;
  /** Answers 'slug-taken' when another challenge has the slug. */
  insert(challenge: Challenge): Promise<'inserted' | 'slug-taken'>;
  /** Saves details, grading spec, validation, authors and status. */
  update(challenge: Challenge): Promise<'updated' | 'slug-taken'>;
}

export interface SubmissionRepository {
  findById(id: string, lock?: RowLock): Promise<Submission | undefined>;
  insert(submission: Submission): Promise<void>;
  /** Saves status, judgement and judgedAt (a judged submission is never saved again). */
  update(submission: Submission): Promise<void>;
}
