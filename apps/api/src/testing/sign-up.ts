import { WireClient } from './test-server';

export const TEST_PASSWORD = 'correct horse battery staple';

let registered = 0;

/** Registers a fresh account of `role` over the wire and returns a client signed in as it. */
export async function signUp(
  server: { readonly baseUrl: string },
  role: 'jobseeker' | 'employer' | 'instructor',
  name: string,
): Promise<WireClient> {
  const client = new WireClient(server.baseUrl);
  const email = `${role}${Date.now()}${registered++}@example.com`;
  const res = await client.call('mutation', 'auth.register', { email, password: TEST_PASSWORD, name, role });
  client.accessToken = res.body.result?.data.accessToken;
  return client;
}
