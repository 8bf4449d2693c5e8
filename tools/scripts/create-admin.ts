// Creates an admin account (admins cannot sign up). Usage:
//   pnpm admin:create --email ops@example.com --name "Ops Admin"   (password from ADMIN_PASSWORD or a prompt)
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@talentsphere/api/config';
import { createApiRuntime } from '@talentsphere/api/container';
import pino from 'pino';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error(
    'Usage: pnpm admin:create --email <email> --name "<name>"  (password: ADMIN_PASSWORD or prompt)',
  );
  process.exit(2);
}

const password = process.env.ADMIN_PASSWORD ?? (await prompt('Password for the new admin: '));
const runtime = await createApiRuntime(loadConfigOrExit(), pino({ level: 'warn' }));
try {
  const result = await runtime.services.createAdmin.execute(
    { email: values.email, name: values.name, password },
    'cli:admin:create',
  );
  if (result.isErr()) {
    console.error(`Could not create the admin: ${result.error.message}`);
    process.exitCode = 1;
  } else {
    console.log(`Admin created: ${result.value.email} (${result.value.id})`);
  }
} finally {
  await runtime.close();
}

/** Asks without echoing what is typed. */
async function prompt(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}
