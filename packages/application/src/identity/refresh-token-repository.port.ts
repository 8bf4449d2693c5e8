import type { RefreshToken } from '@talentsphere/domain/identity';

export interface RefreshTokenRepository {
  insert(token: RefreshToken): Promise<void>;
  /**
   * Reads the token and locks its whole family until the transaction ends, so rotations and
   * revocations of one family never interleave.
   */
  findByIdForUpdate(id: string): Promise<RefreshToken | undefined>;
  markUsed(id: string, usedAt: Date): Promise<void>;
  revokeFamily(familyId: string, revokedAt: Date): Promise<number>;
}
