import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MAX_LENGTH, registerUser, USER_ROLES, userFromSnapshot } from './user';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const input = {
  id: '0190f0f0-0000-7000-8000-000000000001',
  email: ' Ada@Example.com ',
  name: '  Ada   Lovelace ',
  role: 'jobseeker' as const,
  passwordHash: 'stored-hash',
};

describe('registerUser', () => {
  it('Given valid input, When registering, Then the user is normalised and stamped with now', () => {
    const { state } = registerUser(input, { now: NOW })._unsafeUnwrap();
    expect(state).toEqual({
      id: input.id,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      role: 'jobseeker',
      passwordHash: 'stored-hash',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('Given valid input, When registering, Then exactly one auth.user.registered event carries the public fields', () => {
    const { events } = registerUser(input, { now: NOW })._unsafeUnwrap();
    expect(events).toEqual([
      {
        type: 'auth.user.registered',
        data: { userId: input.id, email: 'ada@example.com', name: 'Ada Lovelace', role: 'jobseeker' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('stored-hash');
  });

  it('Given a bad email, When registering, Then it fails on the email field', () => {
    expect(registerUser({ ...input, email: 'nope' }, { now: NOW })._unsafeUnwrapErr().fields).toHaveProperty(
      'email',
    );
  });

  it.each([
    ['   ', 'Enter your name.'],
    ['x'.repeat(NAME_MAX_LENGTH + 1), 'Use at most 100 characters.'],
  ])('Given the name %j, When registering, Then it fails with %j on the name field', (name, message) => {
    const error = registerUser({ ...input, name }, { now: NOW })._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'Validation', fields: { name: message } });
  });

  it('Property: any valid registration emits exactly one event whose data matches the state', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.emailAddress(),
        fc.string({ minLength: 1, maxLength: NAME_MAX_LENGTH }),
        fc.constantFrom(...USER_ROLES),
        (id, email, name, role) => {
          const result = registerUser({ id, email, name, role, passwordHash: 'h' }, { now: NOW });
          fc.pre(result.isOk());
          const { state, events } = result._unsafeUnwrap();
          expect(events).toHaveLength(1);
          expect(events[0]).toEqual({
            type: 'auth.user.registered',
            data: { userId: state.id, email: state.email, name: state.name, role: state.role },
          });
        },
      ),
    );
  });
});

describe('userFromSnapshot', () => {
  it('Given a stored row, When rehydrated, Then it is returned as is', () => {
    const { state } = registerUser(input, { now: NOW })._unsafeUnwrap();
    expect(userFromSnapshot({ ...state })).toEqual(state);
  });
});
