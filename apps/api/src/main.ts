import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import type { UnitOfWork } from '@talentsphere/application/shared';
import pino from 'pino';
import { loadConfigOrExit } from './config';
import { createApiRuntime, TOKENS } from './container';
import { DEMO_ACCOUNTS, seedDemoData, seedDemoLearningHistory } from './demo-data';
import { createEmbeddedWorker } from './embedded-worker';
import { createServer } from './server';
import { testClockControl } from './test-clock';

const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[REDACTED]',
    },
  });
  const runtime = await createApiRuntime(config, logger);

  // Embedded: one process also runs the worker loops, dispatching the outbox in-process.
  const worker =
    config.mode === 'embedded' ? createEmbeddedWorker(runtime, logger.child({ component: 'worker' })) : null;
  await worker?.start();

  const seeded = config.seedDemoData
    ? await seedDemoData(
        {
          db: runtime.database.db,
          ...runtime.services,
          challengeSeed: {
            uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
            clock: systemClock,
            ids: uuidV7Ids,
            runner: new IsolatedVmCodeRunner(runtime.sandbox),
            challenges: runtime.services.challenges,
          },
        },
        logger,
      )
    : 0;

  const server = await createServer({
    config,
    logger,
    services: runtime.services,
    readiness: runtime.readiness,
    outboxBacklog: runtime.outboxBacklog,
    payments: runtime.payments,
    testClock: testClockControl(runtime),
    webDistDir: WEB_DIST_DIR,
  });
  const address = await server.start();
  logger.info({ mode: config.mode, address }, 'TalentSphere is up');
  if (config.mode === 'embedded') printEmbeddedBanner(config.PORT, path.resolve(config.DATA_DIR), seeded > 0);
  // Not under test: the browser journeys share this process and its two cores.
  if (config.seedDemoData && config.NODE_ENV !== 'test') {
    const history = { db: runtime.database.db, outboxSignal: runtime.outboxSignal, cache: runtime.cache };
    seedDemoLearningHistory(history, logger).catch((error: unknown) =>
      logger.warn({ err: error }, 'demo learning history stopped'),
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.stop();
    await worker?.stop();
    await runtime.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

function printEmbeddedBanner(port: number, dataDir: string, seeded: boolean): void {
  const lines = [
    '',
    `  TalentSphere (embedded mode) → http://localhost:${port}`,
    `  data: ${dataDir}${seeded ? ' (demo data seeded)' : ''}`,
    '  demo accounts:',
    ...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(10)} ${a.email.padEnd(27)} ${a.password}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`TalentSphere failed to start: ${detail}\n`);
  process.exit(1);
});
