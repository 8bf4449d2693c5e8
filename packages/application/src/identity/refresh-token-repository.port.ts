import type { RefreshToken } from '@talentsphere/domain/identity';

export interface RefreshTokenRepository {
  insert(token: RefreshToken): Promise<void>;
  /** Reads the token and locks it against concurrent rotation until the transaction ends. */
  findByIdForUpdate(id: string): Promise<RefreshToken | undefined>;
  markUsed(id: string, usedAt: Date): Promise<void>;
  revokeFamily(familyId: string, revokedAt: Date): Promise<number>;
}
