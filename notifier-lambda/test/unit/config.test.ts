import { ConfigError } from '@checkout/aws-adapters';
import { randomBytes } from 'node:crypto';
import { loadNotifierConfig, parseMailbox } from '../../src/config';

const LINK_SECRET_ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:document-link-keys-prod-AbCdEf';
const valid = {
  ORDERS_TABLE: 'orders-dev',
  INVOICES_BUCKET: 'invoices-dev',
  MAIL_FROM: 'Example Trading <billing@example.com>',
  DOCUMENT_LINK_BASE_URL: 'https://orders.example.com',
  DOCUMENT_LINK_KEYS_SECRET_ARN: LINK_SECRET_ARN,
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadNotifierConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadNotifierConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadNotifierConfig(valid)).toEqual({
      ...valid,
      MAIL_FROM: { name: 'Example Trading', address: 'billing@example.com' },
      STAGE: 'local',
      AWS_REGION: 'us-east-1',
      LOG_LEVEL: 'INFO',
      S3_FORCE_PATH_STYLE: false,
      TRACES_EXPORT: 'off',
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: 1025,
      SMTP_SECURE: false,
      EMAIL_LINK_EXPIRY_SECONDS: 2_592_000,
    });
  });

  it('reads the document link keys from DOCUMENT_LINK_KEYS, or needs their secret, and never quotes them', () => {
    const key = randomBytes(32).toString('base64url');
    const { DOCUMENT_LINK_KEYS_SECRET_ARN: _arn, ...withoutKeys } = valid;
    expect(loadNotifierConfig({ ...withoutKeys, DOCUMENT_LINK_KEYS: `k1=${key}` }).DOCUMENT_LINK_KEYS!.signing.id).toBe('k1');
    expect(problemsOf(withoutKeys)).toEqual([expect.stringMatching(/^DOCUMENT_LINK_KEYS is required: or DOCUMENT_LINK_KEYS_SECRET_ARN must be set/)]);
    const short = randomBytes(16).toString('base64url');
    const problems = problemsOf({ ...withoutKeys, DOCUMENT_LINK_KEYS: `k1=${short}` });
    expect(problems).toEqual(['DOCUMENT_LINK_KEYS (value not shown): key "k1" must be at least 32 bytes of base64url']);
  });

  it('treats empty optional variables as unset', () => {
    const config = loadNotifierConfig({ ...valid, SES_CONFIGURATION_SET: '', SMTP_CREDENTIALS_SECRET_ARN: '' });
    expect(config.SES_CONFIGURATION_SET).toBeUndefined();
    expect(config.SMTP_CREDENTIALS_SECRET_ARN).toBeUndefined();
  });

  it('names every missing required variable', () => {
    const problems = problemsOf({});
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ORDERS_TABLE is required/),
        expect.stringMatching(/^INVOICES_BUCKET is required/),
        expect.stringMatching(/^MAIL_FROM is required/),
      ]),
    );
  });

  it.each([
    ['MAIL_TRANSPORT', 'sendgrid', /must be smtp or ses/],
    ['MAIL_FROM', 'billing', /must be an address/],
    ['MAIL_FROM', 'Billing <billing@example.com>\r\nBcc: x@example.com', /must be an address/],
    ['SMTP_PORT', '70000', /at most 65535/],
    ['SMTP_PORT', 'smtp', /must be a number/],
    ['SMTP_SECURE', 'yes', /true or false/],
    ['SMTP_CREDENTIALS_SECRET_ARN', 'smtp-secret', /Secrets Manager secret ARN/],
    ['EMAIL_LINK_EXPIRY_SECONDS', '31622401', /at most 31622400/],
    ['EMAIL_LINK_EXPIRY_SECONDS', '60', /at least 3600/],
    ['DOCUMENT_LINK_BASE_URL', 'ftp://orders.example.com', /http\(s\) URL/],
    ['DOCUMENT_LINK_BASE_URL', 'https://orders.example.com/?a=1', /without query/],
    ['DOCUMENT_LINK_KEYS_SECRET_ARN', 'document-link-keys', /Secrets Manager secret ARN/],
    ['LOG_LEVEL', 'TRACE', /.+/],
  ])('names %s=%j in the error', (name, value, message) => {
    const problems = problemsOf({ ...valid, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(`${name}=${JSON.stringify(value)}: `)).toBe(true);
    expect(problems[0]).toMatch(message);
  });

  it('accepts a full SES configuration', () => {
    const config = loadNotifierConfig({
      ...valid,
      MAIL_TRANSPORT: 'ses',
      SES_CONFIGURATION_SET: 'checkout-prod',
      SMTP_CREDENTIALS_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:smtp-AbCdEf',
      EMAIL_LINK_EXPIRY_SECONDS: '3600',
    });
    expect(config).toMatchObject({ MAIL_TRANSPORT: 'ses', SES_CONFIGURATION_SET: 'checkout-prod', EMAIL_LINK_EXPIRY_SECONDS: 3600 });
  });
});

describe('parseMailbox', () => {
  it.each([
    ['billing@example.com', { address: 'billing@example.com' }],
    ['Example Trading <billing@example.com>', { name: 'Example Trading', address: 'billing@example.com' }],
    ['"Example, Trading" <billing@example.com>', { name: 'Example, Trading', address: 'billing@example.com' }],
    ['<billing@example.com>', { address: 'billing@example.com' }],
  ])('reads %j', (value, mailbox) => {
    expect(parseMailbox(value)).toEqual(mailbox);
  });

  it.each(['', 'billing', 'a@b', 'Name <not an address>', 'Name\n<billing@example.com>'])('refuses %j', (value) => {
    expect(parseMailbox(value)).toBeUndefined();
  });
});
