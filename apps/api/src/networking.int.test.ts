import { uuidV7Ids } from '@talentsphere/adapters/system';
import { NETWORK_POLICY } from '@talentsphere/domain/networking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Networking through the real server, embedded mode with its in-process worker: authorisation on each
// mutation, the weekly cap and blocks over the wire, and a message reaching the recipient's open
// event stream after the worker announces it.

describe('networking through the real server', () => {
  let t: TestServer;
  let ana: WireClient;
  let ben: WireClient;
  let cal: WireClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    ana = await signUp(t, 'jobseeker', 'Ana Araújo');
    ben = await signUp(t, 'employer', 'Ben Brown');
    cal = await signUp(t, 'jobseeker', 'Cal Chen');
    for (const [name, client] of Object.entries({ ana, ben, cal }))
      ids[name] = (await client.call('query', 'auth.me')).body.result?.data.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses every networking call without a session', async () => {
    const anonymous = new WireClient(t.baseUrl);
    expect((await anonymous.call('query', 'network.overview')).status).toBe(401);
    expect((await anonymous.call('mutation', 'network.request', { userId: ids.ben })).status).toBe(401);
  });

  it('lets only the recipient accept a request, then the two message each other and the recipient sees it live', async () => {
    const requested = await ana.call('mutation', 'network.request', { userId: ids.ben });
    const connectionId = requested.body.result?.data.connectionId;
    expect(connectionId).toEqual(expect.any(String));

    const byRequester = await ana.call('mutation', 'network.answer', { connectionId, answer: 'accept' });
    expect([byRequester.status, byRequester.body.error?.data.appCode]).toEqual([403, 'NETWORK_002']);
    const byStranger = await cal.call('mutation', 'network.answer', { connectionId, answer: 'accept' });
    expect([byStranger.status, byStranger.body.error?.data.appCode]).toEqual([404, 'NETWORK_001']);
    const accepted = await ben.call('mutation', 'network.answer', { connectionId, answer: 'accept' });
    expect(accepted.body.result?.data.status).toBe('accepted');

    const stream = ben.subscribe<{ unreadMessages: number }>(
      'network.pulseUpdates',
      {},
      (p) => p.unreadMessages > 0,
    );
    // The first pulse (nothing unread) is read before the message is sent, so the second one is news.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = await ana.call('mutation', 'network.send', { recipientId: ids.ben, body: 'Hello Ben!' });
    expect(sent.status).toBe(200);
    const pulses = await stream;
    expect(pulses.at(0)?.unreadMessages).toBe(0);
    expect(pulses.at(-1)?.unreadMessages).toBe(1);

    const conversation = await ben.call('query', 'network.conversation', {
      conversationId: sent.body.result?.data.conversationId,
    });
    expect(conversation.body.result?.data.messages.map((m: { body: string }) => m.body)).toEqual([
      'Hello Ben!',
    ]);
    const peek = await cal.call('query', 'network.conversation', {
      conversationId: sent.body.result?.data.conversationId,
    });
    expect(peek.body.error?.data.appCode).toBe('NETWORK_001');
  });

  it('answers a too-long message with NETWORK_009 on the body field, not a server error', async () => {
    const long = await cal.call('mutation', 'network.send', {
      recipientId: ids.ana,
      body: 'x'.repeat(NETWORK_POLICY.messageRequestMaxLength + 1),
    });
    expect([long.status, long.body.error?.data.appCode]).toEqual([400, 'NETWORK_009']);
    expect(long.body.error?.data.fields?.body).toEqual(expect.any(String));
  });

  it('blocks: the blocked person can neither request nor message the blocker, and the connection is gone', async () => {
    const blocked = await ben.call('mutation', 'network.block', { userId: ids.ana });
    expect(blocked.status).toBe(200);
    const request = await ana.call('mutation', 'network.request', { userId: ids.ben });
    expect([request.status, request.body.error?.data.appCode]).toEqual([403, 'NETWORK_006']);
    const message = await ana.call('mutation', 'network.send', { recipientId: ids.ben, body: 'Why?' });
    expect(message.body.error?.data.appCode).toBe('NETWORK_006');
    expect((await ana.call('query', 'network.overview')).body.result?.data.connections).toEqual([]);
    expect((await ben.call('query', 'network.overview')).body.result?.data.blocked).toEqual([
      { userId: ids.ana, name: 'Ana Araújo' },
    ]);
  });

  it('holds the weekly cap: the request past it is 429 NETWORK_005 with a retry time', async () => {
    // People to ask, stored directly: sign-ups over the wire are rate limited per address.
    const now = new Date();
    const people = Array.from({ length: NETWORK_POLICY.weeklyRequestCap + 1 }, (_, i) => ({
      id: uuidV7Ids.next(),
      email: `cap-${i}-${Date.now()}@example.com`,
      name: `Person ${i}`,
      role: 'jobseeker' as const,
      password_hash: 'not-a-hash',
      created_at: now,
      updated_at: now,
    }));
    await t.runtime.database.db.insertInto('users').values(people).execute();
    for (const person of people.slice(0, -1)) {
      const sent = await cal.call('mutation', 'network.request', { userId: person.id });
      expect(sent.status).toBe(200);
    }
    const over = await cal.call('mutation', 'network.request', { userId: people.at(-1)?.id });
    expect([over.status, over.body.error?.data.appCode]).toEqual([429, 'NETWORK_005']);
    expect(over.body.error?.data.retryAfterSeconds).toBeGreaterThan(0);
  });
});
