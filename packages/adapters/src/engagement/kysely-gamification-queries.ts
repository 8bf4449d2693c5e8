import type { GamificationQueries, PlayerName, PlayerSummary } from '@talentsphere/application/engagement';
import type { BadgeId } from '@talentsphere/domain/engagement';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';

export class KyselyGamificationQueries implements GamificationQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async summary(userId: string): Promise<PlayerSummary | null> {
    const row = await this.db
      .selectFrom('users')
      .leftJoin('gamification_players as p', 'p.user_id', 'users.id')
      .select([
        (eb) => eb.fn.coalesce('p.level', sql<number>`1`).as('level'),
        (eb) =>
          eb
            .selectFrom('gamification_ledger as l')
            .select((e) => e.fn.coalesce(e.fn.sum<string>('l.points'), sql<string>`0`).as('s'))
            .whereRef('l.user_id', '=', 'users.id')
            .as('points'),
      ])
      .where('users.id', '=', userId)
      .executeTakeFirst();
    if (!row) return null;
    const badges = await this.db
      .selectFrom('gamification_badges')
      .select(['badge', 'earned_at'])
      .where('user_id', '=', userId)
      .orderBy('earned_at')
      .orderBy('badge')
      .execute();
    return {
      points: Number(row.points ?? 0),
      level: Number(row.level),
      badges: badges.map((b) => ({ id: b.badge as BadgeId, earnedAt: new Date(b.earned_at).toISOString() })),
    };
  }

  async names(userIds: readonly string[]): Promise<PlayerName[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('users')
      .leftJoin('gamification_players as p', 'p.user_id', 'users.id')
      .leftJoin('profiles', 'profiles.user_id', 'users.id')
      .select([
        'users.id',
        'users.name',
        (eb) => eb.fn.coalesce('p.level', sql<number>`1`).as('level'),
        // No profile, or one saved before the choice existed, shows the name.
        sql<boolean>`(profiles.visibility->>'leaderboards') IS DISTINCT FROM 'private'`.as('shows_name'),
      ])
      .where('users.id', 'in', userIds)
      .execute();
    return rows.map((r) => ({ userId: r.id, name: r.name, level: Number(r.level), showsName: r.shows_name }));
  }

  async totals(window?: { from: Date; to: Date }): Promise<{ userId: string; points: number }[]> {
    let query = this.db
      .selectFrom('gamification_ledger')
      .select(['user_id', (eb) => eb.fn.sum<string>('points').as('points')])
      .groupBy('user_id')
      .having((eb) => eb.fn.sum('points'), '>', 0);
    if (window) query = query.where('awarded_at', '>=', window.from).where('awarded_at', '<', window.to);
    const rows = await query.orderBy('user_id').execute();
    return rows.map((r) => ({ userId: r.user_id, points: Number(r.points) }));
  }
}
