import { createLogger, NO_METRICS, NO_TRACING, DocumentLinkGenerations, documentLinkKeySource, InvoiceFiles, InvoiceNumbers, OrderOperations, OrderStore, RefundStore } from '@checkout/aws-adapters';
import { invoiceObjectKey, verifyDocumentLink } from '@checkout/domain';
import type { Context } from 'aws-lambda';
import { ulid } from 'ulid';
import { freePort } from '../../../local-stack/src/ports';
import { createTestStage, type TestStage } from '../../../local-stack/test/support/testStage';
import {
  createMailer,
  createNotifier,
  InvoiceNotReadyError,
  loadNotifierConfig,
  NotificationsFailedError,
  type Mailer,
  type NotifierConfig,
  type Notifier,
} from '../../src';
import { handler } from '../../src/handler';
import { formatUtcDateTime } from '../../src/invoiceEmail';
import { aCustomer, anInvoicedOrder } from '../support/invoicedOrder';
import { documentLinkFollower } from '../support/documentLinks';
import { emailsTo, type InboxEmail } from '../support/mailInbox';
import { anS3Event } from '../support/s3Event';

let stage: TestStage;
let config: NotifierConfig;
let store: OrderStore;
let files: InvoiceFiles;
let numbers: InvoiceNumbers;
let mailer: Mailer;
let notifier: Notifier;
const logger = createLogger('notifier-test', 'SILENT');
const MAIL_FROM = 'Example Trading <billing@example.com>';

const notifierWith = (mail: Mailer): Notifier =>
  createNotifier({
    store,
    refunds: new RefundStore(stage.clients.dynamo, { orders: stage.resources.ordersTable }),
    links: new DocumentLinkGenerations(stage.clients.dynamo, stage.resources.ordersTable),
    linkKeys: documentLinkKeySource(config),
    mailer: mail,
    clock: () => new Date(),
    logger,
    files,
    metrics: NO_METRICS,
    tracing: NO_TRACING,
    config,
  });
let follow: ReturnType<typeof documentLinkFollower>;

beforeAll(async () => {
  stage = await createTestStage('notifier');
  config = loadNotifierConfig({ ...stage.env, MAIL_FROM });
  store = new OrderStore(stage.clients.dynamo, { orders: stage.resources.ordersTable, idempotency: stage.resources.idempotencyTable });
  files = new InvoiceFiles(stage.clients.s3, stage.resources.invoicesBucket);
  numbers = new InvoiceNumbers(stage.clients.dynamo, stage.resources.ordersTable);
  mailer = createMailer(config);
  notifier = notifierWith(mailer);
  follow = documentLinkFollower(stage);
});
afterAll(() => {
  mailer.close();
  stage.close();
});

const eventFor = (key: string) => anS3Event({ bucket: stage.resources.invoicesBucket, key });

/** The one email `address` got; fails if there are none or several. */
async function theEmailTo(address: string): Promise<InboxEmail> {
  const emails = await emailsTo(address);
  expect(emails).toHaveLength(1);
  return emails[0]!;
}

const linkIn = (text: string) => text.split('\n').find((line) => line.startsWith('http'))!;

