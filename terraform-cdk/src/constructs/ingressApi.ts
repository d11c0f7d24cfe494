import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { ApiGatewayAccount } from '@cdktf/provider-aws/lib/api-gateway-account';
import { ApiGatewayAuthorizer } from '@cdktf/provider-aws/lib/api-gateway-authorizer';
import { ApiGatewayDeployment } from '@cdktf/provider-aws/lib/api-gateway-deployment';
import { ApiGatewayIntegration } from '@cdktf/provider-aws/lib/api-gateway-integration';
import { ApiGatewayMethod } from '@cdktf/provider-aws/lib/api-gateway-method';
import { ApiGatewayMethodSettings } from '@cdktf/provider-aws/lib/api-gateway-method-settings';
import { ApiGatewayResource } from '@cdktf/provider-aws/lib/api-gateway-resource';
import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import { ApiGatewayStage } from '@cdktf/provider-aws/lib/api-gateway-stage';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import type { StageSettings } from '../stages';
import { policyDocument } from '../iam';
import { authorizationScopesOf, ROUTE_ACCESS } from '@checkout/aws-adapters';
import { ApiAuth } from './apiAuth';
import { ApiFirewall } from './apiFirewall';
import { GATEWAY_PROBLEMS, GatewayResponses } from './gatewayResponses';
import { INVOICES_PREFIX, type InvoicesBucket } from './invoicesBucket';
import type { DocumentLinkKeys } from './documentLinkKeys';
import { NodeLambda } from './nodeLambda';
import type { OrderQueues } from './queues';
import type { Tables } from './tables';

/**
 * Every route, all proxied to the ingress Lambda. `scopes: undefined` = public. The authorised
 * routes and their scopes come from the identity contract (ROUTE_ACCESS), which the Lambda
 * enforces too: a route customers may call also accepts their access tokens' scope.
 */
export const ROUTES: { path: string; method: string; scopes?: string[] }[] = [
  ...Object.values(ROUTE_ACCESS).map((access) => ({ path: access.path, method: access.method, scopes: authorizationScopesOf(access) })),
  // Emailed invoice and credit note links: the signed token is the capability (no login).
  { path: 'documents/{token}', method: 'GET' },
  // The catalog is public to read; changing it is in ROUTE_ACCESS (putProduct).
  { path: 'products', method: 'GET' },
  { path: 'products/{sku}', method: 'GET' },
  { path: 'openapi.json', method: 'GET' },
  { path: 'health', method: 'GET' },
  { path: 'docs', method: 'GET' },
  { path: 'docs/{proxy+}', method: 'GET' },
];

/** Every body reaches the Lambda as bytes (base64 in the event), whatever its Content-Type. */
const BINARY_MEDIA_TYPES = ['*/*'];

/** AWS-managed policy for the account-wide API Gateway logging role (see `manageAccountLogsRole`). */
export const API_GATEWAY_LOGS_POLICY_ARN =
  'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs';

const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  clientId: '$context.authorizer.claims.client_id',
  integrationError: '$context.integration.error',
  wafStatus: '$context.waf.status',
});

export interface IngressApiProps {
  settings: StageSettings;
  accountId: string;
  bundleDir: string;
  tables: Tables;
  queues: OrderQueues;
  invoices: InvoicesBucket;
  linkKeys: DocumentLinkKeys;
}

/**
 * The public edge: a regional REST API (Cognito-authorised order routes, public docs routes) proxying
 * to the ingress Lambda, with per-stage throttling, JSON access logs, a WAF web ACL, problem+json
 * gateway responses, and bodies passed to the Lambda as bytes.
 */
