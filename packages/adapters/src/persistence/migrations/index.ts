import type { Migration } from 'kysely';
import * as m0001 from './2026-11-27-0001-identity-messaging';
import * as m0002deadLetters from './2026-11-27-0002-dead-letters';
import * as m0003recruiting from './2026-11-27-0003-recruiting';
import * as m0004sessionMaxAge from './2026-11-27-0004-session-max-age';
import * as m0005learning from './2026-11-27-0005-learning';
import * as m0006challenges from './2026-11-27-0006-challenges';
import * as m0007billing from './2026-11-27-0007-billing';
import * as m0008localPayments from './2026-11-27-0008-local-payments';
import * as m0009gamification from './2026-11-27-0009-gamification';
import * as m0010notificationPreferences from './2026-11-27-0010-notification-preferences';
import * as m0011analytics from './2026-11-27-0011-analytics';
import * as m0012profiles from './2026-11-27-0012-profiles';
import * as m0013networking from './2026-11-27-0013-networking';
import * as m0014localPaymentDelivery from './2026-11-27-0014-local-payment-delivery';

/** All migrations in order; names sort by date so a new one goes last. */
export const migrations: Record<string, Migration> = {
  '2026-11-27-0001-identity-messaging': m0001,
  '2026-11-27-0002-dead-letters': m0002deadLetters,
  '2026-11-27-0003-recruiting': m0003recruiting,
  '2026-11-27-0004-session-max-age': m0004sessionMaxAge,
  '2026-11-27-0005-learning': m0005learning,
  '2026-11-27-0006-challenges': m0006challenges,
  '2026-11-27-0007-billing': m0007billing,
  '2026-11-27-0008-local-payments': m0008localPayments,
  '2026-11-27-0009-gamification': m0009gamification,
  '2026-11-27-0010-notification-preferences': m0010notificationPreferences,
  '2026-11-27-0011-analytics': m0011analytics,
  '2026-11-27-0012-profiles': m0012profiles,
  '2026-11-27-0013-networking': m0013networking,
  '2026-11-27-0014-local-payment-delivery': m0014localPaymentDelivery,
};
