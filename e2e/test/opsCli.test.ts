import { invoiceObjectKey } from '@checkout/domain';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStackProcess, type LocalStackProcess } from '../../local-stack/src/stackProcess';
import { emailsTo } from './support/inbox';
import { jsonOf, runOps } from '../../ops/test/support/opsCli';
import { aCorruptOrder, stackAdapters } from './support/stackClients';

/** `npm run ops -- --local ...` against the stack `npm start` runs, as an operator would use it. */
let stack: LocalStackProcess;
let adapters: ReturnType<typeof stackAdapters>;
/** What `--local` reads: the stack's ports, as `npm start` was given them. */
let localEnv: Record<string, string>;

beforeAll(async () => {
  // Failed attempts come back at once; a failed email is given up on after two quick retries.
  stack = await startLocalStackProcess({ env: { RETRY_BACKOFF_SECONDS: '0', LOCAL_NOTIFIER_RETRY_DELAYS_MS: '100,100' } });
  adapters = stackAdapters(stack);
  localEnv = { LOCAL_AWS_PORT: new URL(stack.awsUrl).port, LOCAL_DYNAMODB_PORT: new URL(stack.dynamodbUrl).port };
}, 120_000);
afterAll(async () => {
  adapters?.close();
  expect(await stack?.stop()).toBe(0);
});

const ops = (...args: string[]) => runOps(['--local', ...args], localEnv);

