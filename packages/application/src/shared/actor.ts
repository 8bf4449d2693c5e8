import type { UserRole } from '@talentsphere/domain/identity';

/** The signed-in user a use case acts for; always passed explicitly. */
export interface Actor {
  readonly userId: string;
  readonly role: UserRole;
}
