import { ConfigError } from '@checkout/aws-adapters';
import { loadNotifierConfig, parseMailbox } from '../../src/config';

const valid = { ORDERS_TABLE: 'orders-dev', INVOICES_BUCKET: 'invoices-dev', MAIL_FROM: 'Example Trading <billing@example.com>' };

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
      EMAIL_LINK_EXPIRY_SECONDS: 604_800,
    });
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
    ['EMAIL_LINK_EXPIRY_SECONDS', '604801', /at most 604800/],
    ['EMAIL_LINK_EXPIRY_SECONDS', '0', /at least 1/],
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
