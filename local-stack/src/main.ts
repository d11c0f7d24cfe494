import { ConfigError, createLogger } from '@checkout/aws-adapters';
import { loadLocalStackConfig } from './config';
import { LOCAL_IDENTITY } from './localIdentity';
import { startLocalStack } from './localStack';
import { PortInUseError } from './ports';
import { printedProgress } from './startupProgress';

/** `npm start`: the whole pipeline on this machine. Ctrl-C stops it cleanly. */
async function main(): Promise<void> {
  const config = loadLocalStackConfig();
  const logger = createLogger('local-stack', config.LOG_LEVEL);
  process.stdout.write('Starting the checkout pipeline on 127.0.0.1:\n');
  const progress = printedProgress((line) => process.stdout.write(line));
  const stack = await startLocalStack(config, logger, progress);
  const { urls } = stack;
  process.stdout.write(
    [
      '',
      `Checkout pipeline is running, ready in ${progress.elapsedSeconds()} (Ctrl-C to stop):`,
      `  Orders API     ${urls.api}        POST /orders, GET|PATCH /orders/{id} (Authorization: Bearer <token>)`,
      `  API docs       ${urls.docs}`,
      `  Email inbox    ${urls.inbox}`,
      `  Console        ${urls.console}       orders, invoices, emails, dead letters (npm run ops -- --local for the CLI)`,
      `  Cognito        ${urls.cognito}        user pool ${LOCAL_IDENTITY.userPoolId}: customers ${LOCAL_IDENTITY.customerClientId} (sign-up codes in the inbox),`,
      `                 ${urls.tokenUrl}   shop ${LOCAL_IDENTITY.serviceClientId} / ${LOCAL_IDENTITY.serviceClientSecret} (client credentials; README "Identity")`,
      `  SQS + S3 + SNS ${urls.aws}        (aws --endpoint-url ${urls.aws} s3 ls s3://${stack.env.INVOICES_BUCKET} --recursive)`,
      `  DynamoDB       ${urls.dynamodb}`,
      `  Order events   ${urls.orderEvents}   (SNS FIFO: subscribe an SQS FIFO queue, README "Order events")`,
      `  Traces         ${urls.traces}   (one span per line: jq 'select(.attributes."order.id" == "<orderId>")')`,
      '',
    ].join('\n') + '\n',
  );
  // After the banner: whoever waits for this line (stackProcess.ts) has the banner already.
  logger.info('local stack ready', { urls });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping local stack', { signal });
    await stack.stop();
    logger.info('local stack stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const plain = error instanceof ConfigError || error instanceof PortInUseError;
  process.stderr.write(`local stack failed to start: ${plain ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
