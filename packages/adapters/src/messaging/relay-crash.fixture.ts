// A relay process for relay-crash.int.test.ts: it stops dead at CRASH_POINT and waits to be SIGKILLed.
import type { EventEnvelope } from '@talentsphere/application/events';
import pino from 'pino';
import { openDatabase } from '../persistence/database';
import { OutboxRelay } from './outbox-relay';
import { InProcessOutboxSignal } from './outbox-signal';
import { RabbitMqEventPublisher } from './rabbitmq-event-publisher';

const { DATABASE_URL, AMQP_URL, EXCHANGE, CRASH_POINT, LEASE_MS } = process.env;
if (!DATABASE_URL || !AMQP_URL || !EXCHANGE || !CRASH_POINT || !LEASE_MS)
  throw new Error('missing fixture env');

const logger = pino({ level: 'silent' });
const database = openDatabase({ kind: 'postgres', url: DATABASE_URL, poolSize: 2 });
const rabbit = new RabbitMqEventPublisher({ url: AMQP_URL, logger, exchange: EXCHANGE });
const hang = () => new Promise<never>(() => undefined);

const relay = new OutboxRelay({
  db: database.db,
  signal: new InProcessOutboxSignal(),
  logger,
  leaseMs: Number(LEASE_MS),
  publisher: {
    async publish(envelopes: readonly EventEnvelope[]) {
      if (CRASH_POINT === 'before-publish') {
        process.stdout.write('claimed\n');
        return hang();
      }
      await rabbit.publish(envelopes);
      process.stdout.write('confirmed\n');
      return hang();
    },
    close: () => rabbit.close(),
  },
});
await relay.relayOnce();
