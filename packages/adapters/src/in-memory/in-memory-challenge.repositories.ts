import type { ChallengeRepository, SubmissionRepository } from '@talentsphere/application/challenges';
import type { Challenge, Submission } from '@talentsphere/domain/challenges';
import type { InMemoryStore } from './in-memory-database';

// Twins of the Kysely challenge repositories: the challenge one mirrors the slug's unique index. Row
// locking comes from the unit of work, which runs one transaction at a time.

export class InMemoryChallengeRepository implements ChallengeRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<Challenge | undefined> {
    return this.store.tables.challenges.get(id);
  }

  /** Mirrors challenges_slug_key. */
  async insert(challenge: Challenge): Promise<'inserted' | 'slug-taken'> {
    if (this.slugTakenByOther(challenge)) return 'slug-taken';
    if (this.store.tables.challenges.has(challenge.id))
      throw new Error(`Duplicate challenge id ${challenge.id}`);
    this.store.tables.challenges.set(challenge.id, challenge);
    return 'inserted';
  }

  async update(challenge: Challenge): Promise<'updated' | 'slug-taken'> {
    if (this.slugTakenByOther(challenge)) return 'slug-taken';
    if (this.store.tables.challenges.has(challenge.id))
      this.store.tables.challenges.set(challenge.id, challenge);
    return 'updated';
  }

  private slugTakenByOther(challenge: Challenge): boolean {
    return [...this.store.tables.challenges.values()].some(
      (other) => other.slug === challenge.slug && other.id !== challenge.id,
    );
  }
}

export class InMemorySubmissionRepository implements SubmissionRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<Submission | undefined> {
    return this.store.tables.submissions.get(id);
  }

  async insert(submission: Submission): Promise<void> {
    if (this.store.tables.submissions.has(submission.id))
      throw new Error(`Duplicate submission id ${submission.id}`);
    this.store.tables.submissions.set(submission.id, submission);
  }

  async update(submission: Submission): Promise<void> {
    if (this.store.tables.submissions.has(submission.id))
      this.store.tables.submissions.set(submission.id, submission);
  }
}
