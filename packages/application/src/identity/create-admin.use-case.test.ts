import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { CreateAdmin } from './create-admin.use-case';
import { Login } from './login.use-case';

const admin = { email: 'Root@Example.com', password: 'a long admin passphrase', name: 'Operator' };

describe('CreateAdmin', () => {
  let bed: IdentityTestbed;
  let createAdmin: CreateAdmin;
  beforeEach(() => {
    bed = new IdentityTestbed();
    createAdmin = new CreateAdmin(bed);
  });

  it('Given a new email, When an operator creates an admin, Then an admin user, its registered event and an audit row exist', async () => {
    const created = (await createAdmin.execute(admin, 'corr-admin'))._unsafeUnwrap();

    expect(created).toMatchObject({ email: 'root@example.com', name: 'Operator', role: 'admin' });
    expect(bed.db.tables.users.get(created.id)?.role).toBe('admin');
    expect(bed.db.tables.outbox).toMatchObject([
      {
        eventType: 'auth.user.registered',
        correlationId: 'corr-admin',
        data: { userId: created.id, role: 'admin' },
      },
    ]);
    expect(bed.db.tables.audit).toMatchObject([
      { action: 'admin.created', userId: created.id, ipAddress: null },
    ]);
    expect(JSON.stringify(bed.db.tables.audit)).not.toContain(admin.password);

    const session = await new Login(bed).execute(
      { email: admin.email, password: admin.password },
      { correlationId: 'corr-login', ipAddress: '127.0.0.1' },
    );
    expect(session._unsafeUnwrap().user.role).toBe('admin');
  });

  it('Given an existing email, When creating an admin with it, Then AUTH_003 and nothing is written', async () => {
    await createAdmin.execute(admin, 'corr-1');
    const before = bed.db.tables;

    expect(
      (await createAdmin.execute({ ...admin, name: 'Other' }, 'corr-2'))._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'Conflict',
      code: 'AUTH_003',
    });
    expect(bed.db.tables).toBe(before);
  });

  it('Given a weak password, When creating an admin, Then a Validation error on the password and no user', async () => {
    const error = (
      await createAdmin.execute({ ...admin, password: 'administrator' }, 'corr')
    )._unsafeUnwrapErr();
    expect(error.fields?.password).toMatch(/too common/);
    expect(bed.db.tables.users.size).toBe(0);
  });
});
