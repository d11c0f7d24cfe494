import { ConfigError, createLogger } from '@checkout/aws-adapters';
import { CheckoutError, ORDER_STATUSES, type OrderStatus } from '@checkout/domain';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHistory, formatOrders, formatRedrive, formatReplay, formatResend, formatRevocation } from './cliOutput';
import { OpsError } from './errors';
import { listOrders } from './listOrders';
import { localStackEnv } from './localTarget';
import { opsFromEnv, SERVICE_NAME } from './opsFromEnv';
import { orderHistory } from './orderHistory';
import { progressLine } from './progress';
import { redriveDeadLetters } from './redriveDeadLetters';
import { replayNotificationFailures } from './replayNotificationFailures';
import { resendInvoiceEmail, waitForNewEmail } from './resendInvoiceEmail';
import { revokeDocumentLinks } from './revokeDocumentLinks';
import { LAMBDA_BUNDLES, type LambdaBundle, mapStackTrace, readBundleSourceMap } from './stackTrace';

const USAGE = `Usage: npm run ops -- [--local] [--json] <command>

Commands:
  orders [--status STATUS] [--limit N] [--cursor C]
                         Orders, newest first: of one status (${ORDER_STATUSES.join(', ')}), or of all.
  order <orderId>        One order's history: status times, invoice, emails, failures, redrives.
  redrive                Send the dead letters back to the invoice worker: messages still in the
                         dead-letter queue, and FAILED orders (reopened where they failed).
  resend <orderId> [--no-wait] [--timeout SECONDS]
                         Email an order's invoice again (the notifier sends once per request);
                         waits for the email unless --no-wait (default 60 s).
  replay                 Try again every invoice email that failed (INVOICED orders with an error).
  revoke-links <orderId> Revoke every invoice and credit note link emailed for the order so far
                         (they answer 410); \`resend\` afterwards emails a new, working one.
  stack-trace <${LAMBDA_BUNDLES.join('|')}>
                         Read a stack trace a Lambda logged on stdin and print it with source
                         positions (build the deployed commit first: \`npm run build\`).

Options:
  --local   Point at \`npm start\` on this machine: ports from LOCAL_AWS_PORT, LOCAL_DYNAMODB_PORT,
            names from STAGE (defaults as npm start's).
  --json    Print the result as JSON on stdout.

Without --local it reads the components' variables: ORDERS_TABLE, INVOICES_BUCKET, ORDERS_QUEUE_URL,
ORDERS_DLQ_URL, AWS_REGION, STAGE (and AWS credentials and endpoints as the AWS SDK does).`;

/** A mistake in the command line: usage is printed, exit code 2. */
class UsageError extends Error {}

/** `npm run ops -- <command>`: exit 0 done, 1 failed (the message says why), 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      local: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      status: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      'no-wait': { type: 'boolean', default: false },
      timeout: { type: 'string' },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }

  if (command === 'stack-trace') {
    const bundle = args[0];
    if (args.length !== 1 || !(LAMBDA_BUNDLES as readonly string[]).includes(bundle!)) throw new UsageError(`give one of ${LAMBDA_BUNDLES.join(', ')}`);
    const root = join(__dirname, '..', '..');
    process.stdout.write(mapStackTrace(await text(process.stdin), readBundleSourceMap(root, bundle as LambdaBundle), root));
    return 0;
  }

  // The SDK reads its endpoints from the environment, so --local sets them before any client exists.
  if (values.local) Object.assign(process.env, localStackEnv(process.env));
  // Log lines (JSON) are for warnings only, on stderr: stdout carries the answer.
  const ops = opsFromEnv(process.env, { logger: createLogger(SERVICE_NAME, 'WARN') });
  const print = (human: string, json: unknown) => process.stdout.write(`${values.json ? JSON.stringify(json, null, 2) : human}\n`);
  const progress = progressLine(process.stderr);
  try {
    switch (command) {
      case 'orders': {
        const status = values.status?.toUpperCase();
        if (status !== undefined && !(ORDER_STATUSES as readonly string[]).includes(status)) {
          throw new UsageError(`--status must be one of ${ORDER_STATUSES.join(', ')}`);
        }
        const limit = Number(values.limit ?? 20);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
        if (values.cursor && !status) throw new UsageError('--cursor pages through one --status');
        const list = await listOrders(ops, { limit, ...(status ? { status: status as OrderStatus } : {}), ...(values.cursor ? { cursor: values.cursor } : {}) });
        print(formatOrders(list.orders, list.cursor), list);
        return 0;
      }
      case 'order': {
        const history = await orderHistory(ops, requireOrderId(args));
        print(formatHistory(history), history);
        return 0;
      }
      case 'redrive': {
        const report = await redriveDeadLetters(ops, progress);
        print(formatRedrive(report), report);
        return report.queueFailures.length > 0 ? 1 : 0;
      }
      case 'resend': {
        const timeout = Number(values.timeout ?? 60);
        if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError('--timeout must be a number of seconds above 0');
        const receipt = await resendInvoiceEmail(ops, requireOrderId(args));
        if (values['no-wait']) {
          print(formatResend(receipt), { ...receipt, before: undefined });
          return 0;
        }
        progress.start(`waiting for the email of ${receipt.orderId}`);
        const sent = await waitForNewEmail(ops, receipt, { timeoutMs: timeout * 1000 }).finally(() => progress.done());
        print(formatResend(receipt, sent), { ...receipt, before: undefined, messageId: sent.notification?.messageId, notification: sent.notification });
        return 0;
      }
      case 'revoke-links': {
        const revocation = await revokeDocumentLinks(ops, requireOrderId(args));
        print(formatRevocation(revocation), revocation);
        return 0;
      }
      case 'replay': {
        const report = await replayNotificationFailures(ops, progress);
        print(formatReplay(report), report);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    ops.close();
  }
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function requireOrderId(args: string[]): string {
  if (args.length !== 1 || !args[0]) throw new UsageError('give one order id');
  return args[0];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ops: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    const known = error instanceof ConfigError || error instanceof OpsError || error instanceof CheckoutError;
    process.stderr.write(`ops: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
