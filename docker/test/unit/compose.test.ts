import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DCLinter } from 'dclint';
import { parse } from 'yaml';
import { LOCAL_IDENTITY } from '@checkout/local-stack/src/localIdentity';
import { envExampleKeys, readRepoFile, repoPath } from './support/repo';

/**
 * compose.yaml cannot be run here (no Docker engine), so these tests hold it to the compose
 * specification (the JSON schema shipped in dclint, offline) and to the promises docker/README.md
 * makes: pinned images, no secrets, a worker that gets to drain on `docker compose stop`.
 */

interface HealthCheck {
  test: string[] | string;
}
interface Service {
  image?: string;
  user?: string;
  build?: { context: string; dockerfile: string; target?: string };
  profiles?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: HealthCheck;
  init?: boolean;
  stop_signal?: string;
  stop_grace_period?: string;
  command?: string[];
}
interface ComposeFile {
  name: string;
  services: Record<string, Service>;
  networks: Record<string, { name?: string }>;
  volumes: Record<string, unknown>;
}

const compose = parse(readRepoFile('compose.yaml')) as ComposeFile;
const service = (name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`compose.yaml has no service "${name}"`);
  return found;
};
const functionsConfig = JSON.parse(readRepoFile('docker/localstack/functions.json')) as {
  shared: Record<string, string>;
  functions: { component: string; environment: Record<string, string> }[];
};

/** Errors dclint reports for a compose file: schema violations plus the rules we hold ourselves to. */
function lint(path: string): string[] {
  const linter = new DCLinter({
    quiet: true,
    debug: false,
    exclude: [],
    rules: {
      'no-version-field': 2,
      'service-image-require-explicit-tag': 2,
      'no-duplicate-exported-ports': 2,
      'no-duplicate-container-names': 2,
      'no-unbound-port-interfaces': 2,
      'no-quotes-in-volumes': 2,
      'require-quotes-in-ports': [2, { quoteType: 'double' }],
    },
  });
  return linter
    .lintFiles([path], false)
    .flatMap((result) => result.messages)
    .filter((message) => message.type === 'error')
    .map((message) => `${message.line}: ${message.rule}: ${message.message}`);
}

