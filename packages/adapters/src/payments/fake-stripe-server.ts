import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';

/** One request as the fake received it: the form body decoded into Stripe's nested parameters. */
export interface RecordedStripeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: FormValue;
  readonly form: FormValue;
  readonly idempotencyKey: string | undefined;
  readonly authorization: string | undefined;
}

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * For tests only: a local HTTP server playing the Stripe endpoints StripePaymentGateway calls
 * (customers, prices by lookup_key, Checkout and portal sessions, subscription updates). It records
 * every request and answers a repeated Idempotency-Key with the first response, as Stripe does.
 */
export class FakeStripeServer {
  readonly requests: RecordedStripeRequest[] = [];
  readonly subscriptions = new Map<string, Stripe.Subscription>();
  readonly prices: Array<{ id: string; lookup_key: string | null; active: boolean }> = [];
  private readonly replies = new Map<string, StoredResponse>();
  private readonly failures = new Map<string, StoredResponse>();
  private readonly server: Server;
  private sequence = 0;

  private constructor() {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
  }

  static async start(): Promise<FakeStripeServer> {
    const fake = new FakeStripeServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The origin to give StripePaymentGateway as `apiBase`. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The recorded requests to one path (e.g. `POST /v1/customers`). */
  requestsTo(methodAndPath: string): RecordedStripeRequest[] {
    return this.requests.filter((request) => `${request.method} ${request.path}` === methodAndPath);
  }

  /**
   * Answers every request to `methodAndPath` with Stripe's error of `type` until cleared
   * (`failWith(route, null)`); a failure is not kept for an Idempotency-Key.
   */
  failWith(
    methodAndPath: string,
    failure: { status: number; type: string; code?: string; message?: string } | null,
  ): void {
    if (!failure) {
      this.failures.delete(methodAndPath);
      return;
    }
    const { status, ...error } = failure;
    this.failures.set(methodAndPath, {
      status,
      body: { error: { message: `Scripted ${error.type}`, ...error } },
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const request: RecordedStripeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: decodeForm(url.searchParams),
      form: decodeForm(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      idempotencyKey: header('idempotency-key'),
      authorization: header('authorization'),
    };
    this.requests.push(request);
    const failure = this.failures.get(`${request.method} ${request.path}`);
    if (failure) {
      res.writeHead(failure.status, {
        'content-type': 'application/json',
        'request-id': `req_${++this.sequence}`,
      });
      res.end(JSON.stringify(failure.body));
      return;
    }
    const replayKey = request.idempotencyKey && `${request.method} ${request.path} ${request.idempotencyKey}`;
    const replay = replayKey ? this.replies.get(replayKey) : undefined;
    const reply = replay ?? this.route(request);
    if (replayKey && !replay) this.replies.set(replayKey, reply);
    res.writeHead(reply.status, {
      'content-type': 'application/json',
      'request-id': `req_${++this.sequence}`,
      ...(replay ? { 'idempotent-replayed': 'true' } : {}),
    });
    res.end(JSON.stringify(reply.body));
  }

  private route(request: RecordedStripeRequest): StoredResponse {
    const form = request.form as Record<string, FormValue>;
    const route = `${request.method} ${request.path}`;
    if (route === 'POST /v1/customers') {
      const id = this.nextId('cus');
      return created({ id, object: 'customer', email: form.email ?? null, metadata: form.metadata ?? {} });
    }
    if (route === 'GET /v1/prices') {
      const keys = asList((request.query as Record<string, FormValue>).lookup_keys);
      const data = this.prices.filter((price) => price.active && keys.includes(price.lookup_key ?? ''));
      return created({ object: 'list', url: '/v1/prices', has_more: false, data });
    }
    if (route === 'POST /v1/checkout/sessions') {
      const id = this.nextId('cs_test');
      return created({
        id,
        object: 'checkout.session',
        mode: form.mode,
        customer: form.customer ?? null,
        customer_email: form.customer_email ?? null,
        client_reference_id: form.client_reference_id ?? null,
        metadata: form.metadata ?? {},
        success_url: form.success_url,
        cancel_url: form.cancel_url,
        status: 'open',
        url: `https://checkout.stripe.test/c/pay/${id}`,
      });
    }
    if (route === 'POST /v1/billing_portal/sessions') {
      const id = this.nextId('bps');
      return created({
        id,
        object: 'billing_portal.session',
        customer: form.customer,
        return_url: form.return_url,
        url: `https://billing.stripe.test/p/session/${id}`,
      });
    }
    const subscriptionId = /^\/v1\/subscriptions\/([^/]+)$/.exec(request.path)?.[1];
    if (request.method === 'POST' && subscriptionId) {
      const subscription = this.subscriptions.get(subscriptionId);
      if (!subscription) return missing('subscription', subscriptionId);
      const cancel = form.cancel_at_period_end;
      const updated: Stripe.Subscription =
        cancel === undefined
          ? subscription
          : {
              ...subscription,
              cancel_at_period_end: cancel === 'true',
              canceled_at: cancel === 'true' ? Math.floor(Date.now() / 1000) : null,
            };
      this.subscriptions.set(subscriptionId, updated);
      return created(updated);
    }
    return {
      status: 404,
      body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${route})` } },
    };
  }

  private nextId(prefix: string): string {
    return `${prefix}_${String(++this.sequence).padStart(6, '0')}`;
  }
}

const created = (body: unknown): StoredResponse => ({ status: 200, body });

const missing = (resource: string, id: string): StoredResponse => ({
  status: 404,
  body: {
    error: {
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'id',
      message: `No such ${resource}: '${id}'`,
    },
  },
});

function asList(value: FormValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return (Array.isArray(value) ? value : Object.values(value)).filter(
    (v): v is string => typeof v === 'string',
  );
}

/** `a[b][0][c]=x` → `{a: {b: [{c: 'x'}]}}`, the way Stripe reads its form parameters. */
export function decodeForm(params: URLSearchParams): FormValue {
  const root: { [key: string]: FormValue } = {};
  for (const [key, value] of params) {
    const path = key.replace(/\]/g, '').split('[');
    let node: { [key: string]: FormValue } = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value;
        return;
      }
      node[part] ??= {};
      node = node[part] as { [key: string]: FormValue };
    });
  }
  return arraysFromIndexes(root);
}

function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arraysFromIndexes(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
