import { authorizationScopesOf, ROUTE_ACCESS } from '@checkout/aws-adapters';
import { STAGE_NAMES, type StageName } from '../../src/stages';
import {
  committedSettings,
  ref,
  resources,
  resourceWhere,
  synthStage,
  withoutAssetHashes,
  type Resource,
  type Synthesized,
} from './support/synth';

const synths = {} as Record<StageName, Synthesized>;
let dev: Synthesized;

beforeAll(() => {
  for (const stage of STAGE_NAMES) synths[stage] = synthStage(stage);
  dev = synths.dev;
});

const ACCOUNT_ID = '${data.aws_caller_identity.caller.account_id}';
const id = (entry: [string, Resource]) => entry[0];
const body = (entry: [string, Resource]) => entry[1];
const containerOf = (synth: Synthesized): Resource => {
  const taskDefinition = Object.values(resources(synth, 'aws_ecs_task_definition'))[0]!;
  return (JSON.parse(taskDefinition.container_definitions) as Resource[])[0]!;
};

describe.each(STAGE_NAMES)('the %s stack', (stage) => {
  it('keeps its state in the stage S3 bucket with native lock files', () => {
    const settings = committedSettings(stage);
    expect(synths[stage].terraform.backend.s3).toEqual({
      bucket: settings.state.bucket,
      key: `checkout/${stage}/terraform.tfstate`,
      region: settings.region,
      encrypt: true,
      use_lockfile: true,
    });
  });

  it('tags every resource with project and stage through the provider default tags', () => {
    expect(synths[stage].provider.aws![0]!.default_tags).toEqual([{ tags: { project: 'checkout', stage } }]);
  });

  it('names the stores, queues, worker and log groups after the stage', () => {
    const names = (type: string, attribute = 'name') =>
      Object.values(resources(synths[stage], type)).map((r) => r[attribute]);
    expect(names('aws_sqs_queue').sort()).toEqual(
      [`notifier-failures-${stage}`, `order-events-failures-${stage}`, `orders-${stage}`, `orders-${stage}-dlq`].sort(),
    );
    expect(names('aws_dynamodb_table').sort()).toEqual([`idempotency-${stage}`, `orders-${stage}`, `products-${stage}`]);
    expect(names('aws_s3_bucket', 'bucket')).toEqual([`invoices-${stage}-${ACCOUNT_ID}`]);
    expect(names('aws_ecs_cluster')).toEqual([`checkout-${stage}`]);
    expect(names('aws_ecs_service')).toEqual([`invoice-worker-${stage}`]);
    expect(names('aws_ecr_repository')).toEqual([`invoice-worker-${stage}`]);
    expect(names('aws_cloudwatch_log_group')).toEqual(
      expect.arrayContaining([
        `/aws/lambda/checkout-ingress-${stage}`,
        `/aws/lambda/checkout-notifier-${stage}`,
        `/aws/lambda/checkout-order-events-${stage}`,
        `/ecs/invoice-worker-${stage}`,
      ]),
    );
  });

  it('protects the orders table from deletion only in prod', () => {
    const [, orders] = resourceWhere(synths[stage], 'aws_dynamodb_table', 'name', `orders-${stage}`);
    expect(orders.deletion_protection_enabled).toBe(stage === 'prod');
  });

  it('runs the worker image tag given by the worker_image_tag variable', () => {
    expect(synths[stage].variable.worker_image_tag).toMatchObject({
      type: 'string',
      default: committedSettings(stage).worker.imageTag,
    });
    expect(containerOf(synths[stage]).image).toMatch(/:\$\{var\.worker_image_tag\}$/);
  });
});

describe('the tables', () => {
  it('key orders by pk alone, with sparse keys-only outbox and numbering indexes and a keys-only status index, on demand, PITR and SSE', () => {
    const [, orders] = resourceWhere(dev, 'aws_dynamodb_table', 'name', 'orders-dev');
    expect(orders).toMatchObject({
      hash_key: 'pk',
      billing_mode: 'PAY_PER_REQUEST',
      point_in_time_recovery: { enabled: true },
      server_side_encryption: { enabled: true },
      global_secondary_index: [
        { name: 'outbox', hash_key: 'outboxPending', range_key: 'createdAt', projection_type: 'KEYS_ONLY' },
        { name: 'numbering', hash_key: 'numberPending', range_key: 'numberRequestedAt', projection_type: 'KEYS_ONLY' },
        { name: 'byStatus', hash_key: 'status', range_key: 'createdAt', projection_type: 'KEYS_ONLY' },
      ],
    });
    expect(orders.range_key).toBeUndefined();
    expect(orders.ttl).toBeUndefined();
    // Each key attribute once: Terraform refuses a table whose attributes repeat a name.
    expect(orders.attribute).toEqual([
      { name: 'pk', type: 'S' },
      { name: 'outboxPending', type: 'S' },
      { name: 'createdAt', type: 'S' },
      { name: 'numberPending', type: 'S' },
      { name: 'numberRequestedAt', type: 'S' },
      { name: 'status', type: 'S' },
    ]);
  });

  it('expire idempotency keys through TTL on expiresAt', () => {
    const [, idempotency] = resourceWhere(dev, 'aws_dynamodb_table', 'name', 'idempotency-dev');
    expect(idempotency).toMatchObject({
      hash_key: 'pk',
      billing_mode: 'PAY_PER_REQUEST',
      ttl: { attribute_name: 'expiresAt', enabled: true },
      point_in_time_recovery: { enabled: true },
      server_side_encryption: { enabled: true },
    });
  });
});

