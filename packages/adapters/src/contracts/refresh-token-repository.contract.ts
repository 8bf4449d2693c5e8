import type { UnitOfWork } from '@talentsphere/application/shared';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aRefreshToken, aUser, committed, NOW } from './contract-fixtures';

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every RefreshTokenRepository adapter must do. The repository is transactional (its read
 * locks), so the contract drives it through the unit of work that hands it out.
 */
export function refreshTokenRepositoryContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork }>,
): void {
  describe(`RefreshTokenRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    const user = aUser();
    beforeEach(async () => {
      ({ uow } = await subject());
      await committed(uow, async (scope) => {
        if (!(await scope.users.findById(user.id))) await scope.users.insert(user);
      });
    });

    it('Given an inserted token, When read for update, Then every field comes back', async () => {
      const token = aRefreshToken(user);
      await committed(uow, (scope) => scope.refreshTokens.insert(token));
      expect(await committed(uow, (scope) => scope.refreshTokens.findByIdForUpdate(token.id))).toEqual(token);
      expect(await committed(uow, (scope) => scope.refreshTokens.findByIdForUpdate(v7()))).toBeUndefined();
    });

    it('Given a token, When marked used, Then usedAt is set and nothing else changes', async () => {
      const token = aRefreshToken(user);
      await committed(uow, (scope) => scope.refreshTokens.insert(token));
      await committed(uow, (scope) => scope.refreshTokens.markUsed(token.id, later(60)));
      expect(await committed(uow, (scope) => scope.refreshTokens.findByIdForUpdate(token.id))).toEqual({
        ...token,
        usedAt: later(60),
      });
    });

    it('Given two families, When one is revoked, Then only its unrevoked tokens are, and the count says so', async () => {
      const familyId = v7();
      const [a, b, c] = [
        aRefreshToken(user, familyId),
        aRefreshToken(user, familyId),
        aRefreshToken(user, familyId),
      ];
      const other = aRefreshToken(user);
      await committed(uow, async (scope) => {
        for (const token of [a, b, c, other]) await scope.refreshTokens.insert(token);
      });
      expect(await committed(uow, (scope) => scope.refreshTokens.revokeFamily(familyId, later(10)))).toBe(3);
      const d = aRefreshToken(user, familyId);
      await committed(uow, (scope) => scope.refreshTokens.insert(d));

      expect(await committed(uow, (scope) => scope.refreshTokens.revokeFamily(familyId, later(20)))).toBe(1);
      expect(await committed(uow, (scope) => scope.refreshTokens.revokeFamily(familyId, later(30)))).toBe(0);
      const read = await committed(uow, async (scope) =>
        Promise.all([a, d, other].map((t) => scope.refreshTokens.findByIdForUpdate(t.id))),
      );
      expect(read.map((t) => t?.revokedAt ?? null)).toEqual([later(10), later(20), null]);
    });

    it('Given two transactions racing to consume one token, When both lock it, Then exactly one sees it unused', async () => {
      const token = aRefreshToken(user);
      await committed(uow, (scope) => scope.refreshTokens.insert(token));
      const consume = () =>
        committed(uow, async (scope) => {
          const locked = await scope.refreshTokens.findByIdForUpdate(token.id);
          if (locked?.usedAt !== null) return 'reused';
          await pause(30); // widen the window a missing lock would let the other transaction into
          await scope.refreshTokens.markUsed(token.id, later(1));
          return 'rotated';
        });
      expect((await Promise.all([consume(), consume()])).sort()).toEqual(['reused', 'rotated']);
    });

    it('Given a rotation in flight, When a leaked sibling token revokes the family meanwhile, Then the new successor ends revoked too', async () => {
      const familyId = v7();
      const leaked = { ...aRefreshToken(user, familyId), usedAt: later(1) };
      const current = aRefreshToken(user, familyId);
      await committed(uow, async (scope) => {
        for (const token of [leaked, current]) await scope.refreshTokens.insert(token);
      });
      const successor = aRefreshToken(user, familyId);
      let rotationHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        rotationHoldsLock = resolve;
      });
      const rotation = committed(uow, async (scope) => {
        await scope.refreshTokens.findByIdForUpdate(current.id);
        rotationHoldsLock();
        await pause(50); // the reuse arrives while the successor is not committed yet
        await scope.refreshTokens.markUsed(current.id, later(2));
        await scope.refreshTokens.insert(successor);
      });
      await locked;
      const reuse = committed(uow, async (scope) => {
        await scope.refreshTokens.findByIdForUpdate(leaked.id);
        return scope.refreshTokens.revokeFamily(familyId, later(3));
      });
      await Promise.all([rotation, reuse]);

      const after = await committed(uow, (scope) => scope.refreshTokens.findByIdForUpdate(successor.id));
      expect(after?.revokedAt).toEqual(later(3));
    });
  });
}
