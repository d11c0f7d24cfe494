import { STAGE_NAMES, type StageName } from '../../src/stages';
import { API_GATEWAY_LOGS_POLICY_ARN } from '../../src/constructs/ingressApi';
import {
  committedSettings,
  policyStatements,
  ref,
  resources,
  resourceWhere,
  synthStage,
  type PolicyStatement,
  type Resource,
  type Synthesized,
} from './support/synth';

/**
 * Statements that may name resource "*", each because AWS offers nothing narrower:
 * - ECR GetAuthorizationToken is account-wide;
 * - in a KMS key policy, "*" means the key the policy is attached to.
 */
const WILDCARD_RESOURCE_ALLOWED = new Set([
  'EcrAuthorizationToken',
  'KeyPolicyAccountAdministration',
  'KeyPolicyCloudWatchAlarmsPublish',
]);

const synths = {} as Record<StageName, Synthesized>;
beforeAll(() => {
  for (const stage of STAGE_NAMES) synths[stage] = synthStage(stage);
});

const isWildcardAction = (action: string) => action === '*' || action.includes('*');
const documentRef = /^\$\{data\.aws_iam_policy_document\.([^.]+)\.json\}$/;

/** Statements of the inline policy of the role named `roleName`. */
function rolePolicy(synth: Synthesized, roleName: string): PolicyStatement[] {
  const [roleId] = resourceWhere(synth, 'aws_iam_role', 'name', roleName);
  const policy = Object.values(resources(synth, 'aws_iam_role_policy')).find(
    (p) => p.role === ref('aws_iam_role', roleId, 'id'),
  )!;
  const documentId = documentRef.exec(policy.policy)![1]!;
  return policyStatements(synth).filter((s) => s.document === documentId);
}
const grants = (statements: PolicyStatement[]) =>
  statements.flatMap((s) => s.actions.flatMap((a) => s.resources.map((r) => `${a} ${r}`))).sort();

describe.each(STAGE_NAMES)('IAM in the %s stack', (stage) => {
  it('writes every policy as a policy document the checks below can see', () => {
    const policyAttributes = Object.entries(synths[stage].resource).flatMap(([type, byId]) =>
      Object.values(byId).flatMap((r) =>
        ['policy', 'assume_role_policy']
          .filter((attribute) => attribute in r && type !== 'aws_ecr_lifecycle_policy')
          .map((attribute) => `${type}.${attribute} = ${r[attribute]}`),
      ),
    );
    expect(policyAttributes.length).toBeGreaterThan(5);
    for (const line of policyAttributes) expect(line.split(' = ')[1]).toMatch(documentRef);
  });

  it('grants no wildcard action in any Allow statement', () => {
    const allows = policyStatements(synths[stage]).filter((s) => s.effect === 'Allow');
    const wildcards = allows.flatMap((s) => s.actions.filter(isWildcardAction).map((a) => `${s.sid}: ${a}`));
    expect(wildcards).toEqual([]);
  });

  it('names resource "*" only in the allow-listed statements', () => {
    const wildcards = policyStatements(synths[stage])
      .filter((s) => s.resources.includes('*'))
      .map((s) => s.sid);
    expect(wildcards.filter((sid) => !WILDCARD_RESOURCE_ALLOWED.has(sid ?? ''))).toEqual([]);
  });

  it('attaches no managed policy except the API Gateway logging one, and creates no IAM users', () => {
    const attachments = Object.values(resources(synths[stage], 'aws_iam_role_policy_attachment'));
    expect(attachments.map((a) => a.policy_arn)).toEqual(
      committedSettings(stage).api.manageAccountLogsRole ? [API_GATEWAY_LOGS_POLICY_ARN] : [],
    );
    expect(resources(synths[stage], 'aws_iam_user')).toEqual({});
    expect(resources(synths[stage], 'aws_iam_access_key')).toEqual({});
  });
});