describe('the queues', () => {
  it('long-poll the orders queue with a 60 s visibility timeout and redrive to the DLQ after 3 receives', () => {
    const queue = resourceWhere(dev, 'aws_sqs_queue', 'name', 'orders-dev');
    const dlq = resourceWhere(dev, 'aws_sqs_queue', 'name', 'orders-dev-dlq');
    expect(body(queue)).toMatchObject({ receive_wait_time_seconds: 20, visibility_timeout_seconds: 60 });
    expect(JSON.parse(body(queue).redrive_policy)).toEqual({
      deadLetterTargetArn: ref('aws_sqs_queue', id(dlq), 'arn'),
      maxReceiveCount: 3,
    });
  });

  it('keep dead letters 14 days and accept them only from the orders queue', () => {
    const queue = resourceWhere(dev, 'aws_sqs_queue', 'name', 'orders-dev');
    const dlq = resourceWhere(dev, 'aws_sqs_queue', 'name', 'orders-dev-dlq');
    expect(body(dlq).message_retention_seconds).toBe(14 * 24 * 3600);
    const allow = Object.values(resources(dev, 'aws_sqs_queue_redrive_allow_policy'))[0]!;
    expect(allow.queue_url).toBe(ref('aws_sqs_queue', id(dlq), 'url'));
    expect(JSON.parse(allow.redrive_allow_policy)).toEqual({
      redrivePermission: 'byQueue',
      sourceQueueArns: [ref('aws_sqs_queue', id(queue), 'arn')],
    });
  });
});

describe('the invoices bucket', () => {
  it('is versioned, owner-enforced and has lifecycle rules for invoices, failed/ and old versions', () => {
    expect(Object.values(resources(dev, 'aws_s3_bucket_versioning'))[0]!.versioning_configuration).toEqual({
      status: 'Enabled',
    });
    expect(Object.values(resources(dev, 'aws_s3_bucket_ownership_controls'))[0]!.rule).toEqual({
      object_ownership: 'BucketOwnerEnforced',
    });
    const rules = Object.values(resources(dev, 'aws_s3_bucket_lifecycle_configuration'))[0]!.rule as Resource[];
    const byId = Object.fromEntries(rules.map((r) => [r.id, r]));
    expect(byId['invoices-to-infrequent-access']).toMatchObject({
      filter: [{ prefix: 'invoices/' }],
      transition: [{ days: 90, storage_class: 'STANDARD_IA' }],
    });
    expect(byId['invoices-to-infrequent-access']!.expiration).toBeUndefined();
    expect(byId['expire-failed-archive']).toMatchObject({ filter: [{ prefix: 'failed/' }], expiration: [{ days: 90 }] });
    expect(byId['expire-noncurrent-versions']).toMatchObject({ noncurrent_version_expiration: [{ noncurrent_days: 30 }] });
  });

  it('notifies the notifier Lambda of new invoices/*.pdf objects, with a permission pinned to bucket and account', () => {
    const notifier = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-notifier-dev');
    const bucket = Object.keys(resources(dev, 'aws_s3_bucket'))[0]!;
    const notification = Object.values(resources(dev, 'aws_s3_bucket_notification'))[0]!;
    expect(notification.bucket).toBe(ref('aws_s3_bucket', bucket, 'id'));
    expect(notification.lambda_function).toEqual([
      {
        lambda_function_arn: ref('aws_lambda_function', id(notifier), 'arn'),
        events: ['s3:ObjectCreated:*'],
        filter_prefix: 'invoices/',
        filter_suffix: '.pdf',
      },
    ]);
    const [permissionId, permission] = resourceWhere(dev, 'aws_lambda_permission', 'principal', 's3.amazonaws.com');
    expect(permission).toMatchObject({
      function_name: ref('aws_lambda_function', id(notifier), 'function_name'),
      source_arn: ref('aws_s3_bucket', bucket, 'arn'),
      source_account: ACCOUNT_ID,
    });
    expect(notification.depends_on).toContain(`aws_lambda_permission.${permissionId}`);
  });
});

