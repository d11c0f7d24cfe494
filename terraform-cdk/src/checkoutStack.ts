import * as path from 'node:path';
import { Construct } from 'constructs';
import { S3Backend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { HttpProvider } from '@cdktf/provider-http/lib/provider';
import { Alarms } from './constructs/alarms';
import { DocumentLinkKeys } from './constructs/documentLinkKeys';
import { Email } from './constructs/email';
import { IngressApi } from './constructs/ingressApi';
import { Monitoring } from './constructs/monitoring';
import { InvoicesBucket } from './constructs/invoicesBucket';
import { Notifier } from './constructs/notifier';
import { OrderEvents } from './constructs/orderEvents';
import { OrderQueues } from './constructs/queues';
import { Tables } from './constructs/tables';
import { WorkerScaling } from './constructs/workerScaling';
import { WorkerService } from './constructs/workerService';
import type { StageSettings } from './stages';

/** `checkout-<stage>`: the name to pass to `cdktf deploy` and the folder under `cdktf.out/stacks/`. */
export function stackName(stage: string): string {
  return `checkout-${stage}`;
}

/** The repository root, two levels above this file both in `src/` and in the bundled `dist/`. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface CheckoutStackProps {
  settings: StageSettings;
  /** Where `ingress-lambda/dist`, `notifier-lambda/dist` and `order-events/dist` are looked up; defaults to {@link REPO_ROOT}. */
  repoRoot?: string;
}

/** One stage of the checkout → invoice PDF → e-mail pipeline. */
export class CheckoutStack extends TerraformStack {
  constructor(scope: Construct, props: CheckoutStackProps) {
    const { settings } = props;
    super(scope, stackName(settings.stage));
    const stage = settings.stage;
    const repoRoot = props.repoRoot ?? REPO_ROOT;

    const backend = new S3Backend(this, {
      bucket: settings.state.bucket,
      key: settings.state.key,
      region: settings.region,
      encrypt: true,
    });
    // Native S3 state locking (Terraform >= 1.10, OpenTofu >= 1.10); cdktf 0.21 predates the option.
    backend.addOverride('use_lockfile', true);

    new AwsProvider(this, 'aws', {
      region: settings.region,
      defaultTags: [{ tags: { project: 'checkout', stage } }],
    });

    // Reads the user pool's JWKS for the ingress (ApiAuth.jwks).
    new HttpProvider(this, 'http');

    const accountId = new DataAwsCallerIdentity(this, 'caller').accountId;

    const imageTag = new TerraformVariable(this, 'worker_image_tag', {
      type: 'string',
      default: settings.worker.imageTag,
      description: 'Tag of the invoice-worker image in ECR to run (tags are immutable: one per build).',
    });

    const tables = new Tables(this, 'tables', { stage, deletionProtection: settings.deletionProtection });
    const queues = new OrderQueues(this, 'queues', { stage });
    const invoices = new InvoicesBucket(this, 'invoices', { stage, accountId });
    const email = new Email(this, 'email', {
      stage,
      sesIdentity: settings.email.sesIdentity,
      sandboxRecipients: settings.email.sandboxRecipients,
    });

    // Prod keeps a deleted key ring recoverable for the longest window: every emailed link depends on it.
    const linkKeys = new DocumentLinkKeys(this, 'document-link-keys', { stage, recoveryWindowInDays: settings.deletionProtection ? 30 : 7 });

    const ingress = new IngressApi(this, 'ingress', {
      settings,
      accountId,
      bundleDir: path.join(repoRoot, 'ingress-lambda', 'dist'),
      tables,
      queues,
      invoices,
      linkKeys,
    });
    const worker = new WorkerService(this, 'worker', {
      settings,
      accountId,
      imageTag: imageTag.stringValue,
      tables,
      queues,
      invoices,
    });
    new WorkerScaling(this, 'worker-scaling', { settings, worker, queues });
    const notifier = new Notifier(this, 'notifier', {
      settings,
      accountId,
      bundleDir: path.join(repoRoot, 'notifier-lambda', 'dist'),
      tables,
      invoices,
      email,
      linkKeys,
      // The emailed links point at the API's stage URL (API Gateway's own domain, stage in the path).
      documentLinkBaseUrl: ingress.invokeUrl,
    });

    const orderEvents = new OrderEvents(this, 'order-events', {
      settings,
      accountId,
      bundleDir: path.join(repoRoot, 'order-events', 'dist'),
      tables,
    });

    const alarms = new Alarms(this, 'alarms', {
      settings,
      accountId,
      worker: {
        queueName: queues.queue.name,
        dlqName: queues.dlq.name,
        clusterName: worker.cluster.name,
        serviceName: worker.service.name,
      },
      apiName: ingress.api.name,
      lambdaFunctionNames: [ingress.lambda.name, notifier.lambda.name, orderEvents.lambda.name],
      notifierFailuresQueueName: notifier.failures.name,
      orderEvents: {
        functionName: orderEvents.lambda.name,
        failuresQueueName: orderEvents.failures.name,
        maxIteratorAgeSeconds: settings.alarms.orderEventsLagSeconds,
      },
    });

    const monitoring = new Monitoring(this, 'monitoring', {
      settings,
      alarmTopicArn: alarms.topic.arn,
      logGroupNames: [ingress.lambda.logGroup.name, worker.logGroup.name, notifier.lambda.logGroup.name],
    });

    const output = (id: string, value: string, description: string, sensitive = false) =>
      new TerraformOutput(this, id, { value, description, sensitive });
    output('api_url', ingress.invokeUrl, 'Base URL of the orders API (append /orders, /docs).');
    output('token_url', ingress.auth.tokenUrl(settings.region), 'OAuth 2.0 token endpoint (client credentials).');
    output('cognito_client_id', ingress.auth.client.id, "The shop's app client id for the client-credentials grant.");
    output('cognito_client_secret', ingress.auth.client.clientSecret, "The shop's app client secret.", true);
    output('cognito_user_pool_id', ingress.auth.userPool.id, 'User pool customers sign up to.');
    output('cognito_customer_client_id', ingress.auth.customerClient.id, "The customers' public app client id (SignUp, ConfirmSignUp, InitiateAuth).");
    output('cognito_endpoint', `https://cognito-idp.${settings.region}.amazonaws.com/`, 'The Cognito API endpoint for sign-up and login.');
    output('worker_repository_url', worker.repository.repositoryUrl, 'ECR repository to push the worker image to.');
    output('document_link_keys_secret', linkKeys.secret.name, 'Secrets Manager secret of the document link keys: put its first value once (docs/deploy.md).');
    output('invoices_bucket', invoices.bucket.bucket, 'Bucket holding the invoice PDFs.');
    output('orders_queue_url', queues.queue.url, 'Orders queue.');
    output('alarm_topic_arn', alarms.topic.arn, 'SNS topic of the alarms.');
    output('dashboard_name', monitoring.dashboard.dashboardName, 'CloudWatch dashboard of the pipeline metrics, alarms and spans.');
    output('order_events_topic_arn', orderEvents.topic.arn, 'SNS FIFO topic of the order events (subscribe SQS queues).');
    if (email.isDomain) {
      new TerraformOutput(this, 'ses_dkim_tokens', {
        value: email.identity.dkimSigningAttributes.tokens,
        description: 'Publish <token>._domainkey.<domain> CNAME <token>.dkim.amazonses.com for each token.',
      });
    }
  }
}
