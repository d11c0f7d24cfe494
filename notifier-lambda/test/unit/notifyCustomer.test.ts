import { createLogger, NO_METRICS, NO_TRACING } from '@checkout/aws-adapters';
import { decodeS3Key, notifyCustomer, redact } from '../../src/notifyCustomer';
import type { NotifierPorts } from '../../src/ports';

const untouchable = () => {
  throw new Error('must not be called for an object that is skipped');
};

/** Ports whose every I/O throws: skipped objects must never reach them. */
const ports: NotifierPorts = {
  store: { claimNotification: untouchable, markNotified: untouchable, markResent: untouchable, recordNotificationFailure: untouchable, requireOrder: untouchable },
  refunds: { claimNotification: untouchable, markNotified: untouchable, recordNotificationFailure: untouchable },
  links: { generationOf: untouchable },
  linkKeys: { get: untouchable },
  mailer: { send: untouchable, close: () => undefined },
  clock: () => new Date('2026-11-23T10:00:00.000Z'),
  logger: createLogger('notifier-test', 'SILENT'),
  files: { traceContextOf: untouchable },
  metrics: NO_METRICS,
  tracing: NO_TRACING,
  config: { INVOICES_BUCKET: 'invoices-dev', EMAIL_LINK_EXPIRY_SECONDS: 2_592_000, DOCUMENT_LINK_BASE_URL: 'https://orders.example.com' },
};
const invoiceKey = 'invoices/01KAQ2Z7X8Y9ZABCDEFGHJKMNP/INV-2026-000001.pdf';

describe('notifyCustomer, before any I/O', () => {
  it.each([
    [{ bucket: 'invoices-dev', key: invoiceKey, eventName: 'ObjectRemoved:Delete' }, 'not-object-created'],
    [{ bucket: 'invoices-prod', key: invoiceKey }, 'other-bucket'],
    [{ bucket: 'invoices-dev', key: 'failed/01KAQ2Z7X8Y9ZABCDEFGHJKMNP.json' }, 'not-an-invoice'],
    [{ bucket: 'invoices-dev', key: 'invoices/01KAQ2Z7X8Y9ZABCDEFGHJKMNP/INV-2026-000001.pdf.tmp' }, 'not-an-invoice'],
    [{ bucket: 'invoices-dev', key: 'invoices/not-an-order/INV-2026-000001.pdf' }, 'not-an-invoice'],
  ])('skips %j as %s', async (object, reason) => {
    await expect(notifyCustomer(ports, object)).resolves.toEqual({ outcome: 'skipped', key: object.key, reason });
  });
});

describe('decodeS3Key', () => {
  it('decodes S3 event keys: percent-encoding and + for a space', () => {
    expect(decodeS3Key('invoices/a+b%2Bc%C5%BC.pdf')).toBe('invoices/a b+cż.pdf');
    expect(decodeS3Key(invoiceKey)).toBe(invoiceKey);
  });

  it('returns a key that does not decode as it came', () => {
    expect(decodeS3Key('invoices/%E0%A4%A.pdf')).toBe('invoices/%E0%A4%A.pdf');
  });
});

describe('redact', () => {
  it('removes the recipient and URL queries from an error text', () => {
    const text = '550 5.1.1 <Eve@Example.com>: rejected; see https://s3.example/x.pdf?X-Amz-Signature=abc&b=c now';
    expect(redact(text, 'eve@example.com')).toBe('550 5.1.1 <<recipient>>: rejected; see https://s3.example/x.pdf?<redacted> now');
  });
});
