import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ORDER_EVENTS_STREAM_FILTERS, orderEventsTopicName, ORDERS_STREAM_VIEW_TYPE, ORDERS_TABLE_INDEXES, ORDERS_TABLE_KEY_ATTRIBUTES } from '@checkout/aws-adapters/src/tableKeys';
import { PRODUCTS_TABLE_HASH_KEY, productsTableName } from '@checkout/aws-adapters/src/products/productTable';
import { readRepoFile, repoPath } from './support/repo';

/**
 * Runs LocalStack's READY hook (docker/localstack/ready.d/10-checkout.sh) against a stub `awslocal`
 * that records every call, so the resources it asks LocalStack for are checked here, without
 * LocalStack. Needs bash and python3, as the LocalStack image has.
 */

interface Call {
  args: string[];
  /** Contents of the files passed as file:// or fileb:// (JSON text, or the zip's entry names). */
  files: Record<string, string>;
}

const HOOK = repoPath('docker/localstack/ready.d/10-checkout.sh');

// The stub answers the few calls whose output the hook reads (--query ... --output text).
const STUB = `#!/usr/bin/env node
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const args = process.argv.slice(2);
const joined = args.join(' ');
if (process.env.STUB_FAIL_ON && joined.includes(process.env.STUB_FAIL_ON)) {
  console.error('stub: failing on purpose: ' + joined);
  process.exit(255);
}
const files = {};
for (const arg of args) {
  const match = /^fileb?:\\/\\/(.+)$/.exec(arg);
  if (!match) continue;
  files[arg] = match[1].endsWith('.zip')
    ? execFileSync('python3', ['-c', 'import sys, zipfile; print("\\\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))', match[1]]).toString().trim()
    : fs.readFileSync(match[1], 'utf8');
}
fs.appendFileSync(process.env.STUB_LOG, JSON.stringify({ args, files }) + '\\n');
const option = (name) => args[args.indexOf(name) + 1];
if (joined.startsWith('sqs create-queue')) console.log('http://localhost:4566/000000000000/' + option('--queue-name'));
if (joined.startsWith('sqs get-queue-attributes')) console.log('arn:aws:sqs:us-east-1:000000000000:' + option('--queue-url').split('/').pop());
if (joined.startsWith('dynamodb create-table') && args.includes('--query')) console.log('arn:aws:dynamodb:us-east-1:000000000000:table/' + option('--table-name') + '/stream/2026-01-01T00:00:00.000');
if (joined.startsWith('apigateway get-resources')) console.log('root0');
if (joined.startsWith('secretsmanager create-secret')) console.log('arn:aws:secretsmanager:us-east-1:000000000000:secret:' + option('--name') + '-AbCdEf');
if (joined.startsWith('apigateway create-resource')) console.log('proxy1');
if (joined.includes('/.well-known/jwks.json')) console.log(process.env.STUB_JWKS);
`;

/** What the stub curl serves as the user pool's JWKS. */
const POOL_JWKS = { keys: [{ kty: 'RSA', e: 'AQAB', use: 'sig', kid: 'CognitoLocal', alg: 'RS256', n: 'stub' }] };