describe('notifier against DynamoDB Local, the S3 emulator and maildev', () => {
  it('emails the customer a link that downloads the invoice PDF and marks the order NOTIFIED', async () => {
    const customer = aCustomer({ name: `Zoë "Zo" O'Brien & <script>alert(1)</script> Żółć` });
    const { order, key, pdf } = await anInvoicedOrder(store, numbers, files, { customer });

    const outcomes = await notifier.handle(eventFor(key));

    expect(outcomes).toEqual([{ outcome: 'sent', key, orderId: order.orderId, messageId: expect.stringMatching(/^<.+@.+>$/), resent: false }]);
    const { messageId } = outcomes[0] as { messageId: string };
    const email = await theEmailTo(customer.email);
    expect(email.subject).toBe(`Your invoice ${order.invoice!.invoiceNumber}`);
    expect(email.from).toEqual([{ name: 'Example Trading', address: 'billing@example.com' }]);
    expect(email.to).toEqual([{ name: customer.name, address: customer.email }]);
    expect(email.headers['message-id']).toBe(messageId);
    expect(email.html).toContain('Hello <bdi>Zoë &quot;Zo&quot; O&#39;Brien &amp; &lt;script&gt;alert(1)&lt;/script&gt; Żółć</bdi>,');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('Total: 71.96 EUR'); // 1 × 19.99 + 2 × 19.99 = 59.97, plus 20 % tax
    expect(email.text).toContain(`Order ID: ${order.orderId}`);

    const link = linkIn(email.text!);
    expect(email.html).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
    expect(link).toMatch(/^https:\/\/orders\.test\.example\/documents\/d1\.test\.[\w-]+\.[\w-]+$/);
    const redirect = await follow(link);
    expect(redirect.status).toBe(303);
    const download = await fetch(redirect.headers.get('location')!);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect(download.headers.get('content-disposition')).toContain(`${order.invoice!.invoiceNumber}.pdf`);
    // The date the email promises is the token's own expiry, 30 days on by default.
    const verified = verifyDocumentLink(new URL(link).pathname.split('/').pop()!, await documentLinkKeySource(config).get(), new Date());
    if (!verified.ok) throw new Error(`the emailed token does not verify: ${verified.reason}`);
    expect(verified.claims).toMatchObject({ orderId: order.orderId, objectKey: key, generation: 0 });
    expect(verified.claims.expiresAt.getTime() - Date.now()).toBeGreaterThan(30 * 86_400_000 - 60_000);
    expect(verified.claims.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
    expect(email.text).toContain(`The link works until ${formatUtcDateTime(verified.claims.expiresAt)}.`);

    expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'NOTIFIED', notification: { messageId } });
  });

  it('keeps a line break in the customer name out of the headers', async () => {
    const customer = aCustomer({ name: 'Eve\nBcc: intruder@example.com' });
    const { key } = await anInvoicedOrder(store, numbers, files, { customer });

    await notifier.handle(eventFor(key));

    const email = await theEmailTo(customer.email);
    expect(email.envelope.to).toEqual([expect.objectContaining({ address: customer.email })]);
    expect(email.to).toEqual([{ name: 'Eve Bcc: intruder@example.com', address: customer.email }]);
    expect(email.headers).not.toHaveProperty('bcc');
    expect(await emailsTo('intruder@example.com')).toEqual([]);
  });

  it('sends one email when the same S3 event is delivered twice', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);

    const first = await notifier.handle(eventFor(key));
    const again = await notifier.handle(eventFor(key));

    expect(first).toMatchObject([{ outcome: 'sent' }]);
    expect(again).toEqual([{ outcome: 'skipped', key, reason: 'already-notified', orderId: order.orderId }]);
    await theEmailTo(order.customer.email);
  });

  it('sends the email once more for an operator\'s resend request, once however often the event comes, and never without one', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);
    const operations = new OrderOperations(stage.clients.dynamo, stage.resources.ordersTable);
    await notifier.handle(eventFor(key));
    const first = await theEmailTo(order.customer.email);
    const notified = await store.requireOrder(order.orderId);

    await operations.requestResend(order.orderId, new Date());
    const deliveries = (await Promise.all([notifier.handle(eventFor(key)), notifier.handle(eventFor(key))])).flat();
    const again = await notifier.handle(eventFor(key));

    expect(deliveries.map((o) => o.outcome).sort()).toEqual(['sent', 'skipped']);
    expect(deliveries.find((o) => o.outcome === 'sent')).toMatchObject({ resent: true });
    expect(again).toEqual([{ outcome: 'skipped', key, reason: 'already-notified', orderId: order.orderId }]);
    const emails = await emailsTo(order.customer.email);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.subject).toBe(first.subject);
    // The resent email carries a link of its own, issued now, with its own expiry.
    const [firstLink, secondLink] = [linkIn(first.text!), linkIn(emails[1]!.text!)];
    expect(secondLink).not.toBe(firstLink);
    expect((await follow(secondLink)).status).toBe(303);
    const resent = await store.requireOrder(order.orderId);
    expect(resent).toMatchObject({
      status: 'NOTIFIED',
      statusTimestamps: { NOTIFIED: notified.statusTimestamps.NOTIFIED },
      notification: { notifiedAt: notified.notification!.notifiedAt, resends: 1, resentAt: expect.any(String), messageId: expect.stringMatching(/^<.+>$/) },
    });
    expect(resent.notification!.resendRequestedAt).toBeUndefined();
    expect(resent.notification!.messageId).not.toBe(notified.notification!.messageId);
  });

  it('keeps a resend request whose email failed, so the retry sends it', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);
    const operations = new OrderOperations(stage.clients.dynamo, stage.resources.ordersTable);
    await notifier.handle(eventFor(key));
    await operations.requestResend(order.orderId, new Date());
    const broken = createMailer({ ...config, SMTP_PORT: await freePort() });
    try {
      await expect(notifierWith(broken).handle(eventFor(key))).rejects.toBeInstanceOf(NotificationsFailedError);
    } finally {
      broken.close();
    }
    expect((await store.requireOrder(order.orderId)).notification).toMatchObject({ resendRequestedAt: expect.any(String), lastError: expect.stringMatching(/ECONNREFUSED/) });

    await expect(notifier.handle(eventFor(key))).resolves.toMatchObject([{ outcome: 'sent', resent: true }]);
    expect(await emailsTo(order.customer.email)).toHaveLength(2);
  });

  it('sends one email when the same S3 event is delivered to two invocations at once', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);
    // Two containers: their own mailers, the same table.
    const other = createMailer(config);
    try {
      const outcomes = (await Promise.all([notifier.handle(eventFor(key)), notifierWith(other).handle(eventFor(key))])).flat();
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(['sent', 'skipped']);
      expect(outcomes.find((o) => o.outcome === 'skipped')).toMatchObject({ reason: expect.stringMatching(/^(in-progress|already-notified)$/) });
    } finally {
      other.close();
    }
    await theEmailTo(order.customer.email);
    expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'NOTIFIED' });
  });

  it('records a failed send, keeps the order INVOICED and fails the invocation; the retry sends', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);
    const closedPort = await freePort();
    const broken = createMailer({ ...config, SMTP_PORT: closedPort });
    try {
      const attempt = notifierWith(broken).handle(eventFor(key));
      await expect(attempt).rejects.toBeInstanceOf(NotificationsFailedError);
      await expect(attempt).rejects.toMatchObject({ keys: [key], message: expect.stringContaining(key) });
    } finally {
      broken.close();
    }
    const failed = await store.getOrder(order.orderId);
    expect(failed).toMatchObject({ status: 'INVOICED', notification: { lastError: expect.stringMatching(/ECONNREFUSED/), failedAttempts: 1 } });
    expect(failed!.notification!.lastError).not.toContain(order.customer.email);
    expect(await emailsTo(order.customer.email)).toEqual([]);

    await expect(notifier.handle(eventFor(key))).resolves.toMatchObject([{ outcome: 'sent' }]);
    await theEmailTo(order.customer.email);
    expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'NOTIFIED', notification: { messageId: expect.any(String) } });
  });

  it('fails an event that overtook the worker, and sends once the order is INVOICED', async () => {
    const { order, key, issued } = await anInvoicedOrder(store, numbers, files, { complete: false });

    const early = notifier.handle(eventFor(key));
    await expect(early).rejects.toMatchObject({ errors: [expect.any(InvoiceNotReadyError)] });
    expect(await emailsTo(order.customer.email)).toEqual([]);

    await store.completeInvoice(order.orderId, issued, new Date());
    await expect(notifier.handle(eventFor(key))).resolves.toMatchObject([{ outcome: 'sent' }]);
    await theEmailTo(order.customer.email);
  });

  it('notifies every record of an event and names only the failed keys', async () => {
    const good = await anInvoicedOrder(store, numbers, files);
    const missingKey = invoiceObjectKey(ulid(), 'INV-2026-999999');

    const attempt = notifier.handle(anS3Event(
      { bucket: stage.resources.invoicesBucket, key: missingKey },
      { bucket: stage.resources.invoicesBucket, key: good.key },
    ));

    await expect(attempt).rejects.toMatchObject({ name: 'NotificationsFailedError', keys: [missingKey], errors: [expect.objectContaining({ name: 'OrderNotFoundError' })] });
    await theEmailTo(good.order.customer.email);
    expect(await store.getOrder(good.order.orderId)).toMatchObject({ status: 'NOTIFIED' });
  });

  it('ignores objects that are not invoices, are in another bucket or were not created', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files);
    const bucket = stage.resources.invoicesBucket;

    const outcomes = await notifier.handle(anS3Event(
      { bucket: 'invoices-someone-else', key },
      { bucket, key: `failed/${order.orderId}.json` },
      { bucket, key: 'invoices/a file with spaces+plus.pdf' },
      { bucket, key, eventName: 'ObjectRemoved:Delete' },
    ));

    expect(outcomes.map((o) => o.outcome === 'skipped' && o.reason)).toEqual(['other-bucket', 'not-an-invoice', 'not-an-invoice', 'not-object-created']);
    expect(outcomes[2]!.key).toBe('invoices/a file with spaces+plus.pdf');
    expect(await emailsTo(order.customer.email)).toEqual([]);
    expect(await store.getOrder(order.orderId)).toMatchObject({ status: 'INVOICED' });
  });

  it('runs as a Lambda handler wired from the environment', async () => {
    const { order, key } = await anInvoicedOrder(store, numbers, files, { customer: aCustomer({ name: '山田 太郎' }) });
    const saved = { ...process.env };
    Object.assign(process.env, stage.env, { MAIL_FROM });
    try {
      const context = { awsRequestId: 'c0ffee00-0000-4000-8000-000000000000', functionName: 'checkout-notifier-test', getRemainingTimeInMillis: () => 25_000 };
      const outcomes = await handler(eventFor(key), context as unknown as Context);
      expect(outcomes).toMatchObject([{ outcome: 'sent', orderId: order.orderId }]);
    } finally {
      process.env = saved;
    }
    const email = await theEmailTo(order.customer.email);
    expect(email.to).toEqual([{ name: '山田 太郎', address: order.customer.email }]);
    // The name is bidi-isolated (FSI … PDI) in the plain text.
    expect(email.text).toContain('Hello \u2068山田 太郎\u2069,');
  });
});
