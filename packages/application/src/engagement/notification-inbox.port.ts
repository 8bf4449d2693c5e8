export interface NotificationView {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** A person's in-app notifications: the read side and the read marks. */
export interface NotificationInbox {
  list(userId: string, options: { limit: number; unreadOnly: boolean }): Promise<NotificationView[]>;
  unreadCount(userId: string): Promise<number>;
  /** Marks the given ones (or all, when `ids` is null) read; only the user's own. */
  markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number>;
}
