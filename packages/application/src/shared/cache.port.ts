/** Cache-aside store. Keys follow `{context}:{entity}:{id}`; values are JSON. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
}

export const DEFAULT_CACHE_TTL_SECONDS = 300;

/**
 * A validated query as a key part: keys in a fixed order, lists sorted, absent fields left out, so
 * equal searches share one entry however they were written.
 */
export function canonicalQueryKey(input: object): string {
  const canonical = Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]),
  );
  return JSON.stringify(canonical);
}

/**
 * Reads through the cache: on a miss, loads, stores with the TTL and returns. Concurrent misses of one
 * key in this process share one load (no stampede on a cold key). A failing cache is skipped: the
 * read goes to the source instead of failing.
 */
export async function readThrough<T>(
  cache: Cache,
  key: string,
  load: () => Promise<T | undefined>,
  ttlSeconds = DEFAULT_CACHE_TTL_SECONDS,
): Promise<T | undefined> {
  const cached = await cache.get<T>(key).catch(() => undefined);
  if (cached !== undefined) return cached;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T | undefined>;
  const loading = (async () => {
    try {
      const loaded = await load();
      if (loaded !== undefined) await cache.set(key, loaded, ttlSeconds).catch(() => undefined);
      return loaded;
    } finally {
      inFlight.delete(key);
    }
  })();
  inFlight.set(key, loading);
  return loading;
}

const inFlight = new Map<string, Promise<unknown>>();

/** Longer than any entry lives, so a version is never forgotten while entries of it exist. */
const VERSION_TTL_SECONDS = 24 * 3600;
const versionKey = (key: string) => `${key}:version`;

/**
 * Reads through the cache under the current version of `key`: the entry `{key}:{version}`, or
 * `{key}:{version}:{entry}` for one of many entries sharing a version (the searches of a catalog).
 * Invalidating gives `key` a new version instead of deleting entries: a load that read the source
 * before a change and stores its answer after the invalidation stores it under the old version,
 * which is never read again.
 */
export async function readThroughVersioned<T>(
  cache: Cache,
  key: string,
  load: () => Promise<T | undefined>,
  options: { entry?: string; ttlSeconds?: number } = {},
): Promise<T | undefined> {
  // Read before loading: a load racing a change then lands under the version it started from.
  const version = (await cache.get<string>(versionKey(key)).catch(() => undefined)) ?? '0';
  const entryKey = options.entry === undefined ? `${key}:${version}` : `${key}:${version}:${options.entry}`;
  return readThrough(cache, entryKey, load, options.ttlSeconds);
}

/** Starts a new version of `key`; `version` must never have been used (a fresh id, not a clock reading). */
export function newVersion(cache: Cache, key: string, version: string): Promise<void> {
  return cache.set(versionKey(key), version, VERSION_TTL_SECONDS);
}
