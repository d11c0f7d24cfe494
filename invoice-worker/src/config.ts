import { baseEnv, envInt, envString, envUrl, parseEnv } from '@checkout/aws-adapters';
import { INVOICE_LANGUAGES, isInvoiceLocale, PAYMENT_TERMS_DAYS, type PostalAddress, type Seller } from '@checkout/domain';
import * as z from 'zod/mini';

const WorkerEnvSchema = z
  .object({
    ...baseEnv,
    IDEMPOTENCY_TABLE: envString(),
    ORDERS_QUEUE_URL: envUrl(),
    ORDERS_DLQ_URL: envUrl(),
    WORKER_BATCH_SIZE: z._default(envInt(1, 10), 10),
    /** Receive loops on the orders queue, each with up to WORKER_BATCH_SIZE messages in flight. */
    WORKER_POLLERS: z._default(envInt(1, 10), 2),
    VISIBILITY_TIMEOUT_SECONDS: z._default(envInt(10, 43_200), 60),
    HEARTBEAT_INTERVAL_SECONDS: z._default(envInt(1, 43_199), 20),
    /** SQS long-poll wait; a shutdown waits at most this long for the last receive. */
    RECEIVE_WAIT_SECONDS: z._default(envInt(1, 20), 10),
    /** First retry delay after a failed attempt; doubles per receive, capped at 5 minutes. 0 retries at once. */
    RETRY_BACKOFF_SECONDS: z._default(envInt(0, 300), 2),
    SHUTDOWN_TIMEOUT_SECONDS: z._default(envInt(1, 110), 25),
    OUTBOX_SWEEP_INTERVAL_SECONDS: z._default(envInt(1, 3600), 60),
    OUTBOX_STALE_AFTER_SECONDS: z._default(envInt(1, 3600), 60),
    HEALTH_PORT: z._default(envInt(0, 65_535), 8080),
    /** Lease of the worker that numbers invoices for the fleet: how long numbering waits when it dies. */
    NUMBERING_LEASE_SECONDS: z._default(envInt(2, 300), 10),
    /** Where the invoice fonts are; defaults to the fonts next to the bundle, else node_modules. */
    FONT_DIR: z.optional(z.string()),
    SELLER_NAME: z._default(envString(), 'Example Trading GmbH'),
    SELLER_STREET: z._default(envString(), 'Hauptstrasse 1'),
    SELLER_STREET2: z.optional(envString()),
    SELLER_POSTAL_CODE: z._default(envString(), '10115'),
    SELLER_CITY: z._default(envString(), 'Berlin'),
    SELLER_COUNTRY: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as DE' })), 'DE'),
    /** Older form of the address: "street|postcode city|country" (country as code or English name). Overrides the fields above. */
    SELLER_ADDRESS: z.optional(envString()),
    SELLER_EMAIL: z._default(z.email({ message: 'must be an email address' }), 'billing@example.com'),
    SELLER_VAT_ID: z.optional(
      z.string().check(z.regex(/^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$/, { message: 'must be a VAT identification number such as DE123456789' })),
    ),
    /** Older name of SELLER_VAT_ID. */
    SELLER_TAX_ID: z.optional(z.string()),
    SELLER_TAX_NUMBER: z.optional(envString()),
    SELLER_CONTACT_NAME: z.optional(envString()),
    SELLER_PHONE: z.optional(envString()),
    /** sepa-credit-transfer (needs SELLER_IBAN) or card (paid at checkout). */
    SELLER_PAYMENT_MEANS: z._default(z.enum(['sepa-credit-transfer', 'card'], { message: 'must be sepa-credit-transfer or card' }), 'sepa-credit-transfer'),
    SELLER_IBAN: z._default(
      z.pipe(
        z.string(),
        z.transform((value) => value.replace(/\s+/g, '').toUpperCase()),
      ).check(z.refine(isIban, { message: 'must be an IBAN with a valid check sum, such as DE02120300000000202051' })),
      // A test IBAN with a valid check sum, for local runs; deployed stages set their own (terraform-cdk stages.ts).
      'DE02120300000000202051',
    ),
    SELLER_BIC: z.optional(z.string().check(z.regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, { message: 'must be a BIC of 8 or 11 letters and digits' }))),
    PAYMENT_TERMS_DAYS: z._default(envInt(0, 365), PAYMENT_TERMS_DAYS),
    /** Language and formats of the invoice: en-* (default en-GB) or de-*, e.g. de-DE prints 57.752,26 €. */
    INVOICE_LOCALE: z._default(
      z.string().check(
        z.refine(isInvoiceLocale, { message: `must be a BCP 47 locale whose language is one of ${INVOICE_LANGUAGES.join(', ')}, such as en-GB or de-DE` }),
      ),
      'en-GB',
    ),
  })
  .check(
    z.refine((env) => env.HEARTBEAT_INTERVAL_SECONDS < env.VISIBILITY_TIMEOUT_SECONDS, {
      path: ['HEARTBEAT_INTERVAL_SECONDS'],
      message: 'must be less than VISIBILITY_TIMEOUT_SECONDS',
    }),
    z.refine((env) => env.SELLER_ADDRESS === undefined || parseAddressLines(env.SELLER_ADDRESS) !== undefined, {
      path: ['SELLER_ADDRESS'],
      message: 'must be "street|postcode city|country", e.g. "Hauptstrasse 1|10115 Berlin|Germany"; or set SELLER_STREET, SELLER_POSTAL_CODE, SELLER_CITY and SELLER_COUNTRY instead',
    }),
    z.refine((env) => env.RECEIVE_WAIT_SECONDS < env.SHUTDOWN_TIMEOUT_SECONDS, {
      path: ['RECEIVE_WAIT_SECONDS'],
      message: 'must be less than SHUTDOWN_TIMEOUT_SECONDS, or a shutdown cannot wait for the last receive',
    }),
  );