describe('the Lambdas', () => {
  it.each([
    ['checkout-ingress-dev', 512, 10, ['IDEMPOTENCY_TABLE', 'ORDERS_QUEUE_URL', 'STATUS_LINK_EXPIRY_SECONDS', 'DOCUMENT_REDIRECT_SECONDS', 'DOCUMENT_LINK_KEYS_SECRET_ARN']],
    ['checkout-notifier-dev', 512, 30, ['MAIL_TRANSPORT', 'MAIL_FROM', 'EMAIL_LINK_EXPIRY_SECONDS', 'SES_CONFIGURATION_SET', 'DOCUMENT_LINK_BASE_URL', 'DOCUMENT_LINK_KEYS_SECRET_ARN']],
  ])('%s runs Node.js 24 on arm64 from its zipped dist folder, without the source-map flag', (name, memory, timeout, specific) => {
    const [logicalId, fn] = resourceWhere(dev, 'aws_lambda_function', 'function_name', name);
    expect(fn).toMatchObject({
      runtime: 'nodejs24.x',
      architectures: ['arm64'],
      handler: 'handler.handler',
      memory_size: memory,
      timeout,
    });
    const workspace = name.includes('ingress') ? 'ingress' : 'notifier';
    expect(fn.filename).toMatch(new RegExp(`^assets/${workspace}_code_[0-9A-F]+/[0-9A-F]{32}/archive\\.zip$`));
    expect(fn.source_code_hash).toMatch(/^[0-9A-F]{32}$/);
    expect(Object.keys(fn.environment.variables)).toEqual(
      expect.arrayContaining(['STAGE', 'ORDERS_TABLE', 'INVOICES_BUCKET', 'LOG_LEVEL', ...specific]),
    );
    // --enable-source-maps parses the map at every cold start (docs/decisions/lambda-bundles.md).
    expect(fn.environment.variables.NODE_OPTIONS).toBeUndefined();
    expect(fn.logging_config.log_group).toMatch(/^\$\{aws_cloudwatch_log_group\./);
    expect(logicalId).toBeDefined();
  });

  it('signs 30-day document links with the stage\'s key secret, pointing at the API stage, which checks them with the same secret', () => {
    const [secretId] = resourceWhere(dev, 'aws_secretsmanager_secret', 'name', 'document-link-keys-dev');
    const secretArn = ref('aws_secretsmanager_secret', secretId, 'arn');
    const [, notifier] = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-notifier-dev');
    const [, ingress] = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-ingress-dev');
    expect(notifier.environment.variables).toMatchObject({
      EMAIL_LINK_EXPIRY_SECONDS: String(30 * 86_400),
      DOCUMENT_LINK_KEYS_SECRET_ARN: secretArn,
      DOCUMENT_LINK_BASE_URL: ref('aws_api_gateway_stage', Object.keys(resources(dev, 'aws_api_gateway_stage'))[0]!, 'invoke_url'),
    });
    expect(ingress.environment.variables).toMatchObject({ DOCUMENT_LINK_KEYS_SECRET_ARN: secretArn, DOCUMENT_REDIRECT_SECONDS: '300' });
    expect(resources(dev, 'aws_secretsmanager_secret')[secretId]).toMatchObject({ recovery_window_in_days: 7 });
    expect(Object.values(resources(synthStage('prod'), 'aws_secretsmanager_secret'))).toEqual([expect.objectContaining({ name: 'document-link-keys-prod', recovery_window_in_days: 30 })]);
  });

  it('retries a failed notification twice, then sends the event to notifier-failures', () => {
    const failures = resourceWhere(dev, 'aws_sqs_queue', 'name', 'notifier-failures-dev');
    const config = Object.values(resources(dev, 'aws_lambda_function_event_invoke_config'))[0]!;
    expect(config).toMatchObject({
      maximum_retry_attempts: 2,
      destination_config: { on_failure: { destination: ref('aws_sqs_queue', id(failures), 'arn') } },
    });
    expect(body(failures).message_retention_seconds).toBe(14 * 24 * 3600);
  });
});

describe('the orders API', () => {
  const routeKey = (synth: Synthesized, method: Resource) => {
    const resourceId = /aws_api_gateway_resource\.([^.]+)\.id/.exec(method.resource_id)![1]!;
    const pathOf = (logicalId: string): string => {
      const r = resources(synth, 'aws_api_gateway_resource')[logicalId]!;
      const parent = /aws_api_gateway_resource\.([^.]+)\.id/.exec(r.parent_id);
      return `${parent ? pathOf(parent[1]!) : ''}/${r.path_part}`;
    };
    return `${method.http_method} ${pathOf(resourceId)}`;
  };

  it('authorises order routes with Cognito scopes and leaves the docs and the emailed document links public', () => {
    const routes = Object.fromEntries(
      Object.values(resources(dev, 'aws_api_gateway_method')).map((m) => [
        routeKey(dev, m),
        m.authorization === 'NONE' ? 'public' : m.authorization_scopes,
      ]),
    );
    // The shop's scope, or a signed-in customer's access token where customers may call (the Lambda then limits them to their own orders).
    const customer = 'aws.cognito.signin.user.admin';
    expect(routes).toEqual({
      'POST /orders': ['checkout/orders.write', customer],
      'GET /orders/{id}': ['checkout/orders.read', customer],
      'PATCH /orders/{id}': ['checkout/orders.write', customer],
      'POST /orders/{id}/refunds': ['checkout/orders.write'],
      'GET /orders/{id}/refunds/{refundId}': ['checkout/orders.read', customer],
      'GET /documents/{token}': 'public',
      'GET /products': 'public',
      'GET /products/{sku}': 'public',
      'PUT /products/{sku}': ['checkout/catalog.admin'],
      'GET /openapi.json': 'public',
      'GET /health': 'public',
      'GET /docs': 'public',
      'GET /docs/{proxy+}': 'public',
    });
  });

  it('authorises exactly what the Lambda enforces: every route of the identity contract, with its scopes', () => {
    const methods = Object.values(resources(dev, 'aws_api_gateway_method'));
    for (const access of Object.values(ROUTE_ACCESS)) {
      const method = methods.find((m) => routeKey(dev, m) === `${access.method} /${access.path}`);
      expect(method).toMatchObject({ authorization: 'COGNITO_USER_POOLS', authorization_scopes: authorizationScopesOf(access) });
    }
    const authorizer = Object.values(resources(dev, 'aws_api_gateway_authorizer'))[0]!;
    expect(authorizer).toMatchObject({ type: 'COGNITO_USER_POOLS', identity_source: 'method.request.header.Authorization' });
    // The Lambda verifies the same pool's tokens, for the two app clients.
    const ingress = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-ingress-dev')[1];
    const pool = Object.keys(resources(dev, 'aws_cognito_user_pool'))[0]!;
    expect(ingress.environment.variables).toMatchObject({
      COGNITO_ISSUER: `https://\${aws_cognito_user_pool.${pool}.endpoint}`,
      COGNITO_CUSTOMER_CLIENT_ID: expect.stringMatching(/^\$\{aws_cognito_user_pool_client\.[^.]+customer-client[^.]*\.id\}$/),
      COGNITO_SERVICE_CLIENT_ID: expect.stringMatching(/^\$\{aws_cognito_user_pool_client\.[^.]+_client_[^.]*\.id\}$/),
    });
  });

  it('gives the Lambda the pool\'s JWKS as Terraform reads it from Cognito, failing the apply if Cognito does not serve it', () => {
    const pool = Object.keys(resources(dev, 'aws_cognito_user_pool'))[0]!;
    const [jwksId, jwks] = Object.entries(dev.data.http ?? {})[0] ?? [];
    expect(jwks).toMatchObject({
      url: `https://\${aws_cognito_user_pool.${pool}.endpoint}/.well-known/jwks.json`,
      lifecycle: { postcondition: [{ condition: '${self.status_code == 200}' }] },
    });
    expect(dev.terraform.required_providers.http).toMatchObject({ source: 'http' });
    const ingress = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-ingress-dev')[1];
    expect(ingress.environment.variables.COGNITO_JWKS).toBe(`\${data.http.${jwksId}.response_body}`);
  });

  it('lets customers sign up themselves, with their email verified by a code, and log in on a public client', () => {
    const pool = Object.values(resources(dev, 'aws_cognito_user_pool'))[0]!;
    expect(pool).toMatchObject({
      name: 'checkout-dev',
      admin_create_user_config: { allow_admin_create_user_only: false },
      username_attributes: ['email'],
      auto_verified_attributes: ['email'],
      verification_message_template: { default_email_option: 'CONFIRM_WITH_CODE' },
    });
    expect(pool.verification_message_template.email_message).toContain('{####}');
    // Customers' accounts are protected where the tables are.
    for (const stage of STAGE_NAMES) {
      const stagePool = Object.values(resources(synths[stage], 'aws_cognito_user_pool'))[0]!;
      expect(stagePool.deletion_protection).toBe(committedSettings(stage).deletionProtection ? 'ACTIVE' : 'INACTIVE');
    }
    const customers = Object.values(resources(dev, 'aws_cognito_user_pool_client')).find((c) => c.name === 'checkout-dev-customers')!;
    expect(customers).toMatchObject({
      generate_secret: false,
      explicit_auth_flows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      prevent_user_existence_errors: 'ENABLED',
    });
    expect(customers.allowed_oauth_flows).toBeUndefined();
    expect(dev.output.cognito_customer_client_id!.value).toMatch(/aws_cognito_user_pool_client\.[^.]+\.id/);
  });

  it('proxies every route to the ingress Lambda, which API Gateway may invoke for this stage', () => {
    const ingress = resourceWhere(dev, 'aws_lambda_function', 'function_name', 'checkout-ingress-dev');
    const integrations = Object.values(resources(dev, 'aws_api_gateway_integration'));
    expect(integrations).toHaveLength(Object.keys(ROUTE_ACCESS).length + 7);
    for (const integration of integrations) {
      expect(integration).toMatchObject({
        type: 'AWS_PROXY',
        integration_http_method: 'POST',
        uri: ref('aws_lambda_function', id(ingress), 'invoke_arn'),
      });
    }
    const [, permission] = resourceWhere(dev, 'aws_lambda_permission', 'principal', 'apigateway.amazonaws.com');
    expect(permission.source_arn).toMatch(/^\$\{aws_api_gateway_rest_api\.[^.]+\.execution_arn\}\/dev\/\*$/);
  });

  it('is a regional API with a stage named after the stage, throttled from the stage settings', () => {
    for (const stage of STAGE_NAMES) {
      const settings = committedSettings(stage);
      const api = Object.values(resources(synths[stage], 'aws_api_gateway_rest_api'))[0]!;
      expect(api.endpoint_configuration).toEqual({ types: ['REGIONAL'] });
      expect(Object.values(resources(synths[stage], 'aws_api_gateway_stage'))[0]!.stage_name).toBe(stage);
      const methodSettings = Object.values(resources(synths[stage], 'aws_api_gateway_method_settings'))[0]!;
      expect(methodSettings.method_path).toBe('*/*');
      expect(methodSettings.settings).toMatchObject({
        throttling_rate_limit: settings.api.throttlingRateLimit,
        throttling_burst_limit: settings.api.throttlingBurstLimit,
      });
    }
  });

  it('writes JSON access logs to a log group with retention', () => {
    const stage = Object.values(resources(dev, 'aws_api_gateway_stage'))[0]!;
    const logGroupId = /aws_cloudwatch_log_group\.([^.]+)\.arn/.exec(stage.access_log_settings.destination_arn)![1]!;
    expect(resources(dev, 'aws_cloudwatch_log_group')[logGroupId]!.retention_in_days).toBe(14);
    const format = JSON.parse(stage.access_log_settings.format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });

  it('issues client-credentials tokens with the order and catalog admin scopes from a Cognito hosted domain', () => {
    const client = Object.values(resources(dev, 'aws_cognito_user_pool_client')).find((c) => c.name === 'checkout-dev-shop')!;
    expect(client).toMatchObject({
      generate_secret: true,
      allowed_oauth_flows: ['client_credentials'],
      allowed_oauth_flows_user_pool_client: true,
      allowed_oauth_scopes: ['checkout/orders.read', 'checkout/orders.write', 'checkout/catalog.admin'],
    });
    const server = Object.values(resources(dev, 'aws_cognito_resource_server'))[0]!;
    expect(server.identifier).toBe('checkout');
    expect(server.scope.map((s: Resource) => s.scope_name)).toEqual(['orders.read', 'orders.write', 'catalog.admin']);
    expect(dev.output.token_url!.value).toMatch(/^https:\/\/\$\{aws_cognito_user_pool_domain\..+\/oauth2\/token$/);
    expect(dev.output.cognito_client_secret!.sensitive).toBe(true);
  });

  it('sits behind a regional WAF with the managed Common, KnownBadInputs and SQLi groups and a rate limit', () => {
    const [aclId, acl] = Object.entries(resources(dev, 'aws_wafv2_web_acl'))[0]!;
    expect(acl.scope).toBe('REGIONAL');
    const statements = (acl.rule as Resource[]).map((r) => r.statement);
    expect(statements).toEqual(
      expect.arrayContaining([
        { rate_based_statement: { limit: 1000, aggregate_key_type: 'IP' } },
        ...['AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesSQLiRuleSet'].map((name) => ({ managed_rule_group_statement: { name, vendor_name: 'AWS' } })),
      ]),
    );
    const association = Object.values(resources(dev, 'aws_wafv2_web_acl_association'))[0]!;
    expect(association.web_acl_arn).toBe(ref('aws_wafv2_web_acl', aclId, 'arn'));
    expect(association.resource_arn).toMatch(/^\$\{aws_api_gateway_stage\.[^.]+\.arn\}$/);
  });

  it('lets orders up to the API\'s own 256 KiB through the WAF: SizeRestrictions_BODY (8 KB) only counts', () => {
    const acl = Object.values(resources(dev, 'aws_wafv2_web_acl'))[0]!;
    const common = (acl.rule as Resource[]).find((r) => r.name === 'AWSManagedRulesCommonRuleSet')!;
    expect(common.statement.managed_rule_group_statement.rule_action_override).toEqual([{ name: 'SizeRestrictions_BODY', action_to_use: { count: {} } }]);
    expect(common.override_action).toEqual({ none: {} });
  });

  it('blocks a Content-Length above 256 KiB with 413 and a flood with 429, each a problem body with nosniff', () => {
    const acl = Object.values(resources(dev, 'aws_wafv2_web_acl'))[0]!;
    const rules = Object.fromEntries((acl.rule as Resource[]).map((r) => [r.name, r]));
    const size = rules['body-over-api-limit']!;
    expect(size.statement.regex_match_statement.field_to_match).toEqual({ single_header: { name: 'content-length' } });
    const tooLarge = new RegExp(size.statement.regex_match_statement.regex_string);
    expect(['262145', '300000', '1000000', '0262145', '99999999999'].filter((n) => tooLarge.test(n))).toHaveLength(5);
    expect(['0', '8193', '16384', '262143', '262144', '0262144', 'abc', '-1'].filter((n) => tooLarge.test(n))).toEqual([]);
    expect(size.action.block.custom_response).toMatchObject({ response_code: 413, custom_response_body_key: 'body-too-large' });
    expect(rules['rate-limit-per-ip']!.action.block.custom_response).toMatchObject({ response_code: 429, custom_response_body_key: 'too-many-requests' });
    for (const rule of [size, rules['rate-limit-per-ip']!]) {
      expect(rule.action.block.custom_response.response_header).toEqual(
        expect.arrayContaining([{ name: 'X-Content-Type-Options', value: 'nosniff' }, { name: 'Cache-Control', value: 'no-store' }]),
      );
    }
    const bodies = Object.fromEntries((acl.custom_response_body as Resource[]).map((b) => [b.key, b]));
    expect(JSON.parse(bodies['body-too-large']!.content)).toMatchObject({ type: '/problems/body-too-large', status: 413, errors: [{ path: '' }] });
    expect(JSON.parse(bodies['too-many-requests']!.content)).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
    expect(bodies['body-too-large']!.content_type).toBe('APPLICATION_JSON');
  });

  it('answers API Gateway\'s own refusals (401, 403, 404, 413, 415, 429, WAF, every other 4XX and 5XX) as problem+json with nosniff and no-store', () => {
    const responses: Record<string, Resource> = Object.fromEntries(Object.values(resources(dev, 'aws_api_gateway_gateway_response')).map((r) => [r.response_type, r]));
    expect(Object.keys(responses).sort()).toEqual(
      ['ACCESS_DENIED', 'DEFAULT_4XX', 'DEFAULT_5XX', 'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED', 'REQUEST_TOO_LARGE', 'THROTTLED', 'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED'].sort(),
    );
    const expected = { UNAUTHORIZED: '401', ACCESS_DENIED: '403', MISSING_AUTHENTICATION_TOKEN: '404', WAF_FILTERED: '403', REQUEST_TOO_LARGE: '413', UNSUPPORTED_MEDIA_TYPE: '415', THROTTLED: '429' };
    for (const [type, status] of Object.entries(expected)) expect({ type, status: responses[type]!.status_code }).toEqual({ type, status });
    expect(responses.DEFAULT_4XX!.status_code).toBeUndefined(); // a status here would replace every other 4XX's
    for (const response of Object.values(responses)) {
      expect(response.response_parameters).toEqual({
        'gatewayresponse.header.Content-Type': "'application/problem+json'",
        'gatewayresponse.header.X-Content-Type-Options': "'nosniff'",
        'gatewayresponse.header.Cache-Control': "'no-store'",
      });
      const template: string = response.response_templates['application/json'];
      // API Gateway fills in the variables; with sample values the template is JSON.
      const body = JSON.parse(template.replace('$context.error.messageString', '"Forbidden"').replace('$context.requestId', 'req-1'));
      expect(body.type).toMatch(/^\/problems\/[a-z-]+$/);
      expect(body.requestId).toBe('req-1');
      if (response.status_code) expect(body.status).toBe(Number(response.status_code));
      expect(template).not.toMatch(/\$context\.(path|resourcePath)|\$input/);
    }
    expect(JSON.parse(responses.UNAUTHORIZED!.response_templates['application/json'].replace('$context.requestId', 'r')).errors).toEqual([
      { path: 'authorization', message: 'must be a valid, unexpired access token' },
    ]);
  });

  it('passes every body to the Lambda as bytes, so invalid UTF-8 is refused by the API and not decoded away', () => {
    const api = Object.values(resources(dev, 'aws_api_gateway_rest_api'))[0]!;
    expect(api.binary_media_types).toEqual(['*/*']);
  });

  it('outputs the invoke URL', () => {
    expect(dev.output.api_url!.value).toMatch(/^\$\{aws_api_gateway_stage\.[^.]+\.invoke_url\}$/);
  });
});

describe('the invoice worker', () => {
  it('keeps the last N immutable, scanned images in ECR', () => {
    const repository = Object.values(resources(dev, 'aws_ecr_repository'))[0]!;
    expect(repository).toMatchObject({ image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: { scan_on_push: true } });
    const policy = JSON.parse(Object.values(resources(dev, 'aws_ecr_lifecycle_policy'))[0]!.policy);
    expect(policy.rules[0].selection).toMatchObject({
      countType: 'imageCountMoreThan',
      countNumber: committedSettings('dev').worker.keepImages,
    });
  });

  it('runs in a cluster with Container Insights, on arm64 Fargate with the stage CPU and memory', () => {
    const cluster = Object.values(resources(dev, 'aws_ecs_cluster'))[0]!;
    expect(cluster.setting).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    const taskDefinition = Object.values(resources(dev, 'aws_ecs_task_definition'))[0]!;
    expect(taskDefinition).toMatchObject({
      requires_compatibilities: ['FARGATE'],
      network_mode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      runtime_platform: { cpu_architecture: 'ARM64', operating_system_family: 'LINUX' },
    });
  });

  it('gives the container the agreed environment', () => {
    const environment = Object.fromEntries(
      (containerOf(dev).environment as { name: string; value: string }[]).map((e) => [e.name, e.value]),
    );
    expect(Object.keys(environment).sort()).toEqual(
      [
        'STAGE', 'AWS_REGION', 'ORDERS_TABLE', 'IDEMPOTENCY_TABLE', 'INVOICES_BUCKET', 'ORDERS_QUEUE_URL',
        'ORDERS_DLQ_URL', 'WORKER_BATCH_SIZE', 'VISIBILITY_TIMEOUT_SECONDS', 'HEARTBEAT_INTERVAL_SECONDS',
        'SHUTDOWN_TIMEOUT_SECONDS', 'HEALTH_PORT', 'SELLER_NAME', 'SELLER_STREET', 'SELLER_POSTAL_CODE',
        'SELLER_CITY', 'SELLER_COUNTRY', 'SELLER_EMAIL', 'SELLER_VAT_ID', 'SELLER_IBAN', 'SELLER_BIC',
        'INVOICE_LOCALE', 'LOG_LEVEL', 'TRACES_EXPORT',
      ].sort(),
    );
    expect(environment).toMatchObject({
      VISIBILITY_TIMEOUT_SECONDS: '60',
      HEARTBEAT_INTERVAL_SECONDS: '20',
      SHUTDOWN_TIMEOUT_SECONDS: '25',
      HEALTH_PORT: '8080',
    });
  });

  it('stops gracefully: init process, 60 s stop timeout, health check, read-only root, non-blocking logs', () => {
    const container = containerOf(dev);
    expect(container).toMatchObject({
      name: 'invoice-worker',
      stopTimeout: 60,
      linuxParameters: { initProcessEnabled: true },
      readonlyRootFilesystem: true,
      healthCheck: { command: ['CMD', 'node', '/app/healthcheck.js'] },
      logConfiguration: { logDriver: 'awslogs', options: { mode: 'non-blocking' } },
    });
    const [logGroupId] = resourceWhere(dev, 'aws_cloudwatch_log_group', 'name', '/ecs/invoice-worker-dev');
    expect(container.logConfiguration.options['awslogs-group']).toBe(ref('aws_cloudwatch_log_group', logGroupId, 'name'));
  });

  it('runs in the private subnets of the brought VPC without a public IP, with HTTPS-only egress', () => {
    const settings = committedSettings('dev');
    const service = Object.values(resources(dev, 'aws_ecs_service'))[0]!;
    expect(service.network_configuration).toMatchObject({
      subnets: settings.network.privateSubnetIds,
      assign_public_ip: false,
    });
    const [sgId, sg] = Object.entries(resources(dev, 'aws_security_group'))[0]!;
    expect(sg.vpc_id).toBe(settings.network.vpcId);
    expect(sg.ingress).toBeUndefined();
    expect(sg.egress).toBeUndefined();
    const egress = Object.values(resources(dev, 'aws_vpc_security_group_egress_rule'));
    expect(egress).toEqual([
      expect.objectContaining({
        security_group_id: ref('aws_security_group', sgId, 'id'),
        ip_protocol: 'tcp',
        from_port: 443,
        to_port: 443,
      }),
    ]);
    expect(resources(dev, 'aws_vpc_security_group_ingress_rule')).toEqual({});
  });

  it('deploys with a rolling update that never drops below the running count and rolls back on failure', () => {
    const service = Object.values(resources(dev, 'aws_ecs_service'))[0]!;
    expect(service).toMatchObject({
      deployment_minimum_healthy_percent: 100,
      deployment_maximum_percent: 200,
      deployment_circuit_breaker: { enable: true, rollback: true },
    });
  });

  it('uses Fargate Spot only where the stage setting asks for it', () => {
    const providers = (stage: StageName) =>
      (Object.values(resources(synths[stage], 'aws_ecs_service'))[0]!.capacity_provider_strategy as Resource[])
        .map((s) => s.capacity_provider)
        .sort();
    expect(committedSettings('dev').worker.useSpot).toBe(true);
    expect(providers('dev')).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(committedSettings('prod').worker.useSpot).toBe(false);
    expect(providers('prod')).toEqual(['FARGATE']);
  });
});

describe('e-mail and alarms', () => {
  it('sends from the stage SES identity through a configuration set', () => {
    const settings = committedSettings('dev');
    const [, identity] = resourceWhere(dev, 'aws_sesv2_email_identity', 'email_identity', settings.email.sesIdentity);
    const [setId] = Object.entries(resources(dev, 'aws_sesv2_configuration_set'))[0]!;
    expect(identity.configuration_set_name).toBe(ref('aws_sesv2_configuration_set', setId, 'configuration_set_name'));
  });

  it('outputs DKIM tokens for a domain identity only', () => {
    expect(committedSettings('dev').email.sesIdentity).toContain('@');
    expect(dev.output.ses_dkim_tokens).toBeUndefined();
    expect(committedSettings('prod').email.sesIdentity).not.toContain('@');
    expect(synths.prod.output.ses_dkim_tokens).toBeDefined();
  });

  it('pages checkout-alarms-<stage> for the DLQ, old orders, 5xx, Lambda errors, failed e-mails, idle workers, late or dropped order events and the pipeline metrics', () => {
    const [topicId, topic] = resourceWhere(dev, 'aws_sns_topic', 'name', 'checkout-alarms-dev');
    expect(topic.kms_master_key_id).toMatch(/^\$\{aws_kms_key\./);
    const paging = Object.values(resources(dev, 'aws_cloudwatch_metric_alarm')).filter((a) =>
      (a.alarm_actions as string[]).includes(ref('aws_sns_topic', topicId, 'arn')),
    );
    expect(paging.map((a) => a.alarm_name).sort()).toEqual(
      [
        '${aws_sqs_queue.queues_dlq_A8E5B2A0.name}-not-empty',
        '${aws_sqs_queue.notifier_failures_B1DDF579.name}-not-empty',
        '${aws_sqs_queue.queues_queue_4B7A900D.name}-oldest-message-too-old',
        '${aws_api_gateway_rest_api.ingress_api_5EE67672.name}-5xx',
        'checkout-ingress-dev-errors',
        'checkout-notifier-dev-errors',
        'checkout-order-events-dev-errors',
        'checkout-order-events-dev-iterator-age',
        '${aws_sqs_queue.order-events_failures_5D947E66.name}-not-empty',
        'invoice-worker-dev-backlog-without-workers',
        // The pipeline's own metrics (monitoring.test.ts).
        'checkout-dev-ingress-failures',
        'checkout-dev-invoice-worker-failures',
        'checkout-dev-notifier-failures',
        'checkout-dev-dead-letters',
        'checkout-dev-render-p99',
        'checkout-dev-invoices-lagging',
      ].sort(),
    );
    const oldest = paging.find((a) => a.metric_name === 'ApproximateAgeOfOldestMessage')!;
    expect(oldest.threshold).toBe(committedSettings('dev').alarms.oldestMessageAgeSeconds);
  });

  it('subscribes the alarm e-mail only when the stage sets one', () => {
    expect(resources(dev, 'aws_sns_topic_subscription')).toEqual({});
    const withEmail = synthStage('dev', { ...committedSettings('dev'), alarms: { ...committedSettings('dev').alarms, email: 'ops@example.com' } });
    expect(Object.values(resources(withEmail, 'aws_sns_topic_subscription'))).toEqual([
      expect.objectContaining({ protocol: 'email', endpoint: 'ops@example.com' }),
    ]);
  });
});

it('matches the dev stack snapshot (review the diff: it is the whole deployment)', () => {
  expect(withoutAssetHashes(dev)).toMatchSnapshot();
});
