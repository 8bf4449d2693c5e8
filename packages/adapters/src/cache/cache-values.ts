/** Both adapters refuse what Redis `SET … EX` would refuse, so a bad TTL fails in embedded mode too. */
export function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new RangeError(`Cache TTL must be a positive whole number of seconds, got ${ttlSeconds}`);
  }
}

export function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Cache values must be JSON values (undefined is not)');
  return json;
}
