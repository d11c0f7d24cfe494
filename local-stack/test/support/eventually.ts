/**
 * Resolves with the first truthy value of `probe`, checking every `intervalMs`; rejects after
 * `timeoutMs` with `what`. For outcomes that only show in stored state (a status in DynamoDB, an
 * object in S3) and have no event to await.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
