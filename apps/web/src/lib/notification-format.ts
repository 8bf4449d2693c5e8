import type { RouterOutputs } from './router-types';

export type NotificationCategory = RouterOutputs['notifications']['preferences'][number]['category'];

/** How each category is named on the preferences page, and what it covers. */
export const notificationCategoryText: Record<NotificationCategory, { label: string; description: string }> =
  {
    recruiting: {
      label: 'Applications and hiring',
      description: 'Steps on your applications, and new applicants to your company’s jobs.',
    },
    learning: {
      label: 'Learning',
      description: 'Courses you complete and the certificates you earn.',
    },
    challenges: {
      label: 'Coding challenges',
      description: 'The verdict on each solution you submit.',
    },
    achievements: {
      label: 'Achievements',
      description: 'Badges you earn and levels you reach.',
    },
    network: {
      label: 'Connections and messages',
      description: 'Connection requests, accepted connections and direct messages.',
    },
    billing: {
      label: 'Billing',
      description: 'Payments, failed charges and changes to your plan.',
    },
    account: {
      label: 'Account',
      description: 'Security and other news about your account.',
    },
  };
