import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, type WireClient } from './testing/test-server';

// The per-user cap on open live streams, over real server-sent event streams of the real server:
// one more than the cap is refused with a stable code, other users are not affected, and a stream
// that ends in any way gives its slot back.

interface SseEvent {
  /** `message` for data, else the protocol's name (connected, ping, serialized-error, return). */
  readonly event: string;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary event shapes
  readonly data: any;
}

interface OpenStream {
  /** The next event, or null once the server ended the stream. */
  next(): Promise<SseEvent | null>;
  /** Reads up to the first event that is not the protocol's `connected` or `ping`. */
  firstNews(): Promise<SseEvent | null>;
  close(): void;
}

async function openStream(
  baseUrl: string,
  client: WireClient,
  procedure: string,
  input?: unknown,
): Promise<OpenStream> {
  const url = new URL(`/trpc/${procedure}`, baseUrl);
  if (input !== undefined) url.searchParams.set('input', JSON.stringify(input));
  const leave = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', authorization: `Bearer ${client.accessToken}` },
    signal: leave.signal,
  });
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  const next = async (): Promise<SseEvent | null> => {
    while (!buffered.includes('\n\n')) {
      const chunk = await reader.read();
      if (chunk.done) return null;
      buffered += chunk.value;
    }
    const at = buffered.indexOf('\n\n');
    const lines = buffered.slice(0, at).split('\n');
    buffered = buffered.slice(at + 2);
    const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
    const data = lines
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length))
      .join('\n');
    return { event, data: data ? JSON.parse(data) : null };
  };
  return {
    next,
    async firstNews() {
      for (let event = await next(); event; event = await next())
        if (event.event !== 'connected' && event.event !== 'ping') return event;
      return null;
    },
    close: () => leave.abort(),
  };
}

describe('live streams per user through the real server', () => {
  let t: TestServer;
  let ana: WireClient;
  let ben: WireClient;
  let anaId: string;
  const opened: OpenStream[] = [];
  const open = async (client: WireClient, procedure: string, input?: unknown) => {
    const stream = await openStream(t.baseUrl, client, procedure, input);
    opened.push(stream);
    return stream;
  };
  const openForAna = () => t.runtime.services.liveStreams.openFor(anaId);

  beforeAll(async () => {
    t = await startTestServer();
    ana = await signUp(t, 'jobseeker', 'Ana Araújo');
    ben = await signUp(t, 'jobseeker', 'Ben Brown');
    anaId = (await ana.call('query', 'auth.me')).body.result?.data.id;
  });
  afterAll(async () => {
    for (const stream of opened) stream.close();
    await t?.close();
  });

  it('refuses one stream over the cap with TOO_MANY_LIVE_STREAMS, not other users, and again once one closes', async () => {
    const cap = t.runtime.services.liveStreams.perUser;
    expect(cap).toBe(12);
    // The cap counts every live procedure together.
    const streams = [await open(ana, 'notifications.updates', {})];
    for (let n = 1; n < cap; n++) {
      const pulses = await open(ana, 'network.pulseUpdates');
      expect(await pulses.firstNews()).toMatchObject({ event: 'message', data: { unreadMessages: 0 } });
      streams.push(pulses);
    }
    expect(openForAna()).toBe(cap);

    const refused = await open(ana, 'network.pulseUpdates');
    expect(await refused.firstNews()).toMatchObject({
      event: 'serialized-error',
      data: {
        data: {
          code: 'TOO_MANY_REQUESTS',
          httpStatus: 429,
          appCode: 'TOO_MANY_LIVE_STREAMS',
          path: 'network.pulseUpdates',
        },
      },
    });
    // The refusal ends its stream and takes no slot.
    expect(await refused.next()).toBeNull();
    expect(openForAna()).toBe(cap);

    const bens = await open(ben, 'network.pulseUpdates');
    expect(await bens.firstNews()).toMatchObject({ event: 'message', data: { unreadMessages: 0 } });

    // Closing a tab gives its slot back once the server sees the connection go.
    streams[0]!.close();
    await expect.poll(openForAna).toBe(cap - 1);
    const again = await open(ana, 'network.pulseUpdates');
    expect(await again.firstNews()).toMatchObject({ event: 'message', data: { unreadMessages: 0 } });
    expect(openForAna()).toBe(cap);
  });

  it('gives the slot of a stream the server ends with an error back', async () => {
    for (const stream of opened) stream.close();
    await expect.poll(openForAna).toBe(0);

    const unknown = await open(ana, 'challenges.submissionUpdates', {
      submissionId: '01900000-0000-7000-8000-000000000000',
    });

    expect(await unknown.firstNews()).toMatchObject({
      event: 'serialized-error',
      data: { data: { appCode: 'SUBMISSION_001' } },
    });
    await expect.poll(openForAna).toBe(0);
  });
});
