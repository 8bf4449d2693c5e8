// Lists, shows and replays the messages consumers gave up on (after their retries). Usage:
//   pnpm dead-letters [list] [--consumer notification] [--limit 20]
//   pnpm dead-letters show <consumer> <messageId>
//   pnpm dead-letters replay <consumer> <messageId>
// Full mode (DATABASE_URL set, as for the api): the `<consumer>.dlq` queues on AMQP_URL, with the
// worker's AMQP_QUEUE_PREFIX. Embedded mode: the `dead_letters` table of the PGlite files in DATA_DIR;
// stop the api first (PGlite has one process at a time), the replayed message runs when it starts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type DeadLetter,
  type DeadLetterAdmin,
  KyselyDeadLetters,
  RabbitMqDeadLetters,
} from '@talentsphere/adapters/messaging';
import { openDatabase } from '@talentsphere/adapters/persistence';
import { loadConfigOrExit } from '@talentsphere/api/config';
import { workerConfigSchema } from '@talentsphere/worker/worker-config';
import { workerConsumerNames } from '@talentsphere/worker/worker-consumers';

const USAGE = `Usage:
  pnpm dead-letters [list] [--consumer <name>] [--limit <n>]
  pnpm dead-letters show <consumer> <messageId>
  pnpm dead-letters replay <consumer> <messageId>`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { consumer: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean' } },
});
const [command = 'list', consumer, messageId] = positionals;
const limit = Number(values.limit ?? 20);
if (
  values.help ||
  !['list', 'show', 'replay'].includes(command) ||
  (command !== 'list' && (!consumer || !messageId)) ||
  !Number.isInteger(limit) ||
  limit < 1
) {
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfigOrExit();
const { admin, close } = openAdmin();
try {
  if (command === 'list') {
    for (const listing of await admin.list({ consumer: values.consumer, limit })) {
      console.log(`${listing.consumer}: ${listing.total} dead letter${listing.total === 1 ? '' : 's'}`);
      for (const letter of listing.letters) console.log(`  ${summary(letter)}`);
      if (listing.total > listing.letters.length)
        console.log(`  … ${listing.total - listing.letters.length} more (--limit)`);
    }
  } else if (command === 'show') {
    const letter = await admin.show(consumer!, messageId!);
    if (letter) console.log(JSON.stringify(letter, null, 2));
    else notFound();
  } else if (await admin.replay(consumer!, messageId!)) {
    console.log(
      config.mode === 'full'
        ? `Replayed ${messageId} to ${consumer}`
        : `Replayed ${messageId}: back in the outbox, dispatched when the api runs`,
    );
  } else {
    notFound();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await admin.close();
  await close();
}

function openAdmin(): { admin: DeadLetterAdmin; close: () => Promise<void> } {
  if (config.mode === 'full') {
    const prefix = workerConfigSchema.shape.AMQP_QUEUE_PREFIX.safeParse(process.env.AMQP_QUEUE_PREFIX);
    if (!prefix.success) fail(`AMQP_QUEUE_PREFIX ${prefix.error.issues[0]?.message}`);
    const admin = new RabbitMqDeadLetters({
      url: config.AMQP_URL!,
      queuePrefix: prefix.data,
      consumers: workerConsumerNames(),
    });
    return { admin, close: async () => undefined };
  }
  const dataDir = path.join(config.DATA_DIR, 'pglite');
  if (!existsSync(dataDir)) fail(`No embedded database in ${dataDir} (DATA_DIR)`);
  const database = openDatabase({ kind: 'pglite', dataDir });
  return { admin: new KyselyDeadLetters(database.db), close: () => database.close() };
}

function summary(letter: DeadLetter): string {
  const failed = letter.failedAt ? letter.failedAt.toISOString() : 'unknown time';
  return `${letter.messageId}  ${letter.eventType}  ${letter.attempts} attempts  failed ${failed}  ${letter.error}`;
}

function notFound(): void {
  console.error(`No dead letter ${messageId} for ${consumer}`);
  process.exitCode = 1;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
