import type {
  ActivityFact,
  AwardContext,
  BadgeId,
  LedgerEntry,
  PlayerState,
} from '@talentsphere/domain/engagement';

/** The gamification side of a transaction: the points ledger, badges and levels. */
export interface GamificationRepository {
  /**
   * The person's state and the ledger's answer for `fact`, with the person locked until the
   * transaction ends, so two awards for one person never read the same totals (caps, levels).
   * `learningDays` holds at least the 6 days either side of the fact's day. Null for a user who no
   * longer exists (deleted after the event).
   */
  lockPlayer(fact: ActivityFact): Promise<{ state: PlayerState; context: AwardContext } | null>;
  /**
   * Appends a ledger line, adds badges and raises the level. The ledger is unique per
   * (user, rule, subject) and per event: a line already there is a constraint violation.
   */
  saveAward(award: {
    readonly userId: string;
    readonly entry: LedgerEntry | null;
    readonly newBadges: readonly BadgeId[];
    readonly level: number;
    readonly at: Date;
  }): Promise<void>;
  /** The sum of the person's ledger, within [from, to) when given. */
  pointsOf(userId: string, window?: { readonly from: Date; readonly to: Date }): Promise<number>;
}
