import type { EventHandler } from '../shared/event-handler';
import { billingNotifications } from './billing-notifications.handler';
import { learningNotifications } from './learning-notifications.handler';
import { recruitingNotifications } from './recruiting-notifications.handler';
import { welcomeNewUser } from './welcome-new-user.handler';

/** Every engagement consumer the worker runs; a new handler is registered here. */
export const engagementHandlers: readonly EventHandler[] = [
  welcomeNewUser,
  recruitingNotifications,
  learningNotifications,
  billingNotifications,
];
