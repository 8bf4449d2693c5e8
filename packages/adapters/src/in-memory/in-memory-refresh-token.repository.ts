import type { RefreshTokenRepository } from '@talentsphere/application/identity';
import type { RefreshToken } from '@talentsphere/domain/identity';
import type { InMemoryStore } from './in-memory-database';

/** Row locking comes from the unit of work, which runs one transaction at a time. */
export class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  constructor(private readonly store: InMemoryStore) {}

  async insert(token: RefreshToken): Promise<void> {
    if (this.store.tables.refreshTokens.has(token.id))
      throw new Error(`Duplicate refresh token id ${token.id}`);
    this.store.tables.refreshTokens.set(token.id, token);
  }

  async findByIdForUpdate(id: string): Promise<RefreshToken | undefined> {
    return this.store.tables.refreshTokens.get(id);
  }

  async markUsed(id: string, usedAt: Date): Promise<void> {
    const token = this.store.tables.refreshTokens.get(id);
    if (token) this.store.tables.refreshTokens.set(id, { ...token, usedAt });
  }

  async revokeFamily(familyId: string, revokedAt: Date): Promise<number> {
    let revoked = 0;
    for (const token of this.store.tables.refreshTokens.values()) {
      if (token.familyId === familyId && token.revokedAt === null) {
        this.store.tables.refreshTokens.set(token.id, { ...token, revokedAt });
        revoked += 1;
      }
    }
    return revoked;
  }
}
