import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EcrLifecyclePolicy } from '@cdktf/provider-aws/lib/ecr-lifecycle-policy';
import { EcrRepository } from '@cdktf/provider-aws/lib/ecr-repository';
import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster';
import { EcsClusterCapacityProviders } from '@cdktf/provider-aws/lib/ecs-cluster-capacity-providers';
import { EcsService } from '@cdktf/provider-aws/lib/ecs-service';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { serviceRole, writeLogsStatement } from '../iam';
import type { StageSettings } from '../stages';
import { FAILED_PREFIX, INVOICES_PREFIX, type InvoicesBucket } from './invoicesBucket';
import { VISIBILITY_TIMEOUT_SECONDS, type OrderQueues } from './queues';
import { NUMBERING_INDEX, OUTBOX_INDEX, type Tables } from './tables';

export const CONTAINER_NAME = 'invoice-worker';
/** The worker stops polling on SIGTERM and finishes in-flight jobs within this many seconds. */
export const SHUTDOWN_TIMEOUT_SECONDS = 25;
/** SIGKILL comes this long after SIGTERM: above the drain, at most 120 on Fargate. */
export const STOP_TIMEOUT_SECONDS = 60;
const HEARTBEAT_INTERVAL_SECONDS = 20;
const HEALTH_PORT = 8080;

export interface WorkerServiceProps {
  settings: StageSettings;
  accountId: string;
  /** Image tag to run (the `worker_image_tag` Terraform variable). */
  imageTag: string;
  tables: Tables;
  queues: OrderQueues;
  invoices: InvoicesBucket;
}

/**
 * The invoice worker on ECS Fargate (arm64) in the private subnets of the VPC you bring: ECR
 * repository, cluster with Container Insights, task definition, service. The desired count belongs
 * to Application Auto Scaling ({@link WorkerScaling}); Terraform only sets it on creation.
 */