/** Parses a compose duration such as `35s` or `1m30s` into seconds. */
function seconds(duration: string): number {
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(duration);
  if (!match || duration === '') throw new Error(`not a duration: ${duration}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

describe('compose.yaml', () => {
  it('is valid against the compose specification and breaks none of our lint rules', () => {
    expect(lint(repoPath('compose.yaml'))).toEqual([]);
  });

  it('would be rejected by the same check if it broke the specification', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    try {
      const broken = join(dir, 'compose.yaml');
      writeFileSync(broken, 'services:\n  worker:\n    image: node:24\n    stop_grace_period: [35]\n');
      expect(lint(broken).join('\n')).toMatch(/invalid-schema/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pins LocalStack to a released version, overridable through LOCALSTACK_IMAGE', () => {
    const image = service('localstack').image ?? '';
    const match = /^\$\{LOCALSTACK_IMAGE:-(.+)\}$/.exec(image);
    expect(match).not.toBeNull();
    expect(match![1]).toMatch(/^localstack\/localstack:\d+\.\d+\.\d+$/);
  });

  it('pins every other pulled image to an explicit version', () => {
    for (const [name, { image }] of Object.entries(compose.services)) {
      if (!image || name === 'localstack') continue;
      const tag = /:([^:/]+)$/.exec(image)?.[1] ?? '(none)';
      expect(`${name}: ${tag}`).toMatch(/^\S+: v?\d+\.\d+(\.\d+)?$/);
    }
  });

  it('passes the LocalStack auth token through from the environment and never stores it', () => {
    expect(service('localstack').environment?.LOCALSTACK_AUTH_TOKEN).toBe('${LOCALSTACK_AUTH_TOKEN:-}');
  });

  it('hard-codes no secret: credential-like variables are interpolated or LocalStack dummies', () => {
    const secretLike = /TOKEN|SECRET|PASSWORD|PASS$|API_KEY|CREDENTIALS/;
    for (const [name, { environment = {} }] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environment)) {
        if (!secretLike.test(key)) continue;
        const interpolated = /^\$\{[A-Z0-9_]+(:?-[^}]*)?\}$/.test(String(value));
        const localstackDummy = key === 'AWS_SECRET_ACCESS_KEY' && value === 'test';
        expect(`${name}.${key}=${value} ${interpolated || localstackDummy ? 'ok' : 'hard-coded'}`).toMatch(/ ok$/);
      }
    }
  });

  it('starts LocalStack after the bundles exist, and the worker after LocalStack is set up', () => {
    expect(service('localstack').depends_on?.bundles?.condition).toBe('service_completed_successfully');
    expect(service('worker').depends_on?.localstack?.condition).toBe('service_healthy');
    expect(JSON.stringify(service('localstack').healthcheck?.test)).toContain('/_localstack/init/ready');
  });

  it('mounts the READY hook, the function config, the bundles and the Docker socket into LocalStack', () => {
    const volumes = service('localstack').volumes ?? [];
    expect(volumes).toEqual(
      expect.arrayContaining([
        '/var/run/docker.sock:/var/run/docker.sock',
        './docker/localstack/ready.d:/etc/localstack/init/ready.d:ro',
        './docker/localstack/functions.json:/opt/checkout/functions.json:ro',
        'lambda-bundles:/opt/checkout/bundles:ro',
      ]),
    );
    expect(service('bundles').volumes).toContain('lambda-bundles:/bundles');
    expect(service('bundles').command?.join(' ')).toMatch(/ingress-lambda\/dist .*notifier-lambda\/dist/);
  });

  it('puts Lambda containers on the compose network, where the notifier finds the mail catcher', () => {
    expect(compose.networks.default?.name).toBe(service('localstack').environment?.LAMBDA_DOCKER_NETWORK);
    const notifier = functionsConfig.functions.find((f) => f.component === 'notifier-lambda');
    expect(notifier?.environment.SMTP_HOST).toBe('mail');
    expect(compose.services).toHaveProperty('mail');
  });

  it('runs the user pool npm start runs, whose tokens the ingress Lambda verifies, before LocalStack', () => {
    const identity = service('identity');
    expect(identity.build).toEqual({ context: '.', dockerfile: 'docker/Dockerfile.worker', target: 'build' });
    expect(identity.command).toEqual(['node', 'local-stack/dist/identity.js']);
    expect(identity.user).toBe('node');
    const env = identity.environment ?? {};
    const port = env.LOCAL_COGNITO_PORT;
    // The same port as npm start's, so the README's commands and the Postman environments work against either setup.
    expect(identity.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(port).toBe('9329');
    expect(env.IDENTITY_HOST).toBe('0.0.0.0');
    // The issuer names the service on the compose network, where the Lambda containers are.
    expect(env.IDENTITY_ISSUER_DOMAIN).toBe(`http://identity:${port}`);
    expect(env.IDENTITY_SMTP_HOST).toBe('mail');
    expect(identity.depends_on?.mail?.condition).toBe('service_started');
    expect(JSON.stringify(identity.healthcheck?.test)).toContain(`127.0.0.1:${port}/${LOCAL_IDENTITY.userPoolId}/.well-known/jwks.json`);
    expect(service('localstack').depends_on?.identity?.condition).toBe('service_healthy');

    const ingress = functionsConfig.functions.find((f) => f.component === 'ingress-lambda')!.environment;
    expect(ingress).toMatchObject({
      COGNITO_ISSUER: `${env.IDENTITY_ISSUER_DOMAIN}/${LOCAL_IDENTITY.userPoolId}`,
      COGNITO_CUSTOMER_CLIENT_ID: LOCAL_IDENTITY.customerClientId,
      COGNITO_SERVICE_CLIENT_ID: LOCAL_IDENTITY.serviceClientId,
    });
    // The READY hook fetches the pool's JWKS from the issuer and ships it in COGNITO_JWKS (localstackInit.test.ts).
    expect(Object.keys(env).filter((key) => !envExampleKeys().has(key))).toEqual([]);
  });

  it('gives the LocalStack Postman environment the user pool, token endpoint and inbox compose publishes', () => {
    const variables = (name: string) =>
      Object.fromEntries(
        (JSON.parse(readRepoFile(`postman/${name}.postman_environment.json`)) as { values: { key: string; value: string }[] }).values.map((v) => [v.key, v.value]),
      );
    const local = variables('local');
    const localstack = variables('localstack');
    for (const key of ['tokenUrl', 'cognitoUrl', 'inboxUrl', 'customerClientId', 'shopClientId', 'shopClientSecret']) {
      expect(`${key}=${localstack[key]}`).toBe(`${key}=${local[key]}`);
    }
    expect(localstack.cognitoUrl).toBe(`http://127.0.0.1:${service('identity').environment?.LOCAL_COGNITO_PORT}`);
    expect(localstack.inboxUrl).toBe(`http://${service('mail').ports?.[0]?.split(':').slice(0, 2).join(':')}`);
    expect(localstack.baseUrl).toBe('http://orders.execute-api.localhost.localstack.cloud:4566/local');
  });

  it('builds the worker from docker/Dockerfile.worker and lets it drain before SIGKILL', () => {
    const worker = service('worker');
    expect(worker.build).toEqual({ context: '.', dockerfile: 'docker/Dockerfile.worker', target: 'runtime' });
    expect(worker.init).toBe(true);
    expect(worker.stop_signal).toBe('SIGTERM');
    const drain = Number(worker.environment?.SHUTDOWN_TIMEOUT_SECONDS);
    expect(drain).toBe(25);
    expect(seconds(worker.stop_grace_period ?? '')).toBeGreaterThan(drain);
    expect(worker.healthcheck?.test).toEqual(['CMD', 'node', '/app/healthcheck.js']);
  });

  it('gives the worker only variables the configuration contract (.env.example) knows', () => {
    // Read by the AWS SDK's credential chain, not by our configuration.
    const sdkCredentials = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
    const known = envExampleKeys();
    const unknown = Object.keys(service('worker').environment ?? {}).filter(
      (key) => !known.has(key) && !sdkCredentials.includes(key),
    );
    expect(unknown).toEqual([]);
  });

  it('gives the Lambdas only variables the configuration contract knows, and none Lambda reserves', () => {
    const known = envExampleKeys();
    const keys = [
      ...Object.keys(functionsConfig.shared),
      ...functionsConfig.functions.flatMap((f) => Object.keys(f.environment)),
    ];
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
    expect(keys.filter((key) => /^(AWS_REGION|AWS_DEFAULT_REGION|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_LAMBDA_.*|_HANDLER)$/.test(key))).toEqual([]);
  });

  it('names the same stage resources for the worker and the Lambdas', () => {
    const worker = service('worker').environment ?? {};
    for (const key of ['STAGE', 'ORDERS_TABLE', 'IDEMPOTENCY_TABLE', 'INVOICES_BUCKET'] as const) {
      expect(`${key}=${worker[key]}`).toBe(`${key}=${functionsConfig.shared[key]}`);
    }
    const stage = worker.STAGE;
    expect(worker.ORDERS_TABLE).toBe(`orders-${stage}`);
    expect(worker.IDEMPOTENCY_TABLE).toBe(`idempotency-${stage}`);
    expect(worker.INVOICES_BUCKET).toBe(`invoices-${stage}`);
    expect(worker.ORDERS_QUEUE_URL).toMatch(new RegExp(`/000000000000/orders-${stage}$`));
    expect(worker.ORDERS_DLQ_URL).toMatch(new RegExp(`/000000000000/orders-${stage}-dlq$`));
    expect(functionsConfig.shared.ORDERS_QUEUE_URL).toMatch(new RegExp(`/000000000000/orders-${stage}$`));
  });

  it('points the worker at LocalStack by its service name, with path-style S3', () => {
    const worker = service('worker').environment ?? {};
    for (const key of ['AWS_ENDPOINT_URL_SQS', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_DYNAMODB']) {
      expect(`${key}=${worker[key]}`).toBe(`${key}=http://localstack:4566`);
    }
    expect(worker.S3_FORCE_PATH_STYLE).toBe('true');
  });

  it('publishes ports on 127.0.0.1 only', () => {
    for (const [name, { ports = [] }] of Object.entries(compose.services)) {
      for (const port of ports) expect(`${name} ${port}`).toMatch(/^\S+ 127\.0\.0\.1:\d+:\d+$/);
    }
  });

  it('keeps the free profile to one service that runs the embedded stack, started by name', () => {
    const profiled = Object.entries(compose.services).filter(([, s]) => s.profiles?.includes('free'));
    expect(profiled.map(([name]) => name)).toEqual(['embedded']);
    const embedded = service('embedded');
    expect(embedded.build?.dockerfile).toBe('docker/Dockerfile.embedded');
    expect(embedded.ports).toEqual(['127.0.0.1:1080:1080', '127.0.0.1:3000:3000', '127.0.0.1:4566:4566', '127.0.0.1:9329:9329']);
    expect(embedded.init).toBe(true);
    expect(seconds(embedded.stop_grace_period ?? '')).toBeGreaterThan(25);
    // Every other service runs without a profile, so a plain `docker compose up` is the LocalStack setup.
    const unprofiled = Object.entries(compose.services).filter(([, s]) => !s.profiles).map(([name]) => name);
    expect(unprofiled.sort()).toEqual(['bundles', 'identity', 'localstack', 'mail', 'worker']);
  });

  it('is what docker/README.md documents', () => {
    const readme = readFileSync(repoPath('docker/README.md'), 'utf8');
    expect(readme).toContain('docker compose up --build');
    expect(readme).toContain('docker compose --profile free up --build embedded');
    expect(readme).toContain('http://orders.execute-api.localhost.localstack.cloud:4566/local');
    expect(readme).toContain('LOCALSTACK_AUTH_TOKEN');
  });
});