export type WorkerConfig = z.infer<typeof WorkerEnvSchema>;

export const loadWorkerConfig = (env: NodeJS.ProcessEnv = process.env): WorkerConfig => parseEnv(WorkerEnvSchema, env);

export function sellerFrom(config: WorkerConfig): Seller {
  const address: PostalAddress = (config.SELLER_ADDRESS && parseAddressLines(config.SELLER_ADDRESS)) || {
    line1: config.SELLER_STREET,
    ...(config.SELLER_STREET2 ? { line2: config.SELLER_STREET2 } : {}),
    postalCode: config.SELLER_POSTAL_CODE,
    city: config.SELLER_CITY,
    country: config.SELLER_COUNTRY,
  };
  const vatId = config.SELLER_VAT_ID ?? config.SELLER_TAX_ID ?? DEFAULT_SELLER_VAT_ID;
  return {
    name: config.SELLER_NAME,
    address,
    email: config.SELLER_EMAIL,
    vatId,
    ...(config.SELLER_TAX_NUMBER ? { taxNumber: config.SELLER_TAX_NUMBER } : {}),
    ...(config.SELLER_CONTACT_NAME ? { contactName: config.SELLER_CONTACT_NAME } : {}),
    ...(config.SELLER_PHONE ? { phone: config.SELLER_PHONE } : {}),
    paymentMeans:
      config.SELLER_PAYMENT_MEANS === 'card'
        ? { kind: 'card' }
        : { kind: 'sepa-credit-transfer', iban: config.SELLER_IBAN, ...(config.SELLER_BIC ? { bic: config.SELLER_BIC } : {}), accountName: config.SELLER_NAME },
    paymentTermsDays: config.PAYMENT_TERMS_DAYS,
    locale: config.INVOICE_LOCALE,
  };
}

/** The local seller's example VAT ID (EN 16931 needs one on standard-rated invoices); deployed stages set theirs. */
const DEFAULT_SELLER_VAT_ID = 'DE123456789';

/** IBAN check: country, check digits and BBAN, mod 97 = 1 (ISO 13616). */
export function isIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const digits = (value.slice(4) + value.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** "street|postcode city|country" → an address; the country as an ISO code or its English name. */
function parseAddressLines(value: string): PostalAddress | undefined {
  const parts = value.split('|').map((part) => part.trim()).filter(Boolean);
  if (parts.length < 3) return undefined;
  const country = countryCodeOf(parts.at(-1)!);
  const place = /^(\S+)\s+(.+)$/.exec(parts.at(-2)!);
  if (!country || !place) return undefined;
  const streets = parts.slice(0, -2);
  return {
    line1: streets[0]!,
    ...(streets.length > 1 ? { line2: streets.slice(1).join(', ') } : {}),
    postalCode: place[1]!,
    city: place[2]!,
    country,
  };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function countryCodeOf(nameOrCode: string): string | undefined {
  const upper = nameOrCode.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && regionNames.of(upper)) return upper;
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      // Skip retired codes that still carry a current name (DD → Germany): keep canonical ones.
      if (regionNames.of(code)?.toUpperCase() === upper && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`) return code;
    }
  }
  return undefined;
}
