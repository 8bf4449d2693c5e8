import { err, ok, type Result } from 'neverthrow';
import { type AppError, type DomainEvent, validation } from '../shared';
import { type Email, parseEmail } from './email';

export const USER_ROLES = ['jobseeker', 'employer', 'instructor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
/** Roles anyone may pick at sign-up; `admin` is created by an operator command only. */
export const SELF_REGISTRATION_ROLES = [
  'jobseeker',
  'employer',
  'instructor',
] as const satisfies readonly UserRole[];
export type SelfRegistrationRole = (typeof SELF_REGISTRATION_ROLES)[number];

export const NAME_MAX_LENGTH = 100;

export interface User {
  readonly id: string;
  readonly email: Email;
  readonly name: string;
  readonly role: UserRole;
  readonly passwordHash: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type UserRegistered = DomainEvent<
  'auth.user.registered',
  { userId: string; email: string; name: string; role: UserRole }
>;

export interface RegisterUserInput {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly passwordHash: string;
}

export function normaliseName(raw: string): Result<string, AppError> {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) return err(nameError('Enter your name.'));
  if (name.length > NAME_MAX_LENGTH) return err(nameError(`Use at most ${NAME_MAX_LENGTH} characters.`));
  return ok(name);
}

const nameError = (message: string) => validation('VALIDATION', message, { fields: { name: message } });

/** Creates a user. The password is already hashed: hashing is I/O-bound work for the application. */
export function registerUser(
  input: RegisterUserInput,
  { now }: { now: Date },
): Result<{ state: User; events: [UserRegistered] }, AppError> {
  return parseEmail(input.email).andThen((email) =>
    normaliseName(input.name).map((name) => {
      const state: User = {
        id: input.id,
        email,
        name,
        role: input.role,
        passwordHash: input.passwordHash,
        createdAt: now,
        updatedAt: now,
      };
      const event: UserRegistered = {
        type: 'auth.user.registered',
        data: { userId: state.id, email: state.email, name: state.name, role: state.role },
      };
      return { state, events: [event] as [UserRegistered] };
    }),
  );
}

/** Rehydrates a stored row; no rules re-run and no events. */
export function userFromSnapshot(snapshot: Omit<User, 'email'> & { email: string }): User {
  return { ...snapshot, email: snapshot.email as Email };
}
