import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdkSecretReader, secretSource, type SecretSource } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

export interface SmtpCredentials {
  username: string;
  password: string;
}

/** Reads the SMTP credentials; `forget()` makes the next `get()` read the secret again (after rotation). */
export type SmtpCredentialsSource = SecretSource<SmtpCredentials>;

const SecretSchema = z.object({ username: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) });

/**
 * SMTP credentials from a Secrets Manager secret holding `{"username": "...", "password": "..."}`,
 * read at run time on first use and kept until `forget()`. Errors name the secret, never its value.
 */
export function smtpCredentialsFromSecret(
  secretArn: string,
  options: { region: string; client?: SecretsManagerClient },
): SmtpCredentialsSource {
  return secretSource(
    secretArn,
    (secretString) => {
      let json: unknown;
      try {
        json = JSON.parse(secretString);
      } catch {
        throw new Error(`secret ${secretArn} (SMTP_CREDENTIALS_SECRET_ARN) is not JSON`);
      }
      const parsed = SecretSchema.safeParse(json);
      if (!parsed.success) {
        throw new Error(`secret ${secretArn} (SMTP_CREDENTIALS_SECRET_ARN) must hold {"username","password"} as non-empty strings`);
      }
      return parsed.data;
    },
    sdkSecretReader(options),
  );
}
