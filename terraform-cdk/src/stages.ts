/**
 * Every setting that differs between stages, in one typed place.
 *
 * The values below are the defaults for a reference deployment. Account-specific values (the
 * state bucket, the VPC you bring, the SES identity, the alarm e-mail) can be overridden per stage
 * with environment variables named `CHECKOUT_<STAGE>_<SETTING>` (see {@link ENV_OVERRIDES}), so
 * a fork can deploy without editing this file.
 */

export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** As the applications read LOG_LEVEL (aws-adapters `baseEnv`). */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/** How the notifier sends mail: SES in AWS, or an SMTP relay whose credentials live in Secrets Manager. */
export type MailTransport =
  | { kind: 'ses' }
  | { kind: 'smtp'; host: string; port: number; secure: boolean; credentialsSecretArn: string };

export interface StageSettings {
  stage: StageName;
  /** AWS region of every resource of the stage (and of the state bucket). */
  region: string;
  /** Remote state: an S3 bucket you created once (docs/deploy.md, "State bootstrap"). */
  state: { bucket: string; key: string };
  /** The VPC you bring: the worker runs in its private subnets, which need NAT or VPC endpoints. */
  network: { vpcId: string; privateSubnetIds: string[] };
  logLevel: LogLevel;
  logRetentionDays: number;
  /** DynamoDB deletion protection on the orders table (on for prod: the invoice-number series lives there). */
  deletionProtection: boolean;
  api: {
    /** Steady-state requests per second per stage (API Gateway method settings). */
    throttlingRateLimit: number;
    throttlingBurstLimit: number;
    /** WAF rate-based rule: requests per client IP per 5-minute window before blocking. */
    wafRateLimitPer5Minutes: number;
    statusLinkExpirySeconds: number;
    /** Life of the presigned URL `GET /documents/{token}` redirects to: it is followed at once. */
    documentRedirectSeconds: number;
    /**
     * Whether this stack sets the account-wide API Gateway CloudWatch Logs role (needed for access logs).
     * It is one setting per account and region: when several stages share an account, set it on one.
     */
    manageAccountLogsRole: boolean;
  };
  worker: {
    cpu: number;
    memory: number;
    /** Default for the `worker_image_tag` Terraform variable (override at deploy time). */
    imageTag: string;
    /** Number of images the ECR lifecycle policy keeps. */
    keepImages: number;
    batchSize: number;
    /** Scaling bounds: 0 lets the service scale to zero when both queues are empty. */
    minTasks: number;
    maxTasks: number;
    /** Target of the target-tracking policy: visible messages per running task. */
    acceptableBacklogPerTask: number;
    /** Run on FARGATE_SPOT with an on-demand FARGATE base (the worker is interruption tolerant). */
    useSpot: boolean;
  };
  email: {
    /** SES identity: a domain (`example.com`) or a single address (`invoices@example.com`). */
    sesIdentity: string;
    mailFrom: string;
    /** Life of the emailed document link (its signed token), and the date the email promises. */
    linkExpirySeconds: number;
    transport: MailTransport;
    /**
     * While the SES account is in the sandbox, every recipient must be a verified identity, and SES
     * also authorises `ses:SendEmail` against the recipient's identity ARN. List test inboxes here.
     */
    sandboxRecipients: string[];
    /** Reserved concurrency of the notifier, protecting the SES sending rate; undefined = unreserved. */
    notifierReservedConcurrency?: number;
  };
  /** Printed on every invoice; `address` lines are separated by "|". */
  /** The seller on every invoice (EN 16931 BG-4); each field becomes the worker's SELLER_* variable. */
  seller: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    email: string;
    vatId: string;
    iban: string;
    bic: string;
    /** BCP 47; labels exist in English and German. */
    locale: string;
  };
  alarms: {
    /** Optional e-mail subscription of the alarm topic (must be confirmed from the inbox). */
    email?: string;
    oldestMessageAgeSeconds: number;
    /** Minutes with a backlog and no running worker task before someone is paged. */
    backlogWithoutWorkersMinutes: number;
    /** Age of the oldest unpublished order change (stream iterator age) that pages someone. */
    orderEventsLagSeconds: number;
  };
}

