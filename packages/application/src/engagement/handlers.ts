import type { EventHandler } from '../shared/event-handler';
import { achievementNotifications } from './achievement-notifications.handler';
import { billingNotifications } from './billing-notifications.handler';
import { challengeNotifications } from './challenge-notifications.handler';
import { learningNotifications } from './learning-notifications.handler';
import { networkNotifications } from './network-notifications.handler';
import { deliveringNotifications } from './notification-delivery';
import { recruitingNotifications } from './recruiting-notifications.handler';
import { welcomeNewUser } from './welcome-new-user.handler';

/** The notification consumer's handlers, each writing through the inbox's rules (preferences, live push). */
const notificationHandlers = [
  welcomeNewUser,
  recruitingNotifications,
  learningNotifications,
  billingNotifications,
  challengeNotifications,
  achievementNotifications,
  networkNotifications,
].map(deliveringNotifications);

/** Every engagement consumer the worker runs; a new handler is registered here. */
export const engagementHandlers: readonly EventHandler[] = [...notificationHandlers];
