export interface NewNotification {
  readonly id: string;
  readonly userId: string;
  readonly category:
    | 'account'
    | 'learning'
    | 'challenges'
    | 'recruiting'
    | 'billing'
    | 'engagement'
    | 'network';
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
  readonly createdAt: Date;
}

export interface NotificationRepository {
  insert(notification: NewNotification): Promise<void>;
}
