import { Construct } from 'constructs';
import { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { S3BucketNotification } from '@cdktf/provider-aws/lib/s3-bucket-notification';
import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import type { Statement } from '../iam';
import type { StageSettings } from '../stages';
import type { DocumentLinkKeys } from './documentLinkKeys';
import type { Email } from './email';
import { INVOICES_PREFIX, type InvoicesBucket } from './invoicesBucket';
import { NodeLambda } from './nodeLambda';
import { encryptedQueue } from './queues';
import type { Tables } from './tables';

export interface NotifierProps {
  settings: StageSettings;
  accountId: string;
  bundleDir: string;
  tables: Tables;
  invoices: InvoicesBucket;
  email: Email;
  linkKeys: DocumentLinkKeys;
  /** Public base URL of the Orders API; emailed links are `<base>/documents/<token>`. */
  documentLinkBaseUrl: string;
}

/**
 * Sends the invoice e-mail (with a signed document link) when a PDF lands under `invoices/`: S3 ObjectCreated → notifier Lambda
 * (asynchronous, 2 retries) → on final failure the event goes to `notifier-failures-<stage>`.
 */
export class Notifier extends Construct {
  readonly lambda: NodeLambda;
  readonly failures: SqsQueue;

  constructor(scope: Construct, id: string, props: NotifierProps) {
    super(scope, id);
    const { settings, tables, invoices, email } = props;
    const stage = settings.stage;
    const transport = settings.email.transport;

    this.failures = encryptedQueue(this, 'failures', {
      name: `notifier-failures-${stage}`,
      retentionSeconds: 14 * 24 * 3600,
    });

    const statements: Statement[] = [
      { sid: 'ReadAndMarkOrders', actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [tables.orders.arn] },
      // Signs the document link put in the e-mail (the Orders API presigns the download when it is followed).
      { sid: 'ReadDocumentLinkKeys', actions: ['secretsmanager:GetSecretValue'], resources: [props.linkKeys.arn] },
      // HEAD of the new PDF for the trace context the worker stored in its metadata (S3 events carry
      // none); HeadObject is authorised by s3:GetObject. docs/decisions/observability.md.
      { sid: 'ReadInvoiceTraceContext', actions: ['s3:GetObject'], resources: [invoices.objectsArn(INVOICES_PREFIX)] },
      {
        sid: 'SendInvoiceEmails',
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [...email.identityArns, email.configurationSet.arn],
      },
      // Lambda delivers the on-failure destination with the function's own role.
      { sid: 'DeliverFailedEvents', actions: ['sqs:SendMessage'], resources: [this.failures.arn] },
    ];
    const smtpEnvironment: Record<string, string> = {};
    if (transport.kind === 'smtp') {
      statements.push({
        sid: 'ReadSmtpCredentials',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [transport.credentialsSecretArn],
      });
      smtpEnvironment.SMTP_HOST = transport.host;
      smtpEnvironment.SMTP_PORT = String(transport.port);
      smtpEnvironment.SMTP_SECURE = String(transport.secure);
      smtpEnvironment.SMTP_CREDENTIALS_SECRET_ARN = transport.credentialsSecretArn;
    }

    this.lambda = new NodeLambda(this, 'notifier', {
      functionName: `checkout-notifier-${stage}`,
      bundleDir: props.bundleDir,
      memorySize: 512,
      timeoutSeconds: 30,
      logRetentionDays: settings.logRetentionDays,
      reservedConcurrency: settings.email.notifierReservedConcurrency,
      environment: {
        STAGE: stage,
        ORDERS_TABLE: tables.orders.name,
        INVOICES_BUCKET: invoices.bucket.bucket,
        MAIL_TRANSPORT: transport.kind,
        MAIL_FROM: settings.email.mailFrom,
        EMAIL_LINK_EXPIRY_SECONDS: String(settings.email.linkExpirySeconds),
        DOCUMENT_LINK_BASE_URL: props.documentLinkBaseUrl,
        DOCUMENT_LINK_KEYS_SECRET_ARN: props.linkKeys.arn,
        SES_CONFIGURATION_SET: email.configurationSet.configurationSetName,
        LOG_LEVEL: settings.logLevel,
        // Spans as JSON lines beside the logs and EMF metrics (docs/decisions/observability.md).
        TRACES_EXPORT: 'stdout',
        ...smtpEnvironment,
      },
      statements,
    });

    new LambdaFunctionEventInvokeConfig(this, 'async-config', {
      functionName: this.lambda.function.functionName,
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { destination: this.failures.arn } },
    });

    const permission = new LambdaPermission(this, 's3-invoke-permission', {
      statementId: 'AllowInvoicesBucketInvoke',
      action: 'lambda:InvokeFunction',
      functionName: this.lambda.function.functionName,
      principal: 's3.amazonaws.com',
      sourceArn: invoices.bucket.arn,
      // Bucket names are global: the account pins the bucket against a re-created namesake.
      sourceAccount: props.accountId,
    });

    new S3BucketNotification(this, 'invoice-created', {
      bucket: invoices.bucket.id,
      lambdaFunction: [
        {
          lambdaFunctionArn: this.lambda.function.arn,
          events: ['s3:ObjectCreated:*'],
          filterPrefix: INVOICES_PREFIX,
          filterSuffix: '.pdf',
        },
      ],
      // S3 validates the destination when the notification is saved.
      dependsOn: [permission],
    });
  }
}