describe('least privilege per role (dev)', () => {
  let dev: Synthesized;
  let arn: (type: string, attribute: string, value: string) => string;
  beforeAll(() => {
    dev = synths.dev;
    arn = (type, attribute, value) => ref(type, resourceWhere(dev, type, attribute, value)[0], 'arn');
  });
  const linkKeys = () => arn('aws_secretsmanager_secret', 'name', 'document-link-keys-dev');

  it('lets the ingress Lambda write orders and idempotency keys, read and change the catalog, enqueue, presign invoice downloads and read the document link keys', () => {
    const orders = arn('aws_dynamodb_table', 'name', 'orders-dev');
    const idempotency = arn('aws_dynamodb_table', 'name', 'idempotency-dev');
    const products = arn('aws_dynamodb_table', 'name', 'products-dev');
    const queue = arn('aws_sqs_queue', 'name', 'orders-dev');
    const bucket = ref('aws_s3_bucket', Object.keys(resources(dev, 'aws_s3_bucket'))[0]!, 'arn');
    const logs = arn('aws_cloudwatch_log_group', 'name', '/aws/lambda/checkout-ingress-dev');
    const table = ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'];
    expect(grants(rolePolicy(dev, 'checkout-ingress-dev'))).toEqual(
      [
        ...table.flatMap((a) => [`${a} ${orders}`, `${a} ${idempotency}`]),
        ...['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Scan', 'dynamodb:UpdateItem'].map((a) => `${a} ${products}`),
        `sqs:SendMessage ${queue}`,
        `s3:GetObject ${bucket}/invoices/*`,
        `secretsmanager:GetSecretValue ${linkKeys()}`,
        `logs:CreateLogStream ${logs}:*`,
        `logs:PutLogEvents ${logs}:*`,
      ].sort(),
    );
  });

  it('lets the worker task consume both queues, update orders, query the outbox and numbering indexes and store or check PDFs', () => {
    const orders = arn('aws_dynamodb_table', 'name', 'orders-dev');
    const queue = arn('aws_sqs_queue', 'name', 'orders-dev');
    const dlq = arn('aws_sqs_queue', 'name', 'orders-dev-dlq');
    const bucket = ref('aws_s3_bucket', Object.keys(resources(dev, 'aws_s3_bucket'))[0]!, 'arn');
    const consume = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'];
    const table = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'];
    expect(grants(rolePolicy(dev, 'invoice-worker-dev-task'))).toEqual(
      [
        ...consume.flatMap((a) => [`${a} ${queue}`, `${a} ${dlq}`]),
        `sqs:SendMessage ${queue}`,
        ...table.map((a) => `${a} ${orders}`),
        `dynamodb:Query ${orders}/index/outbox`,
        `dynamodb:Query ${orders}/index/numbering`,
        `s3:PutObject ${bucket}/invoices/*`,
        `s3:PutObject ${bucket}/failed/*`,
        `s3:GetObject ${bucket}/invoices/*`,
        `s3:ListBucket ${bucket}`,
      ].sort(),
    );
  });

  it('lets the task execution role pull only the worker image and write only the worker log group', () => {
    const repository = arn('aws_ecr_repository', 'name', 'invoice-worker-dev');
    const logs = arn('aws_cloudwatch_log_group', 'name', '/ecs/invoice-worker-dev');
    expect(grants(rolePolicy(dev, 'invoice-worker-dev-execution'))).toEqual(
      [
        'ecr:GetAuthorizationToken *',
        `ecr:BatchCheckLayerAvailability ${repository}`,
        `ecr:GetDownloadUrlForLayer ${repository}`,
        `ecr:BatchGetImage ${repository}`,
        `logs:CreateLogStream ${logs}:*`,
        `logs:PutLogEvents ${logs}:*`,
      ].sort(),
    );
  });

  it('lets the notifier read and mark orders, read the document link keys and the trace context of new PDFs, send through its SES identity and report failures', () => {
    const statements = rolePolicy(dev, 'checkout-notifier-dev');
    const ses = statements.find((s) => s.sid === 'SendInvoiceEmails')!;
    expect(ses.actions.sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(ses.resources).toEqual([
      arn('aws_sesv2_email_identity', 'email_identity', committedSettings('dev').email.sesIdentity),
      ref('aws_sesv2_configuration_set', Object.keys(resources(dev, 'aws_sesv2_configuration_set'))[0]!, 'arn'),
    ]);
    expect(statements.map((s) => s.sid).sort()).toEqual(
      ['DeliverFailedEvents', 'ReadAndMarkOrders', 'ReadDocumentLinkKeys', 'ReadInvoiceTraceContext', 'SendInvoiceEmails', 'WriteOwnLogs'].sort(),
    );
    // It signs links; the Orders API presigns the download when a link is followed. Its only S3 access
    // is the HEAD of a new PDF for the trace context in its metadata (HeadObject needs s3:GetObject).
    expect(statements.filter((s) => s.actions.some((a) => a.startsWith('s3:')))).toEqual([
      expect.objectContaining({ sid: 'ReadInvoiceTraceContext', actions: ['s3:GetObject'], resources: [expect.stringMatching(/\/invoices\/\*$/)] }),
    ]);
    expect(statements.filter((s) => s.actions.includes('secretsmanager:GetSecretValue'))).toEqual([
      expect.objectContaining({ sid: 'ReadDocumentLinkKeys', actions: ['secretsmanager:GetSecretValue'], resources: [linkKeys()] }),
    ]);
  });

  it('lets only the notifier and the ingress Lambda read the document link keys, and no one write them', () => {
    const secret = linkKeys();
    const readers = policyStatements(dev).filter((s) => s.resources.includes(secret));
    expect(readers.map((s) => [s.sid, s.actions])).toEqual([
      ['ReadDocumentLinkKeys', ['secretsmanager:GetSecretValue']],
      ['ReadDocumentLinkKeys', ['secretsmanager:GetSecretValue']],
    ]);
    const documentOf = (role: string) => rolePolicy(dev, role)[0]!.document;
    expect(readers.map((s) => s.document).sort()).toEqual([documentOf('checkout-ingress-dev'), documentOf('checkout-notifier-dev')].sort());
    // The value is put by hand: Terraform never holds a key, so none is in the state.
    expect(resources(dev, 'aws_secretsmanager_secret_version')).toEqual({});
  });

  it('grants the SMTP secret, and only that one, when a stage sends through SMTP', () => {
    const secret = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:checkout/smtp-AbCdEf';
    const settings = committedSettings('dev');
    const smtp = synthStage('dev', {
      ...settings,
      email: { ...settings.email, transport: { kind: 'smtp', host: 'smtp.example.com', port: 465, secure: true, credentialsSecretArn: secret } },
    });
    const read = rolePolicy(smtp, 'checkout-notifier-dev').find((s) => s.sid === 'ReadSmtpCredentials')!;
    expect(read).toMatchObject({ actions: ['secretsmanager:GetSecretValue'], resources: [secret] });
    const [, fn] = resourceWhere(smtp, 'aws_lambda_function', 'function_name', 'checkout-notifier-dev');
    expect(fn.environment.variables).toMatchObject({
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_CREDENTIALS_SECRET_ARN: secret,
    });
  });

  it('lets ECS assume the worker task role only on behalf of this account', () => {
    const [, role] = resourceWhere(dev, 'aws_iam_role', 'name', 'invoice-worker-dev-task');
    const documentId = documentRef.exec(role.assume_role_policy)![1]!;
    expect(dev.data.aws_iam_policy_document![documentId]!.statement).toEqual([
      expect.objectContaining({
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['ecs-tasks.amazonaws.com'] }],
        condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: ['${data.aws_caller_identity.caller.account_id}'] }],
      }),
    ]);
  });
});

