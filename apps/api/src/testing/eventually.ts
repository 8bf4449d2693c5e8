/**
 * Reads until `done` accepts the value, every 100 ms, for effects the worker applies after the
 * request returned; the last read is returned either way, so the assertion shows what was there.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  attempts = 50,
): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}
