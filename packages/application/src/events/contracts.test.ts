import { uuidV7Ids } from '@talentsphere/adapters/system';
import { describe, expect, it } from 'vitest';
import { eventContracts } from './contracts';

describe('event contracts', () => {
  const judgement = {
    submissionId: uuidV7Ids.next(),
    challengeId: uuidV7Ids.next(),
    userId: uuidV7Ids.next(),
    passed: 3,
    total: 3,
    timeMs: 4,
    memoryBytes: 1024,
  } as const;

  it.each([
    ['challenges.approved', 'ACCEPTED'],
    ['challenges.rejected', 'WRONG_ANSWER'],
  ] as const)(
    'Given a %s recorded before byAuthor was added, When parsed, Then it reads as a learner’s',
    (type, verdict) => {
      const older = { ...judgement, verdict };
      expect(eventContracts[type].schema.parse(older)).toEqual({ ...older, byAuthor: false });
      expect(eventContracts[type].schema.parse({ ...older, byAuthor: true }).byAuthor).toBe(true);
    },
  );
});
