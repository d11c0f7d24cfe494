import { DocumentLinkKeyError, parseDocumentLinkKeys, type DocumentLinkKeyRing } from '@checkout/domain';
import * as z from 'zod/mini';
import { envOptional } from '../config';
import { type SecretSource, secretSource } from '../secrets';
import type { SecretReader } from '../transport/ports';

/** The document link keys, read once and kept (the Lambdas: once per cold start). */
export type DocumentLinkKeySource = SecretSource<DocumentLinkKeyRing>;

/** The variables that say where the document link keys are; one of the two must be set. */
export const documentLinkKeysEnv = {
  /** The key ring itself, `id=base64url,...` (first signs): local runs and tests. */
  DOCUMENT_LINK_KEYS: envOptional(
    z.pipe(
      z.string(),
      z.transform((value, payload) => {
        try {
          return parseDocumentLinkKeys(value);
        } catch (error) {
          payload.issues.push({ code: 'custom', input: value, message: error instanceof DocumentLinkKeyError ? error.message : 'is not a key ring' });
          return z.NEVER;
        }
      }),
    ),
  ),
  /** A Secrets Manager secret holding the key ring as its SecretString: AWS. */
  DOCUMENT_LINK_KEYS_SECRET_ARN: envOptional(
    z.string().check(
      z.regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, {
        message: 'must be a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)',
      }),
    ),
  ),
};

/** Adds the issue "set one of the two" to a configuration that has neither (use in `superRefine`). */
export function requireDocumentLinkKeys(
  env: { DOCUMENT_LINK_KEYS?: DocumentLinkKeyRing | undefined; DOCUMENT_LINK_KEYS_SECRET_ARN?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (!env.DOCUMENT_LINK_KEYS && !env.DOCUMENT_LINK_KEYS_SECRET_ARN) {
    ctx.addIssue({
      code: 'custom',
      path: ['DOCUMENT_LINK_KEYS'],
      message: 'or DOCUMENT_LINK_KEYS_SECRET_ARN must be set: the keys that sign and check emailed document links (id=base64url of 32 random bytes)',
    });
  }
}

/**
 * The key ring from the configuration: DOCUMENT_LINK_KEYS as given, or else the secret
 * DOCUMENT_LINK_KEYS_SECRET_ARN, read on first use and kept for the life of the process (a failed
 * read is not kept: the next use reads again) through `secrets`, which only that case needs.
 * Errors name the secret, never its value.
 */
export function documentLinkKeySource(
  config: { DOCUMENT_LINK_KEYS?: DocumentLinkKeyRing | undefined; DOCUMENT_LINK_KEYS_SECRET_ARN?: string | undefined },
  secrets?: SecretReader & { close?(): void },
): DocumentLinkKeySource {
  const given = config.DOCUMENT_LINK_KEYS;
  if (given) return { get: () => Promise.resolve(given), forget() {}, close() {} };
  const secretArn = config.DOCUMENT_LINK_KEYS_SECRET_ARN;
  if (!secretArn) throw new DocumentLinkKeyError('neither DOCUMENT_LINK_KEYS nor DOCUMENT_LINK_KEYS_SECRET_ARN is set');
  if (!secrets) throw new DocumentLinkKeyError('DOCUMENT_LINK_KEYS_SECRET_ARN is set but no Secrets Manager reader was given to read it');
  return secretSource(
    secretArn,
    (secretString) => {
      try {
        return parseDocumentLinkKeys(secretString);
      } catch (error) {
        throw new DocumentLinkKeyError(`secret ${secretArn} (DOCUMENT_LINK_KEYS_SECRET_ARN): ${(error as Error).message}`, { cause: error });
      }
    },
    secrets,
  );
}
