import type { NotificationCategory } from './notification-categories';

export interface NewNotification {
  readonly id: string;
  readonly userId: string;
  readonly category: NotificationCategory;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
  readonly createdAt: Date;
}

/** The notifications side of a transaction (the worker's consumers write through it). */
export interface NotificationRepository {
  /**
   * Stores the notification under the next number of its person's inbox and answers that number, or
   * null when it was not stored (the person switched its category off). Numbers of one person
   * follow commit order: a transaction holds the person's counter until it commits, so a reader who
   * has seen number n has seen everything below n.
   */
  insert(notification: NewNotification): Promise<{ seq: number } | null>;
  /** The categories the person switched off (read in the transaction, so it sees a choice just made). */
  mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>>;
}
