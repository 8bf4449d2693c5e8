import type { NotificationCategory } from './notification-categories';

export interface NotificationView {
  readonly id: string;
  /** The notification's number in its person's inbox: increasing in commit order, the stream's cursor. */
  readonly seq: number;
  readonly category: NotificationCategory;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** A person's in-app notifications: the read side, the read marks and the category choices. */
export interface NotificationInbox {
  /** Newest first. */
  list(userId: string, options: { limit: number; unreadOnly: boolean }): Promise<NotificationView[]>;
  /** Those numbered above `afterSeq`, oldest first: what a reconnecting stream missed. */
  listAfter(userId: string, afterSeq: number, limit: number): Promise<NotificationView[]>;
  /** The highest number the person's inbox has given (0 before the first). */
  lastSeq(userId: string): Promise<number>;
  unreadCount(userId: string): Promise<number>;
  /** Marks the given ones (or all, when `ids` is null) read; only the user's own. */
  markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number>;
  /** The categories the person switched off. */
  mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>>;
  setMuted(userId: string, category: NotificationCategory, muted: boolean, at: Date): Promise<void>;
}