const seller = {
  name: 'Example Shop GmbH',
  street: 'Musterstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  email: 'billing@example.com',
  vatId: 'DE123456789',
  iban: 'DE02120300000000202051',
  bic: 'BYLADEM1001',
  locale: 'de-DE',
};

const DEFAULTS: Record<StageName, StageSettings> = {
  dev: {
    stage: 'dev',
    region: 'eu-west-1',
    state: { bucket: 'checkout-terraform-state-example', key: 'checkout/dev/terraform.tfstate' },
    network: {
      vpcId: 'vpc-0dev00000000000000',
      privateSubnetIds: ['subnet-0dev0000000000001', 'subnet-0dev0000000000002'],
    },
    logLevel: 'DEBUG',
    logRetentionDays: 14,
    deletionProtection: false,
    api: {
      throttlingRateLimit: 20,
      throttlingBurstLimit: 40,
      wafRateLimitPer5Minutes: 1000,
      statusLinkExpirySeconds: 900,
      documentRedirectSeconds: 300,
      manageAccountLogsRole: true,
    },
    worker: {
      cpu: 512,
      memory: 1024,
      imageTag: 'latest-dev',
      keepImages: 10,
      batchSize: 5,
      minTasks: 0,
      maxTasks: 2,
      acceptableBacklogPerTask: 20,
      useSpot: true,
    },
    email: {
      sesIdentity: 'invoices@example.com',
      mailFrom: 'Example Shop <invoices@example.com>',
      linkExpirySeconds: 30 * 86_400,
      transport: { kind: 'ses' },
      sandboxRecipients: [],
    },
    seller,
    alarms: { oldestMessageAgeSeconds: 900, backlogWithoutWorkersMinutes: 10, orderEventsLagSeconds: 300 },
  },
  staging: {
    stage: 'staging',
    region: 'eu-west-1',
    state: { bucket: 'checkout-terraform-state-example', key: 'checkout/staging/terraform.tfstate' },
    network: {
      vpcId: 'vpc-0stg00000000000000',
      privateSubnetIds: ['subnet-0stg0000000000001', 'subnet-0stg0000000000002'],
    },
    logLevel: 'INFO',
    logRetentionDays: 30,
    deletionProtection: false,
    api: {
      throttlingRateLimit: 50,
      throttlingBurstLimit: 100,
      wafRateLimitPer5Minutes: 2000,
      statusLinkExpirySeconds: 900,
      documentRedirectSeconds: 300,
      manageAccountLogsRole: true,
    },
    worker: {
      cpu: 512,
      memory: 1024,
      imageTag: 'latest-staging',
      keepImages: 20,
      batchSize: 10,
      minTasks: 0,
      maxTasks: 4,
      acceptableBacklogPerTask: 20,
      useSpot: true,
    },
    email: {
      sesIdentity: 'example.com',
      mailFrom: 'Example Shop <invoices@example.com>',
      linkExpirySeconds: 30 * 86_400,
      transport: { kind: 'ses' },
      sandboxRecipients: [],
    },
    seller,
    alarms: { oldestMessageAgeSeconds: 600, backlogWithoutWorkersMinutes: 10, orderEventsLagSeconds: 300 },
  },
  prod: {
    stage: 'prod',
    region: 'eu-west-1',
    state: { bucket: 'checkout-terraform-state-example', key: 'checkout/prod/terraform.tfstate' },
    network: {
      vpcId: 'vpc-0prd00000000000000',
      privateSubnetIds: [
        'subnet-0prd0000000000001',
        'subnet-0prd0000000000002',
        'subnet-0prd0000000000003',
      ],
    },
    logLevel: 'INFO',
    logRetentionDays: 90,
    deletionProtection: true,
    api: {
      throttlingRateLimit: 200,
      throttlingBurstLimit: 400,
      wafRateLimitPer5Minutes: 2000,
      statusLinkExpirySeconds: 900,
      documentRedirectSeconds: 300,
      manageAccountLogsRole: true,
    },
    worker: {
      cpu: 512,
      memory: 1024,
      imageTag: 'latest-prod',
      keepImages: 30,
      batchSize: 10,
      // One warm task: the first invoice of the day does not wait for a cold start.
      minTasks: 1,
      maxTasks: 10,
      acceptableBacklogPerTask: 20,
      useSpot: false,
    },
    email: {
      sesIdentity: 'example.com',
      mailFrom: 'Example Shop <invoices@example.com>',
      linkExpirySeconds: 30 * 86_400,
      transport: { kind: 'ses' },
      sandboxRecipients: [],
      notifierReservedConcurrency: 10,
    },
    seller,
    alarms: { oldestMessageAgeSeconds: 300, backlogWithoutWorkersMinutes: 5, orderEventsLagSeconds: 120 },
  },
};

