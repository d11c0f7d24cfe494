// The local stack's own configuration and naming, imported by path: pure modules, no emulator code.
import { loadLocalStackConfig } from '@checkout/local-stack/src/config';
import { emulatorEnv } from '@checkout/local-stack/src/emulators';
import { stageResources } from '@checkout/local-stack/src/resources';

/** fauxqs' account id in queue URLs (path style: http://127.0.0.1:PORT/000000000000/<name>). */
const LOCAL_ACCOUNT = '000000000000';

/**
 * The environment `npm start` gives its components, rebuilt from the variables `npm start` reads
 * (STAGE, AWS_REGION, LOCAL_AWS_PORT, LOCAL_DYNAMODB_PORT, LOCAL_SMTP_PORT) with the
 * same defaults: `npm run ops -- --local ...` reaches the stack `npm start` runs in another
 * terminal. Throws ConfigError naming a malformed variable.
 */
export function localStackEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const config = loadLocalStackConfig(env);
  const names = stageResources(config.STAGE);
  const aws = `http://127.0.0.1:${config.LOCAL_AWS_PORT}`;
  return {
    ...emulatorEnv({ aws, dynamodb: `http://127.0.0.1:${config.LOCAL_DYNAMODB_PORT}`, smtpPort: config.LOCAL_SMTP_PORT, region: config.AWS_REGION }),
    STAGE: config.STAGE,
    ORDERS_TABLE: names.ordersTable,
    IDEMPOTENCY_TABLE: names.idempotencyTable,
    INVOICES_BUCKET: names.invoicesBucket,
    ORDERS_QUEUE_URL: `${aws}/${LOCAL_ACCOUNT}/${names.ordersQueue}`,
    ORDERS_DLQ_URL: `${aws}/${LOCAL_ACCOUNT}/${names.ordersDlq}`,
  };
}
