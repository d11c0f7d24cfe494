import type { SecretReader } from './transport/ports';

/** A secret's value, read on first use and kept for the life of the process. */
export interface SecretSource<T> {
  get(): Promise<T>;
  /** The next `get()` reads the secret again (after a rotation). */
  forget(): void;
  close(): void;
}

/**
 * The SecretString of a Secrets Manager secret, turned into `T` by `parse`, read through `secrets`
 * on the first `get()` and kept until `forget()`. A failed read or parse is not kept: the next
 * `get()` tries again. `parse` names the rule a bad value breaks, never the value. `close()` closes
 * the reader when it has a `close()` (a reader made for this source: `sdkSecretReader`).
 */
export function secretSource<T>(secretArn: string, parse: (secretString: string) => T, secrets: SecretReader & { close?(): void }): SecretSource<T> {
  let cached: Promise<T> | undefined;
  const read = async (): Promise<T> => parse((await secrets.secretString(secretArn)) ?? '');
  return {
    get() {
      cached ??= read().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
    forget() {
      cached = undefined;
    },
    close() {
      secrets.close?.();
    },
  };
}