describe.each(STAGE_NAMES)('data protection in the %s stack', (stage) => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synths[stage];
  });
  const byBucket = (type: string) =>
    Object.fromEntries(Object.values(resources(synth, type)).map((r) => [r.bucket as string, r]));

  it('blocks every form of public access on every bucket', () => {
    const blocks = byBucket('aws_s3_bucket_public_access_block');
    const ownership = byBucket('aws_s3_bucket_ownership_controls');
    for (const bucketId of Object.keys(resources(synth, 'aws_s3_bucket'))) {
      expect(blocks[ref('aws_s3_bucket', bucketId, 'id')]).toMatchObject({
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      });
      expect(ownership[ref('aws_s3_bucket', bucketId, 'id')]!.rule.object_ownership).toBe('BucketOwnerEnforced');
    }
    expect(resources(synth, 'aws_s3_bucket_acl')).toEqual({});
    const publicAllows = policyStatements(synth).filter(
      (s) => s.effect === 'Allow' && s.principals.some((p) => p.identifiers.includes('*')),
    );
    expect(publicAllows).toEqual([]);
  });

  it('refuses plain-HTTP access to the invoices bucket', () => {
    const policy = Object.values(resources(synth, 'aws_s3_bucket_policy'))[0]!;
    const documentId = documentRef.exec(policy.policy)![1]!;
    const [deny] = policyStatements(synth).filter((s) => s.document === documentId);
    expect(deny).toMatchObject({ effect: 'Deny', actions: ['s3:*'] });
    const raw = synth.data.aws_iam_policy_document![documentId]!.statement[0] as Resource;
    expect(raw.condition).toEqual([{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }]);
  });

  it('encrypts every table, queue, bucket, topic and image repository at rest', () => {
    for (const table of Object.values(resources(synth, 'aws_dynamodb_table'))) {
      expect(table.server_side_encryption).toEqual({ enabled: true });
    }
    for (const queue of Object.values(resources(synth, 'aws_sqs_queue'))) {
      expect(queue.sqs_managed_sse_enabled === true || typeof queue.kms_master_key_id === 'string').toBe(true);
    }
    const encryption = byBucket('aws_s3_bucket_server_side_encryption_configuration');
    for (const bucketId of Object.keys(resources(synth, 'aws_s3_bucket'))) {
      const rule = encryption[ref('aws_s3_bucket', bucketId, 'id')]!.rule[0];
      expect(['AES256', 'aws:kms']).toContain(rule.apply_server_side_encryption_by_default.sse_algorithm);
    }
    for (const topic of Object.values(resources(synth, 'aws_sns_topic'))) {
      expect(topic.kms_master_key_id).toMatch(/^\$\{aws_kms_key\.[^.]+\.arn\}$/);
    }
    for (const key of Object.values(resources(synth, 'aws_kms_key'))) expect(key.enable_key_rotation).toBe(true);
    for (const repository of Object.values(resources(synth, 'aws_ecr_repository'))) {
      expect(repository.encryption_configuration).toEqual([{ encryption_type: 'AES256' }]);
    }
  });

  it('gives every log group a retention, and logs only to log groups it manages', () => {
    const groups = resources(synth, 'aws_cloudwatch_log_group');
    for (const group of Object.values(groups)) {
      expect(group.retention_in_days).toBe(committedSettings(stage).logRetentionDays);
    }
    const managed = (reference: string) =>
      Object.keys(groups).some((groupId) => reference === ref('aws_cloudwatch_log_group', groupId, 'name'));
    for (const fn of Object.values(resources(synth, 'aws_lambda_function'))) {
      expect(managed(fn.logging_config.log_group)).toBe(true);
    }
    for (const taskDefinition of Object.values(resources(synth, 'aws_ecs_task_definition'))) {
      for (const container of JSON.parse(taskDefinition.container_definitions) as Resource[]) {
        expect(managed(container.logConfiguration.options['awslogs-group'])).toBe(true);
      }
    }
  });
});