export class WorkerService extends Construct {
  readonly repository: EcrRepository;
  readonly cluster: EcsCluster;
  readonly service: EcsService;
  readonly logGroup: CloudwatchLogGroup;
  readonly securityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: WorkerServiceProps) {
    super(scope, id);
    const { settings, tables, queues, invoices } = props;
    const stage = settings.stage;
    const name = `invoice-worker-${stage}`;

    this.repository = new EcrRepository(this, 'repository', {
      name,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: [{ encryptionType: 'AES256' }],
      // Non-production stages can be torn down with their images.
      forceDelete: !settings.deletionProtection,
    });
    new EcrLifecyclePolicy(this, 'repository-lifecycle', {
      repository: this.repository.name,
      policy: JSON.stringify({
        rules: [
          {
            rulePriority: 1,
            description: `Keep the last ${settings.worker.keepImages} images`,
            selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: settings.worker.keepImages },
            action: { type: 'expire' },
          },
        ],
      }),
    });

    this.cluster = new EcsCluster(this, 'cluster', {
      name: `checkout-${stage}`,
      // Publishes ECS/ContainerInsights RunningTaskCount, which the scaling math reads.
      setting: [{ name: 'containerInsights', value: 'enabled' }],
    });
    const capacityProviders = new EcsClusterCapacityProviders(this, 'capacity-providers', {
      clusterName: this.cluster.name,
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    });

    this.logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: `/ecs/${name}`,
      retentionInDays: settings.logRetentionDays,
    });

    const executionRole = serviceRole(this, 'execution-role', {
      name: `${name}-execution`,
      service: 'ecs-tasks.amazonaws.com',
      statements: [
        // GetAuthorizationToken is account-wide: IAM offers no resource to narrow it to.
        { sid: 'EcrAuthorizationToken', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] },
        {
          sid: 'PullWorkerImage',
          actions: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
          resources: [this.repository.arn],
        },
        writeLogsStatement(this.logGroup.arn),
      ],
    });

    const queueArns = [queues.queue.arn, queues.dlq.arn];
    const taskRole = serviceRole(this, 'task-role', {
      name: `${name}-task`,
      service: 'ecs-tasks.amazonaws.com',
      // Confused-deputy guard documented for task roles.
      sourceAccount: props.accountId,
      statements: [
        {
          // The worker consumes the orders queue and the DLQ (it marks those orders FAILED).
          sid: 'ConsumeOrderQueues',
          actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'],
          resources: queueArns,
        },
        // The outbox sweeper re-sends orders whose first send was not confirmed.
        { sid: 'ResendFromOutbox', actions: ['sqs:SendMessage'], resources: [queues.queue.arn] },
        {
          // BatchGetItem: a worker waiting for invoice numbers reads its orders back in one request.
          sid: 'UpdateOrdersAndInvoiceSeries',
          actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
          resources: [tables.orders.arn],
        },
        { sid: 'SweepOutbox', actions: ['dynamodb:Query'], resources: [`${tables.orders.arn}/index/${OUTBOX_INDEX}`] },
        // The fleet's numberer finds every worker's numbering requests in this index.
        { sid: 'FindNumberingRequests', actions: ['dynamodb:Query'], resources: [`${tables.orders.arn}/index/${NUMBERING_INDEX}`] },
        {
          sid: 'StoreInvoicesAndFailedMessages',
          actions: ['s3:PutObject'],
          resources: [invoices.objectsArn(INVOICES_PREFIX), invoices.objectsArn(FAILED_PREFIX)],
        },
        // On redelivery of an invoiced order the worker HEADs the PDF (authorised as GetObject) and
        // re-renders it if a crash hit before the put.
        { sid: 'CheckInvoiceStored', actions: ['s3:GetObject'], resources: [invoices.objectsArn(INVOICES_PREFIX)] },
        // Without ListBucket, S3 answers HEAD of a missing key with 403 instead of 404, and the
        // worker could not tell "missing" from "forbidden". (An s3:prefix condition does not apply to HEAD.)
        { sid: 'TellMissingFromForbidden', actions: ['s3:ListBucket'], resources: [invoices.bucket.arn] },
      ],
    });

    const environment: Record<string, string> = {
      STAGE: stage,
      AWS_REGION: settings.region,
      ORDERS_TABLE: tables.orders.name,
      IDEMPOTENCY_TABLE: tables.idempotency.name,
      INVOICES_BUCKET: invoices.bucket.bucket,
      ORDERS_QUEUE_URL: queues.queue.url,
      ORDERS_DLQ_URL: queues.dlq.url,
      WORKER_BATCH_SIZE: String(settings.worker.batchSize),
      VISIBILITY_TIMEOUT_SECONDS: String(VISIBILITY_TIMEOUT_SECONDS),
      HEARTBEAT_INTERVAL_SECONDS: String(HEARTBEAT_INTERVAL_SECONDS),
      SHUTDOWN_TIMEOUT_SECONDS: String(SHUTDOWN_TIMEOUT_SECONDS),
      HEALTH_PORT: String(HEALTH_PORT),
      SELLER_NAME: settings.seller.name,
      SELLER_STREET: settings.seller.street,
      SELLER_POSTAL_CODE: settings.seller.postalCode,
      SELLER_CITY: settings.seller.city,
      SELLER_COUNTRY: settings.seller.country,
      SELLER_EMAIL: settings.seller.email,
      SELLER_VAT_ID: settings.seller.vatId,
      SELLER_IBAN: settings.seller.iban,
      SELLER_BIC: settings.seller.bic,
      INVOICE_LOCALE: settings.seller.locale,
      LOG_LEVEL: settings.logLevel,
      // Spans as JSON lines beside the logs and EMF metrics (docs/decisions/observability.md).
      TRACES_EXPORT: 'stdout',
    };

    const container = {
      name: CONTAINER_NAME,
      image: `${this.repository.repositoryUrl}:${props.imageTag}`,
      essential: true,
      environment: Object.entries(environment).map(([key, value]) => ({ name: key, value })),
      stopTimeout: STOP_TIMEOUT_SECONDS,
      // tini as PID 1: SIGTERM reaches node and zombie processes are reaped.
      linuxParameters: { initProcessEnabled: true },
      readonlyRootFilesystem: true,
      // The only writable path: scratch space on the task's ephemeral storage.
      mountPoints: [{ sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false }],
      healthCheck: {
        command: ['CMD', 'node', '/app/healthcheck.js'],
        interval: 30,
        timeout: 5,
        retries: 3,
        startPeriod: 20,
      },
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': this.logGroup.name,
          'awslogs-region': settings.region,
          'awslogs-stream-prefix': 'worker',
          // A slow CloudWatch Logs never blocks the worker's stdout (and thus its jobs).
          mode: 'non-blocking',
          'max-buffer-size': '25m',
        },
      },
    };

    const taskDefinition = new EcsTaskDefinition(this, 'task-definition', {
      family: name,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: String(settings.worker.cpu),
      memory: String(settings.worker.memory),
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      executionRoleArn: executionRole.arn,
      taskRoleArn: taskRole.arn,
      volume: [{ name: 'tmp' }],
      containerDefinitions: JSON.stringify([container]),
    });

    this.securityGroup = new SecurityGroup(this, 'security-group', {
      name,
      description: `Invoice worker ${stage}: no inbound, HTTPS outbound to AWS APIs only`,
      vpcId: settings.network.vpcId,
    });
    // AWS APIs only (through NAT or VPC endpoints); DNS to the VPC resolver is not filtered by SGs.
    new VpcSecurityGroupEgressRule(this, 'egress-https', {
      securityGroupId: this.securityGroup.id,
      description: 'HTTPS to AWS APIs',
      ipProtocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      cidrIpv4: '0.0.0.0/0',
    });

    this.service = new EcsService(this, 'service', {
      name,
      cluster: this.cluster.arn,
      taskDefinition: taskDefinition.arn,
      // Initial value only: afterwards Application Auto Scaling owns it (see ignoreChanges).
      desiredCount: settings.worker.minTasks,
      capacityProviderStrategy: settings.worker.useSpot
        ? [
            // Mostly Spot (the worker tolerates interruption: SIGTERM, 2-minute notice, SQS redelivery),
            // one in four tasks on demand so a Spot shortage never stops the pipeline.
            { capacityProvider: 'FARGATE_SPOT', weight: 3 },
            { capacityProvider: 'FARGATE', weight: 1 },
          ]
        : [{ capacityProvider: 'FARGATE', weight: 1 }],
      platformVersion: 'LATEST',
      deploymentMinimumHealthyPercent: 100,
      deploymentMaximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      networkConfiguration: {
        subnets: settings.network.privateSubnetIds,
        securityGroups: [this.securityGroup.id],
        assignPublicIp: false,
      },
      propagateTags: 'SERVICE',
      enableEcsManagedTags: true,
      lifecycle: { ignoreChanges: ['desired_count'] },
      dependsOn: [capacityProviders],
    });
  }
}