async function postOrder(email: string): Promise<string> {
  const order = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'order.json'), 'utf8'));
  order.customer.email = email;
  const response = await fetch(`${stack.apiUrl}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(order) });
  expect(response.status).toBe(202);
  return ((await response.json()) as { orderId: string }).orderId;
}

const emailSent = (orderId: string) => stack.waitForLog((l) => l.message === 'invoice email sent' && l.orderId === orderId, 60_000);

describe('npm run ops -- --local, against npm start', () => {
  it('lists orders by status and shows one order\'s history', async () => {
    const orderId = await postOrder(`ops-list-${randomUUID()}@example.com`);
    await emailSent(orderId);

    const listed = jsonOf<{ orders: { orderId: string; status: string }[] }>(await ops('--json', 'orders', '--status', 'NOTIFIED'));
    expect(listed.orders.map((o) => o.orderId)).toContain(orderId);
    expect(listed.orders.every((o) => o.status === 'NOTIFIED')).toBe(true);
    const failed = jsonOf<{ orders: { orderId: string }[] }>(await ops('--json', 'orders', '--status', 'FAILED'));
    expect(failed.orders.map((o) => o.orderId)).not.toContain(orderId);

    const history = await ops('order', orderId);
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(new RegExp(`^Order ${orderId}  NOTIFIED`));
    expect(history.stdout).toMatch(/Invoice +INV-\d{4}-\d{6}, issued .*\(stored\)/);
    const timeline = history.stdout.split('\n').filter((l) => /^ {4}\d{4}-/.test(l)).map((l) => l.trim().split(/ +/)[1]);
    expect(timeline).toEqual(['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED']);
  }, 90_000);

  it('resends an invoice email on request only: a repeated S3 event sends nothing, `resend` sends a second one', async () => {
    const email = `ops-resend-${randomUUID()}@example.com`;
    const orderId = await postOrder(email);
    await emailSent(orderId);
    const order = await adapters.store.requireOrder(orderId);
    const key = invoiceObjectKey(orderId, order.invoice!.invoiceNumber);

    // S3 delivers the PDF's event again, with no request on the order: the notifier sends nothing.
    const skipped = stack.nextLog((l) => l.message === 'invoice email already sent' && l.orderId === orderId);
    await adapters.files.raiseObjectCreated(key, new Date());
    await skipped;
    expect(await emailsTo(stack.inboxUrl, email)).toHaveLength(1);

    const resend = jsonOf<{ action: string; messageId: string }>(await ops('--json', 'resend', orderId));
    expect(resend.action).toBe('resend-requested');
    const emails = await emailsTo(stack.inboxUrl, email);
    expect(emails).toHaveLength(2);
    expect(emails.map((e) => e.subject)).toEqual([`Your invoice ${order.invoice!.invoiceNumber}`, `Your invoice ${order.invoice!.invoiceNumber}`]);
    expect(await adapters.store.requireOrder(orderId)).toMatchObject({ status: 'NOTIFIED', notification: { resends: 1, messageId: resend.messageId } });
  }, 90_000);

  it('revokes every link emailed for an order with `revoke-links`, and `resend` then emails a new one that works', async () => {
    const email = `ops-revoke-${randomUUID()}@example.com`;
    const orderId = await postOrder(email);
    await emailSent(orderId);
    const linkOf = (text: string) => text.split('\n').find((line) => line.startsWith('http'))!;
    const [first] = await emailsTo(stack.inboxUrl, email);
    const firstLink = linkOf(first!.text);
    expect((await fetch(firstLink, { redirect: 'manual' })).status).toBe(303);

    const revoked = await ops('revoke-links', orderId);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`${orderId}: every document link emailed so far is revoked (link generation 1).`);
    const refused = await fetch(firstLink, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(refused.status).toBe(410);
    expect(await refused.text()).toContain('This link was withdrawn');

    jsonOf(await ops('--json', 'resend', orderId));
    const emails = await emailsTo(stack.inboxUrl, email);
    expect(emails).toHaveLength(2);
    const secondLink = linkOf(emails[1]!.text);
    expect(secondLink).not.toBe(firstLink);
    const download = await fetch(secondLink);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect((await fetch(firstLink, { redirect: 'manual' })).status).toBe(410);
    expect((await ops('revoke-links', '01ARZ3NDEKTSV4RRFFQ69G5FAV')).stderr).toMatch(/order 01ARZ3NDEKTSV4RRFFQ69G5FAV does not exist/);
  }, 90_000);

  it('replays only the notifications that failed', async () => {
    const delivered = `ops-replay-ok-${randomUUID()}@example.com`;
    const deliveredId = await postOrder(delivered);
    // A typo the API lets through (a domain label ending in "-") and the SMTP server refuses (501).
    const refusedId = await postOrder(`ops-replay-${randomUUID()}@mail-.example.com`);
    const fixedAddress = `ops-replay-fixed-${randomUUID()}@example.com`;
    await Promise.all([
      emailSent(deliveredId),
      stack.waitForLog((l) => l.message === 'notifier gave up on an S3 event after its retries (in AWS: the on-failure destination)' && String(l.key).includes(refusedId), 60_000),
    ]);
    const refused = await adapters.store.requireOrder(refusedId);
    expect(refused).toMatchObject({
      status: 'INVOICED',
      notification: { failedAttempts: 3, lastError: expect.stringMatching(/501/) },
    });

    await adapters.patchOrder(refused.orderId, { customer: { ...refused.customer, email: fixedAddress } });
    const sent = emailSent(refused.orderId);
    const replay = jsonOf<{ replayed: { orderId: string; failedAttempts: number }[] }>(await ops('--json', 'replay'));
    expect(replay.replayed).toEqual([expect.objectContaining({ orderId: refused.orderId, failedAttempts: 3 })]);
    await sent;
    expect(await emailsTo(stack.inboxUrl, fixedAddress)).toHaveLength(1);
    expect(await emailsTo(stack.inboxUrl, delivered)).toHaveLength(1);
    expect(await adapters.store.requireOrder(refused.orderId)).toMatchObject({ status: 'NOTIFIED' });

    // Nothing failed is left: a second replay sends nothing.
    expect(jsonOf<{ replayed: unknown[] }>(await ops('--json', 'replay')).replayed).toEqual([]);
  }, 90_000);

  it('redrives a FAILED order once its cause is fixed: it is reopened, invoiced and emailed', async () => {
    const { order, fix } = aCorruptOrder(`ops-redrive-${randomUUID()}@example.com`);
    const failed = stack.waitForLog((l) => l.message === 'order failed; message archived' && l.orderId === order.orderId, 60_000);
    await adapters.placeDirectly(order);
    await failed;
    await adapters.patchOrder(order.orderId, fix);

    const sent = emailSent(order.orderId);
    const redrive = await ops('redrive');
    expect(redrive.code).toBe(0);
    expect(redrive.stdout).toMatch(/^Reopened \d+ FAILED orders?\.$/m);
    expect(redrive.stdout).toContain(`  ${order.orderId}  RECEIVED`);
    expect(redrive.stderr).toBe(''); // no progress bar drawn: stderr is not a terminal
    await sent;

    const history = await ops('order', order.orderId);
    const timeline = history.stdout.split('\n').filter((l) => /^ {4}\d{4}-/.test(l)).map((l) => l.trim().split(/ +/).slice(1).join(' '));
    expect(timeline).toEqual(['RECEIVED', 'FAILED', 'redriven', 'PROCESSING', 'INVOICED', 'NOTIFIED']);
    expect(history.stdout).toMatch(/Redrives +1/);
  }, 90_000);

  it('says which order does not exist, and which variable is wrong', async () => {
    const missing = await ops('order', '01M8ZZZZZZZZZZZZZZZZZZZZZZ');
    expect(missing).toMatchObject({ code: 1, stderr: 'ops: order 01M8ZZZZZZZZZZZZZZZZZZZZZZ does not exist\n' });
    const badPort = await runOps(['--local', 'orders'], { LOCAL_AWS_PORT: 'sqs' });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('LOCAL_AWS_PORT="sqs": must be a number');
    const noQueue = await runOps(['orders'], { ORDERS_TABLE: 'orders-local', INVOICES_BUCKET: 'invoices-local', ORDERS_QUEUE_URL: 'http://127.0.0.1:1/q' });
    expect(noQueue.code).toBe(1);
    expect(noQueue.stderr).toContain('ORDERS_DLQ_URL is required');
  });
});
