import type { RefreshTokenRepository } from '@talentsphere/application/identity';
import type { RefreshToken } from '@talentsphere/domain/identity';
import type { Transaction } from 'kysely';
import type { Database } from '../persistence/tables';

/** Only ever used inside a transaction: `findByIdForUpdate` locks the row. */
export class KyselyRefreshTokenRepository implements RefreshTokenRepository {
  constructor(private readonly tx: Transaction<Database>) {}

  async insert(token: RefreshToken): Promise<void> {
    await this.tx
      .insertInto('refresh_tokens')
      .values({
        id: token.id,
        family_id: token.familyId,
        family_started_at: token.familyStartedAt,
        user_id: token.userId,
        secret_hash: token.secretHash,
        issued_at: token.issuedAt,
        expires_at: token.expiresAt,
        used_at: token.usedAt,
        revoked_at: token.revokedAt,
      })
      .execute();
  }

  /**
   * Locks every token of the presented token's family, in id order (so two lockers of one family
   * never deadlock), and answers the presented one. A rotation and a revocation of one family thus
   * run one after the other: a revocation cannot miss a successor a concurrent rotation inserts.
   */
  async findByIdForUpdate(id: string): Promise<RefreshToken | undefined> {
    const rows = await this.tx
      .selectFrom('refresh_tokens')
      .selectAll()
      .where('family_id', '=', (eb) =>
        eb.selectFrom('refresh_tokens').select('family_id').where('id', '=', id),
      )
      .orderBy('id')
      .forUpdate()
      .execute();
    const row = rows.find((r) => r.id === id);
    return (
      row && {
        id: row.id,
        familyId: row.family_id,
        familyStartedAt: row.family_started_at,
        userId: row.user_id,
        secretHash: row.secret_hash,
        issuedAt: row.issued_at,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
        revokedAt: row.revoked_at,
      }
    );
  }

  async markUsed(id: string, usedAt: Date): Promise<void> {
    await this.tx.updateTable('refresh_tokens').set({ used_at: usedAt }).where('id', '=', id).execute();
  }

  async revokeFamily(familyId: string, revokedAt: Date): Promise<number> {
    const result = await this.tx
      .updateTable('refresh_tokens')
      .set({ revoked_at: revokedAt })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
