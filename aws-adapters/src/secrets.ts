import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** A secret's value, read on first use and kept for the life of the process. */
export interface SecretSource<T> {
  get(): Promise<T>;
  /** The next `get()` reads the secret again (after a rotation). */
  forget(): void;
  close(): void;
}

/**
 * The SecretString of a Secrets Manager secret, turned into `T` by `parse`, read on the first
 * `get()` and kept until `forget()`. A failed read or parse is not kept: the next `get()` tries
 * again. `parse` names the rule a bad value breaks, never the value; the client is made on first
 * use unless one is given (and only a client made here is destroyed by `close()`).
 */
export function secretSource<T>(secretArn: string, parse: (secretString: string) => T, options: { region: string; client?: SecretsManagerClient }): SecretSource<T> {
  let client = options.client;
  let cached: Promise<T> | undefined;
  const read = async (): Promise<T> => {
    client ??= new SecretsManagerClient({ region: options.region });
    const result = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    return parse(result.SecretString ?? '');
  };
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
      if (!options.client) client?.destroy();
    },
  };
}
