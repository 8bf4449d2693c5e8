import { type AppError, validation } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';

/** What a notification is about; each person chooses per category whether it reaches their inbox. */
export const NOTIFICATION_CATEGORIES = [
  'recruiting',
  'learning',
  'challenges',
  'achievements',
  'network',
  'billing',
  'account',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/**
 * Categories a person may switch off. Account (security, welcome) and billing (a failed payment
 * ends a plan) always arrive: missing one of those costs the person more than the noise.
 */
const SWITCHABLE: ReadonlySet<NotificationCategory> = new Set([
  'recruiting',
  'learning',
  'challenges',
  'achievements',
  'network',
]);

export const isSwitchable = (category: NotificationCategory): boolean => SWITCHABLE.has(category);

export const notificationErrors = {
  alwaysOn: (category: NotificationCategory): AppError =>
    validation('NOTIFICATION_001', `${category} notifications cannot be switched off`, {
      fields: { category: 'This category is always on' },
    }),
};

/** Whether `category` may be set to `inApp`: switching on is always allowed, off only where switchable. */
export function checkPreference(category: NotificationCategory, inApp: boolean): Result<void, AppError> {
  return inApp || isSwitchable(category) ? ok(undefined) : err(notificationErrors.alwaysOn(category));
}
