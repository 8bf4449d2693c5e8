import { randomUUID } from 'node:crypto';
import type { LeaderboardStore } from '@talentsphere/application/engagement';
import { describe, expect, it } from 'vitest';

/** What every LeaderboardStore does; each test uses boards of its own. */
export function leaderboardStoreContract(name: string, make: () => Promise<LeaderboardStore>): void {
  const board = () => `weekly:test-${randomUUID()}`;

  describe(`LeaderboardStore contract: ${name}`, () => {
    it('ranks scores highest first, with the caller standing and absentees null', async () => {
      const store = await make();
      const b = board();
      await store.raise(b, 'ann', 30);
      await store.raise(b, 'bob', 50);
      await store.raise(b, 'cat', 10);
      expect(await store.top(b, 2)).toEqual([
        { userId: 'bob', score: 50 },
        { userId: 'ann', score: 30 },
      ]);
      expect(await store.standing(b, 'cat')).toEqual({ rank: 3, score: 10 });
      expect(await store.standing(b, 'dan')).toBeNull();
      expect(await store.top(board(), 10)).toEqual([]);
    });

    it('raise sets a total and never lowers it, so repeats and late writers change nothing', async () => {
      const store = await make();
      const b = board();
      await store.raise(b, 'ann', 40);
      await store.raise(b, 'ann', 40);
      await store.raise(b, 'ann', 25);
      expect(await store.standing(b, 'ann')).toEqual({ rank: 1, score: 40 });
      await store.raise(b, 'ann', 45);
      expect(await store.top(b, 10)).toEqual([{ userId: 'ann', score: 45 }]);
    });

    it('lists ties by the larger user id first, and ranks them equal', async () => {
      const store = await make();
      const b = board();
      await store.raise(b, 'a-user', 10);
      await store.raise(b, 'b-user', 10);
      await store.raise(b, 'c-user', 4);
      expect((await store.top(b, 10)).map((s) => s.userId)).toEqual(['b-user', 'a-user', 'c-user']);
      expect(await store.standing(b, 'a-user')).toEqual({ rank: 1, score: 10 });
      expect(await store.standing(b, 'b-user')).toEqual({ rank: 1, score: 10 });
      expect(await store.standing(b, 'c-user')).toEqual({ rank: 3, score: 4 });
    });

    it('replace swaps the whole board, lowering and dropping scores, and empties it', async () => {
      const store = await make();
      const b = board();
      await store.raise(b, 'ann', 90);
      await store.raise(b, 'bob', 20);
      await store.replace(b, [
        { userId: 'bob', score: 70 },
        { userId: 'ann', score: 60 },
      ]);
      expect(await store.top(b, 10)).toEqual([
        { userId: 'bob', score: 70 },
        { userId: 'ann', score: 60 },
      ]);
      await store.replace(b, []);
      expect(await store.top(b, 10)).toEqual([]);
    });

    it('keeps boards apart', async () => {
      const store = await make();
      const [one, two] = [board(), board()];
      await store.raise(one, 'ann', 5);
      expect(await store.standing(two, 'ann')).toBeNull();
    });
  });
}