type Env = Record<string, string | undefined>;

/** `CHECKOUT_<STAGE>_<NAME>` environment variables and the setting each one overrides. */
export const ENV_OVERRIDES: Record<string, (s: StageSettings, value: string) => void> = {
  REGION: (s, v) => void (s.region = v),
  STATE_BUCKET: (s, v) => void (s.state.bucket = v),
  VPC_ID: (s, v) => void (s.network.vpcId = v),
  PRIVATE_SUBNET_IDS: (s, v) => void (s.network.privateSubnetIds = splitList(v)),
  SES_IDENTITY: (s, v) => void (s.email.sesIdentity = v),
  MAIL_FROM: (s, v) => void (s.email.mailFrom = v),
  SANDBOX_RECIPIENTS: (s, v) => void (s.email.sandboxRecipients = splitList(v)),
  ALARM_EMAIL: (s, v) => void (s.alarms.email = v),
};

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The settings of one stage, with `CHECKOUT_<STAGE>_*` overrides from `env` applied.
 * Throws when the result is unusable (no subnets, min above max), naming the setting.
 */
export function stageSettings(stage: StageName, env: Env = process.env): StageSettings {
  const settings = structuredClone(DEFAULTS[stage]);
  for (const [name, apply] of Object.entries(ENV_OVERRIDES)) {
    const value = env[`CHECKOUT_${stage.toUpperCase()}_${name}`];
    if (value !== undefined && value !== '') apply(settings, value);
  }
  validate(settings);
  return settings;
}

/** All stages, in deployment order. */
export function allStageSettings(env: Env = process.env): StageSettings[] {
  return STAGE_NAMES.map((stage) => stageSettings(stage, env));
}

function validate(s: StageSettings): void {
  const fail = (setting: string, problem: string): never => {
    throw new Error(`Stage ${s.stage}: ${setting} ${problem}`);
  };
  if (s.network.privateSubnetIds.length === 0) fail('network.privateSubnetIds', 'is empty');
  if (s.worker.minTasks < 0) fail('worker.minTasks', 'must be >= 0');
  if (s.worker.maxTasks < Math.max(1, s.worker.minTasks)) {
    fail('worker.maxTasks', 'must be >= max(1, worker.minTasks)');
  }
  if (s.worker.acceptableBacklogPerTask <= 0) fail('worker.acceptableBacklogPerTask', 'must be > 0');
  if (s.alarms.backlogWithoutWorkersMinutes < 1) fail('alarms.backlogWithoutWorkersMinutes', 'must be >= 1');
  // As the notifier's configuration allows (EMAIL_LINK_EXPIRY_SECONDS).
  if (s.email.linkExpirySeconds < 3600 || s.email.linkExpirySeconds > 366 * 86_400) fail('email.linkExpirySeconds', 'must be from 3600 to 31622400 (366 days)');
  if (s.api.documentRedirectSeconds < 10 || s.api.documentRedirectSeconds > 3600) fail('api.documentRedirectSeconds', 'must be from 10 to 3600');
  if (s.alarms.orderEventsLagSeconds < 60) fail('alarms.orderEventsLagSeconds', 'must be >= 60');
}
