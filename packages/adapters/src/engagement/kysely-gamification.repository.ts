import type { GamificationRepository } from '@talentsphere/application/engagement';
import type { IdGenerator } from '@talentsphere/application/shared';
import {
  type ActivityFact,
  type AwardContext,
  type BadgeId,
  capWindowFor,
  LEARNING_RULE_IDS,
  type LedgerEntry,
  type PlayerState,
  type RuleId,
  shiftUtcDay,
  startOfUtcDay,
  subjectOf,
  utcDay,
} from '@talentsphere/domain/engagement';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';

/** Runs on a transaction: the player row it locks stays locked until that transaction ends. */
export class KyselyGamificationRepository implements GamificationRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ids: IdGenerator,
  ) {}

  async lockPlayer(fact: ActivityFact): Promise<{ state: PlayerState; context: AwardContext } | null> {
    const { userId } = fact;
    // Created on first use (only for a user who exists), then locked: awards for one person queue.
    await this.db
      .insertInto('gamification_players')
      .columns(['user_id', 'level', 'updated_at'])
      .expression(
        this.db
          .selectFrom('users')
          .select(['users.id as user_id', sql<number>`1`.as('level'), sql<Date>`now()`.as('updated_at')])
          .where('users.id', '=', userId),
      )
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    const player = await this.db
      .selectFrom('gamification_players')
      .select('level')
      .where('user_id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!player) return null;

    const counts = await this.db
      .selectFrom('gamification_ledger')
      .select([
        'rule_id',
        (eb) => eb.fn.countAll<string>().as('n'),
        (eb) => eb.fn.sum<string>('points').as('p'),
      ])
      .where('user_id', '=', userId)
      .groupBy('rule_id')
      .execute();
    const badges = await this.db
      .selectFrom('gamification_badges')
      .select('badge')
      .where('user_id', '=', userId)
      .orderBy('earned_at')
      .orderBy('badge')
      .execute();
    const day = utcDay(fact.occurredAt);
    const days = await this.db
      .selectFrom('gamification_ledger')
      .select(sql<string>`to_char(awarded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`.as('day'))
      .distinct()
      .where('user_id', '=', userId)
      .where('rule_id', 'in', LEARNING_RULE_IDS)
      .where('awarded_at', '>=', startOfUtcDay(shiftUtcDay(day, -6)))
      .where('awarded_at', '<', startOfUtcDay(shiftUtcDay(day, 7)))
      .execute();

    const ruleId = fact.activity.kind;
    const already = await this.db
      .selectFrom('gamification_ledger')
      .select('id')
      .where('user_id', '=', userId)
      .where((eb) =>
        eb.or([
          eb('event_id', '=', fact.eventId),
          eb.and([eb('rule_id', '=', ruleId), eb('subject', '=', subjectOf(fact.activity))]),
        ]),
      )
      .executeTakeFirst();
    const window = capWindowFor(fact);
    const inWindow = window
      ? await this.db
          .selectFrom('gamification_ledger')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('points'), sql<string>`0`).as('p'))
          .where('user_id', '=', userId)
          .where('rule_id', '=', ruleId)
          .where('awarded_at', '>=', window.from)
          .where('awarded_at', '<', window.to)
          .executeTakeFirstOrThrow()
      : { p: '0' };

    const ruleCounts: Partial<Record<RuleId, number>> = {};
    for (const c of counts) ruleCounts[c.rule_id as RuleId] = Number(c.n);
    return {
      state: {
        userId,
        points: counts.reduce((sum, c) => sum + Number(c.p), 0),
        level: player.level,
        badges: badges.map((b) => b.badge as BadgeId),
        ruleCounts,
        learningDays: days.map((d) => d.day).sort(),
      },
      context: { alreadyAwarded: already !== undefined, pointsInWindow: Number(inWindow.p) },
    };
  }

  async saveAward(award: {
    userId: string;
    entry: LedgerEntry | null;
    newBadges: readonly BadgeId[];
    level: number;
    at: Date;
  }): Promise<void> {
    const { entry } = award;
    if (entry)
      await this.db
        .insertInto('gamification_ledger')
        .values({
          id: this.ids.next(),
          user_id: entry.userId,
          rule_id: entry.ruleId,
          subject: entry.subject,
          points: entry.points,
          event_id: entry.eventId,
          awarded_at: entry.awardedAt,
        })
        .execute();
    if (award.newBadges.length > 0)
      await this.db
        .insertInto('gamification_badges')
        .values(award.newBadges.map((badge) => ({ user_id: award.userId, badge, earned_at: award.at })))
        .onConflict((oc) => oc.columns(['user_id', 'badge']).doNothing())
        .execute();
    await this.db
      .insertInto('gamification_players')
      .values({ user_id: award.userId, level: award.level, updated_at: award.at })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          level: sql<number>`greatest(gamification_players.level, excluded.level)`,
          updated_at: award.at,
        }),
      )
      .execute();
  }

  async pointsOf(userId: string, window?: { from: Date; to: Date }): Promise<number> {
    let query = this.db
      .selectFrom('gamification_ledger')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('points'), sql<string>`0`).as('p'))
      .where('user_id', '=', userId);
    if (window) query = query.where('awarded_at', '>=', window.from).where('awarded_at', '<', window.to);
    const { p } = await query.executeTakeFirstOrThrow();
    return Number(p);
  }
}