export class IngressApi extends Construct {
  readonly lambda: NodeLambda;
  readonly api: ApiGatewayRestApi;
  readonly stage: ApiGatewayStage;
  readonly auth: ApiAuth;
  readonly accessLogs: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: IngressApiProps) {
    super(scope, id);
    const { settings, tables, queues, invoices, linkKeys } = props;
    const stage = settings.stage;

    this.auth = new ApiAuth(this, 'auth', { stage, accountId: props.accountId, deletionProtection: settings.deletionProtection });
    this.lambda = new NodeLambda(this, 'ingress', {
      functionName: `checkout-ingress-${stage}`,
      bundleDir: props.bundleDir,
      memorySize: 512,
      timeoutSeconds: 10,
      logRetentionDays: settings.logRetentionDays,
      environment: {
        STAGE: stage,
        ORDERS_TABLE: tables.orders.name,
        IDEMPOTENCY_TABLE: tables.idempotency.name,
        PRODUCTS_TABLE: tables.products.name,
        INVOICES_BUCKET: invoices.bucket.bucket,
        ORDERS_QUEUE_URL: queues.queue.url,
        STATUS_LINK_EXPIRY_SECONDS: String(settings.api.statusLinkExpirySeconds),
        DOCUMENT_REDIRECT_SECONDS: String(settings.api.documentRedirectSeconds),
        DOCUMENT_LINK_KEYS_SECRET_ARN: linkKeys.arn,
        LOG_LEVEL: settings.logLevel,
        COGNITO_ISSUER: this.auth.issuer,
        COGNITO_CUSTOMER_CLIENT_ID: this.auth.customerClient.id,
        COGNITO_SERVICE_CLIENT_ID: this.auth.client.id,
        // The pool's signing keys, so a cold start need not fetch them (ApiAuth.jwks).
        COGNITO_JWKS: this.auth.jwks.responseBody,
        // Spans as JSON lines beside the logs and EMF metrics (docs/decisions/observability.md).
        TRACES_EXPORT: 'stdout',
      },
      statements: [
        {
          // TransactWriteItems over both tables is authorised per contained action.
          sid: 'WriteOrdersAndIdempotencyKeys',
          actions: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
          resources: [tables.orders.arn, tables.idempotency.arn],
        },
        {
          // Checkout reads an order's products (BatchGetItem); GET /products scans; PUT /products/{sku} is one UpdateItem.
          sid: 'ReadAndChangeCatalog',
          actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Scan', 'dynamodb:UpdateItem'],
          resources: [tables.products.arn],
        },
        { sid: 'EnqueueOrders', actions: ['sqs:SendMessage'], resources: [queues.queue.arn] },
        {
          // Presigned download links are signed with this role, so it must be able to read them.
          sid: 'PresignInvoiceDownloads',
          actions: ['s3:GetObject'],
          resources: [invoices.objectsArn(INVOICES_PREFIX)],
        },
        // Checks the emailed document links (GET /documents/{token}); read once per cold start.
        { sid: 'ReadDocumentLinkKeys', actions: ['secretsmanager:GetSecretValue'], resources: [linkKeys.arn] },
      ],
    });

    this.api = new ApiGatewayRestApi(this, 'api', {
      name: `checkout-${stage}`,
      endpointConfiguration: { types: ['REGIONAL'] },
      // Every body reaches the Lambda base64-encoded, byte for byte, so the API can refuse bytes
      // that are not UTF-8 and name them, instead of seeing text API Gateway has already decoded.
      binaryMediaTypes: BINARY_MEDIA_TYPES,
    });
    const authorizer = new ApiGatewayAuthorizer(this, 'authorizer', {
      name: `cognito-${stage}`,
      restApiId: this.api.id,
      type: 'COGNITO_USER_POOLS',
      providerArns: [this.auth.userPool.arn],
      identitySource: 'method.request.header.Authorization',
    });

    const routeParts = this.addRoutes(authorizer);
    const gatewayResponses = new GatewayResponses(this, 'gateway-responses', { restApiId: this.api.id });
    // Gateway responses and binary media types take effect with a new deployment too; the digest
    // of their content makes a change to a template redeploy.
    const edgeSettings = createHash('sha256').update(JSON.stringify({ GATEWAY_PROBLEMS, binaryMediaTypes: BINARY_MEDIA_TYPES })).digest('hex');
    routeParts.push(...gatewayResponses.responses.map((response) => response.id), edgeSettings);

    const deployment = new ApiGatewayDeployment(this, 'deployment', {
      restApiId: this.api.id,
      // A new deployment whenever a route, method or integration changes.
      triggers: { redeployment: Fn.sha1(Fn.jsonencode(routeParts)) },
      lifecycle: { createBeforeDestroy: true },
    });

    this.accessLogs = new CloudwatchLogGroup(this, 'access-logs', {
      name: `/aws/apigateway/checkout-${stage}/access`,
      retentionInDays: settings.logRetentionDays,
    });
    const accountSettings = settings.api.manageAccountLogsRole ? this.accountLogsRole(stage) : undefined;

    this.stage = new ApiGatewayStage(this, 'stage', {
      restApiId: this.api.id,
      deploymentId: deployment.id,
      stageName: stage,
      accessLogSettings: { destinationArn: this.accessLogs.arn, format: ACCESS_LOG_FORMAT },
      dependsOn: accountSettings ? [accountSettings] : [],
    });
    new ApiGatewayMethodSettings(this, 'method-settings', {
      restApiId: this.api.id,
      stageName: this.stage.stageName,
      methodPath: '*/*',
      settings: {
        throttlingRateLimit: settings.api.throttlingRateLimit,
        throttlingBurstLimit: settings.api.throttlingBurstLimit,
        metricsEnabled: true,
        // Execution logs would log request bodies (customer data); access logs are enough.
        loggingLevel: 'OFF',
      },
    });

    new LambdaPermission(this, 'invoke-permission', {
      statementId: 'AllowApiGatewayInvoke',
      action: 'lambda:InvokeFunction',
      functionName: this.lambda.function.functionName,
      principal: 'apigateway.amazonaws.com',
      // Any method and path of this stage only.
      sourceArn: `${this.api.executionArn}/${stage}/*`,
    });

    new ApiFirewall(this, 'firewall', {
      stage,
      stageArn: this.stage.arn,
      ratePer5Minutes: settings.api.wafRateLimitPer5Minutes,
    });
  }

  /** Base URL of the stage, e.g. `https://abc.execute-api.eu-west-1.amazonaws.com/dev`. */
  get invokeUrl(): string {
    return this.stage.invokeUrl;
  }

  private addRoutes(authorizer: ApiGatewayAuthorizer): string[] {
    const resources = new Map<string, ApiGatewayResource>();
    const resourceFor = (path: string): ApiGatewayResource => {
      const existing = resources.get(path);
      if (existing) return existing;
      const slash = path.lastIndexOf('/');
      const parentId = slash < 0 ? this.api.rootResourceId : resourceFor(path.slice(0, slash)).id;
      const resource = new ApiGatewayResource(this, `resource-${slug(path)}`, {
        restApiId: this.api.id,
        parentId,
        pathPart: path.slice(slash + 1),
      });
      resources.set(path, resource);
      return resource;
    };

    const parts: string[] = [];
    for (const route of ROUTES) {
      const resource = resourceFor(route.path);
      const routeId = `${route.method.toLowerCase()}-${slug(route.path)}`;
      const method = new ApiGatewayMethod(this, `method-${routeId}`, {
        restApiId: this.api.id,
        resourceId: resource.id,
        httpMethod: route.method,
        ...(route.scopes
          ? { authorization: 'COGNITO_USER_POOLS', authorizerId: authorizer.id, authorizationScopes: route.scopes }
          : { authorization: 'NONE' }),
      });
      const integration = new ApiGatewayIntegration(this, `integration-${routeId}`, {
        restApiId: this.api.id,
        resourceId: resource.id,
        httpMethod: method.httpMethod,
        type: 'AWS_PROXY',
        // Lambda proxy integrations are always invoked with POST, whatever the route's method.
        integrationHttpMethod: 'POST',
        uri: this.lambda.function.invokeArn,
      });
      parts.push(resource.id, method.id, integration.id);
    }
    parts.push(authorizer.id);
    return parts;
  }

  /**
   * The account-wide role API Gateway uses to write access logs. It serves every REST API of the
   * account and region, so it cannot be narrowed to this stage's log group; the AWS-managed policy
   * is the documented one (and only names logs actions).
   */
  private accountLogsRole(stage: string): ApiGatewayAccount {
    const trust = policyDocument(this, 'account-logs-trust', [
      {
        sid: 'AssumeByApiGateway',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['apigateway.amazonaws.com'] }],
      },
    ]);
    const role = new IamRole(this, 'account-logs-role', {
      name: `apigateway-cloudwatch-logs-${stage}`,
      assumeRolePolicy: trust.json,
    });
    new IamRolePolicyAttachment(this, 'account-logs-policy', { role: role.name, policyArn: API_GATEWAY_LOGS_POLICY_ARN });
    return new ApiGatewayAccount(this, 'account', { cloudwatchRoleArn: role.arn });
  }
}

function slug(path: string): string {
  return path.replace(/[{}+]/g, '').replace(/[^a-zA-Z0-9]+/g, '-');
}
