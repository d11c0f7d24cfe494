import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';

export interface SmtpCredentials {
  username: string;
  password: string;
}

/** Reads the SMTP credentials; `forget()` makes the next `get()` read the secret again (after rotation). */
export interface SmtpCredentialsSource {
  get(): Promise<SmtpCredentials>;
  forget(): void;
  close(): void;
}

const SecretSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });

/**
 * SMTP credentials from a Secrets Manager secret holding `{"username": "...", "password": "..."}`,
 * read at run time on first use and kept until `forget()`. Errors name the secret, never its value.
 */
export function smtpCredentialsFromSecret(
  secretArn: string,
  options: { region: string; client?: SecretsManagerClient },
): SmtpCredentialsSource {
  const client = options.client ?? new SecretsManagerClient({ region: options.region });
  let cached: Promise<SmtpCredentials> | undefined;

  const read = async (): Promise<SmtpCredentials> => {
    const result = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    let json: unknown;
    try {
      json = JSON.parse(result.SecretString ?? '');
    } catch {
      throw new Error(`secret ${secretArn} (SMTP_CREDENTIALS_SECRET_ARN) is not JSON`);
    }
    const parsed = SecretSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`secret ${secretArn} (SMTP_CREDENTIALS_SECRET_ARN) must hold {"username","password"} as non-empty strings`);
    }
    return parsed.data;
  };

  return {
    get() {
      // A failed read is not kept: the next send reads again.
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
      if (!options.client) client.destroy();
    },
  };
}