function runHook(options: { failOn?: string; withoutBundle?: string; jwks?: unknown } = {}): { status: number | null; output: string; calls: Call[] } {
  const dir = mkdtempSync(join(tmpdir(), 'localstack-hook-'));
  try {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['awslocal', 'curl']) {
      writeFileSync(join(bin, tool), STUB);
      chmodSync(join(bin, tool), 0o755);
    }
    const bundles = join(dir, 'bundles');
    for (const component of ['ingress-lambda', 'notifier-lambda', 'order-events']) {
      if (component === options.withoutBundle) continue;
      mkdirSync(join(bundles, component, 'fonts'), { recursive: true });
      writeFileSync(join(bundles, component, 'handler.js'), 'exports.handler = async () => ({});');
      writeFileSync(join(bundles, component, 'fonts', 'a.ttf'), 'font');
    }
    const config = join(dir, 'functions.json');
    copyFileSync(repoPath('docker/localstack/functions.json'), config);
    const log = join(dir, 'calls.jsonl');
    writeFileSync(log, '');
    const result = spawnSync('bash', [HOOK], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        HOME: dir,
        STUB_LOG: log,
        STUB_FAIL_ON: options.failOn ?? '',
        STUB_JWKS: JSON.stringify(options.jwks ?? POOL_JWKS),
        CHECKOUT_FUNCTIONS_CONFIG: config,
        CHECKOUT_BUNDLES_DIR: bundles,
        CHECKOUT_CATALOG_SEED: repoPath('local-stack/catalog/demo-products.json'),
      },
    });
    const calls = readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Call);
    return { status: result.status, output: `${result.stdout}${result.stderr}`, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const option = (call: Call, name: string): string => call.args[call.args.indexOf(name) + 1] ?? '';
const fileOption = (call: Call, name: string): unknown => JSON.parse(call.files[option(call, name)] ?? 'null');

describe('LocalStack READY hook (docker/localstack/ready.d/10-checkout.sh)', () => {
  const run = runHook();
  const calls = (prefix: string) => run.calls.filter((c) => c.args.join(' ').startsWith(prefix));
  const config = JSON.parse(readRepoFile('docker/localstack/functions.json')) as {
    runtime: string;
    shared: Record<string, string>;
    functions: { component: string; name: string; documentLinkKeys: boolean; environment: Record<string, string> }[];
  };

  it('is executable, as LocalStack requires of shell hooks', () => {
    expect(statSync(HOOK).mode & 0o111).toBe(0o111);
  });

  it('runs to the end', () => {
    expect(run.output).toContain('[checkout-init] ready');
    expect(run.status).toBe(0);
  });

  it('creates the orders queue with a redrive policy to its dead-letter queue after 3 receives', () => {
    const [dlq, queue] = calls('sqs create-queue');
    expect(option(dlq!, '--queue-name')).toBe('orders-local-dlq');
    expect(option(queue!, '--queue-name')).toBe('orders-local');
    const attributes = fileOption(queue!, '--attributes') as Record<string, string>;
    expect(JSON.parse(attributes.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:orders-local-dlq',
      maxReceiveCount: 3,
    });
    expect(attributes.VisibilityTimeout).toBe('60');
  });

  it('creates the orders table with the keys-only indexes of the table contract and the idempotency table with TTL', () => {
    const [orders, idempotency] = calls('dynamodb create-table');
    expect(option(orders!, '--table-name')).toBe('orders-local');
    expect(JSON.parse(option(orders!, '--global-secondary-indexes'))).toEqual(
      ORDERS_TABLE_INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.hashKey, KeyType: 'HASH' },
          { AttributeName: index.rangeKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      })),
    );
    const attributes = orders!.args.slice(orders!.args.indexOf('--attribute-definitions') + 1).filter((a) => /^AttributeName=.*,AttributeType=/.test(a));
    expect(attributes.sort()).toEqual(
      ORDERS_TABLE_KEY_ATTRIBUTES.map((name) => `AttributeName=${name},AttributeType=S`).sort(),
    );
    expect(option(idempotency!, '--table-name')).toBe('idempotency-local');
    const [ttl] = calls('dynamodb update-time-to-live');
    expect(option(ttl!, '--time-to-live-specification')).toBe('Enabled=true,AttributeName=expiresAt');
  });

  it('creates the products table of the contract and seeds it with the demo catalog npm start seeds', () => {
    const products = calls('dynamodb create-table').find((c) => option(c, '--table-name') === productsTableName('local'))!;
    expect(option(products, '--key-schema')).toBe(`AttributeName=${PRODUCTS_TABLE_HASH_KEY},KeyType=HASH`);
    expect(option(products, '--attribute-definitions')).toBe(`AttributeName=${PRODUCTS_TABLE_HASH_KEY},AttributeType=S`);
    const seed = JSON.parse(readRepoFile('local-stack/catalog/demo-products.json')) as Record<string, string | number>[];
    const written = calls('dynamodb batch-write-item').flatMap(
      (c) => (fileOption(c, '--request-items') as Record<string, { PutRequest: { Item: Record<string, { S?: string; N?: string }> } }[]>)[productsTableName('local')]!,
    );
    expect(written.map(({ PutRequest: { Item } }) => ({
      sku: Item.sku!.S,
      description: Item.description!.S,
      unitPriceMinor: Number(Item.unitPriceMinor!.N),
      currency: Item.currency!.S,
      vatCategory: Item.vatCategory!.S,
      taxRateBps: Number(Item.taxRateBps!.N),
    }))).toEqual(seed);
    expect(written.every(({ PutRequest: { Item } }) => Item.version!.N === '1' && Item.updatedAt!.S === Item.createdAt!.S)).toBe(true);
  });

  it('streams the orders table with the view type of the table contract', () => {
    const [orders] = calls('dynamodb create-table');
    expect(option(orders!, '--stream-specification')).toBe(`StreamEnabled=true,StreamViewType=${ORDERS_STREAM_VIEW_TYPE}`);
  });

  it('creates the order-events SNS FIFO topic, deduplicated by the id the publisher sets', () => {
    const [topic] = calls('sns create-topic');
    expect(option(topic!, '--name')).toBe(orderEventsTopicName('local'));
    expect(option(topic!, '--attributes')).toBe('FifoTopic=true,ContentBasedDeduplication=false');
  });

  it('feeds the order-events Lambda from the orders stream as terraform-cdk does, failures to their queue', () => {
    const [mapping] = calls('lambda create-event-source-mapping');
    expect(option(mapping!, '--function-name')).toBe('order-events-local');
    expect(option(mapping!, '--event-source-arn')).toBe('arn:aws:dynamodb:us-east-1:000000000000:table/orders-local/stream/2026-01-01T00:00:00.000');
    expect(option(mapping!, '--starting-position')).toBe('TRIM_HORIZON');
    expect(option(mapping!, '--function-response-types')).toBe('ReportBatchItemFailures');
    expect(mapping!.args).toContain('--bisect-batch-on-function-error');
    const filters = (fileOption(mapping!, '--filter-criteria') as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual(ORDER_EVENTS_STREAM_FILTERS);
    expect(JSON.parse(option(mapping!, '--destination-config'))).toEqual({
      OnFailure: { Destination: 'arn:aws:sqs:us-east-1:000000000000:order-events-failures-local' },
    });
    const topicArn = config.functions.find((f) => f.component === 'order-events')!.environment.ORDER_EVENTS_TOPIC_ARN;
    expect(topicArn).toBe(`arn:aws:sns:us-east-1:000000000000:${orderEventsTopicName('local')}`);
  });

  it('deploys each Lambda from its bundle, handler.js at the root of the zip, with its environment', () => {
    const created = calls('lambda create-function');
    expect(created.map((c) => option(c, '--function-name'))).toEqual(config.functions.map((f) => f.name));
    for (const call of created) {
      const fn = config.functions.find((f) => f.name === option(call, '--function-name'))!;
      expect(option(call, '--runtime')).toBe(config.runtime);
      expect(option(call, '--handler')).toBe('handler.handler');
      expect(call.files[option(call, '--zip-file')]).toBe('fonts/a.ttf\nhandler.js');
      const keys = fn.documentLinkKeys ? { DOCUMENT_LINK_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:document-link-keys-local-AbCdEf' } : {};
      const jwks = fn.component === 'ingress-lambda' ? { COGNITO_JWKS: JSON.stringify(POOL_JWKS) } : {};
      expect(fileOption(call, '--environment')).toEqual({ Variables: { ...config.shared, ...fn.environment, ...keys, ...jwks } });
    }
    expect(calls('lambda wait function-active-v2')).toHaveLength(config.functions.length);
  });

  it('makes the document link key secret with one new random key, and gives it to the ingress and the notifier only', () => {
    const [created] = calls('secretsmanager create-secret');
    expect(option(created!, '--name')).toBe('document-link-keys-local');
    expect(created!.args.join(' ')).not.toMatch(/local=[\w-]{43}/);
    expect(created!.files[option(created!, '--secret-string')]).toMatch(/^local=[\w-]{43}$/);
    expect(config.functions.filter((f) => f.documentLinkKeys).map((f) => f.component).sort()).toEqual(['ingress-lambda', 'notifier-lambda']);
  });

  it('sends ObjectCreated events for invoices/*.pdf to the notifier', () => {
    const [notification] = calls('s3api put-bucket-notification-configuration');
    expect(option(notification!, '--bucket')).toBe('invoices-local');
    expect(fileOption(notification!, '--notification-configuration')).toEqual({
      LambdaFunctionConfigurations: [
        {
          Id: 'invoice-pdf-created',
          LambdaFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:notifier-local',
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'invoices/' }, { Name: 'suffix', Value: '.pdf' }] } },
        },
      ],
    });
  });

  it('proxies every path and method of a REST API with a fixed id to the ingress Lambda', () => {
    const [api] = calls('apigateway create-rest-api');
    expect(JSON.parse(option(api!, '--tags'))).toEqual({ _custom_id_: 'orders' });
    expect(option(calls('apigateway create-resource')[0]!, '--path-part')).toBe('{proxy+}');
    const integrations = calls('apigateway put-integration');
    expect(integrations.map((c) => option(c, '--resource-id'))).toEqual(['root0', 'proxy1']);
    for (const call of integrations) {
      expect(option(call, '--http-method')).toBe('ANY');
      expect(option(call, '--type')).toBe('AWS_PROXY');
      expect(option(call, '--uri')).toContain('function:ingress-local/invocations');
    }
    expect(option(calls('apigateway create-deployment')[0]!, '--stage-name')).toBe('local');
    expect(calls('--fail').at(-1)?.args.at(-1)).toBe('http://localhost:4566/_aws/execute-api/orders/local/health');
  });

  it('ships the user pool\'s JWKS, fetched from the issuer the ingress trusts, to the ingress only', () => {
    const issuer = config.functions.find((f) => f.component === 'ingress-lambda')!.environment.COGNITO_ISSUER;
    expect(issuer).toBe('http://identity:9329/local_checkout');
    const [fetched] = calls('--fail');
    expect(fetched!.args.at(-1)).toBe(`${issuer}/.well-known/jwks.json`);
    const environments = Object.fromEntries(
      calls('lambda create-function').map((c) => [option(c, '--function-name'), (fileOption(c, '--environment') as { Variables: Record<string, string> }).Variables]),
    );
    expect(JSON.parse(environments['ingress-local']!.COGNITO_JWKS!)).toEqual(POOL_JWKS);
    expect(Object.keys(environments).filter((name) => 'COGNITO_JWKS' in environments[name]!)).toEqual(['ingress-local']);
  });

  it('fails before deploying a Lambda when the user pool serves no keys', () => {
    const failed = runHook({ jwks: { keys: [] } });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('the user pool\'s JWKS has no keys');
    expect(failed.calls.some((c) => c.args.join(' ').startsWith('lambda create-function'))).toBe(false);
  });

  it('stops at the first failing call, so LocalStack marks the hook as failed', () => {
    const failed = runHook({ failOn: 'lambda create-function' });
    expect(failed.status).not.toBe(0);
    expect(failed.calls.some((c) => c.args.includes('apigateway'))).toBe(false);
  });

  it('fails before creating anything when a bundle is missing, naming it', () => {
    const failed = runHook({ withoutBundle: 'notifier-lambda' });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/notifier-lambda\/handler\.js.*npm run build/);
    expect(failed.calls).toEqual([]);
  });
});
