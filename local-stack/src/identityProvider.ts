import {
  identityNames,
  PASSWORD_POLICY,
  RESOURCE_SERVER_SCOPES,
  TOKEN_VALIDITY,
  VERIFICATION_EMAIL,
  type Logger,
} from '@checkout/aws-adapters';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { clientCredentialsHandler, type AppClientLookup } from './clientCredentials';
import { LOCAL_IDENTITY } from './localIdentity';
import { PASSWORD_MEMBERS, passwordPolicyProblem } from './passwordPolicy';

export { LOCAL_IDENTITY } from './localIdentity';

export interface IdentityProvider {
  /** cognito-local's endpoint: the Cognito API (`AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER`) and `/oauth2/token`. */
  endpoint: string;
  /** The `iss` of its tokens; keys at `<issuer>/.well-known/jwks.json`. */
  issuer: string;
  /** The client-credentials token endpoint (as `https://<domain>.auth.<region>.amazoncognito.com/oauth2/token`). */
  tokenUrl: string;
  userPoolId: string;
  customerClientId: string;
  serviceClientId: string;
  stop(): Promise<void>;
}

/**
 * Starts cognito-local (the Cognito user pool API: SignUp, ConfirmSignUp, InitiateAuth with
 * USER_PASSWORD_AUTH, ...) on `host`:`port` (127.0.0.1 unless told), in this process, with:
 * - the stage's user pool and its two app clients, made from the identity contract (identity.ts);
 * - the sign-up confirmation code sent as an email over SMTP to `smtpHost`:`smtpPort` (the local
 *   inbox), as Cognito emails it, instead of cognito-local's console box;
 * - tokens whose `iss` is `<issuerDomain>/<pool id>`: the address the API reaches the pool's keys
 *   at (by default the endpoint itself; in compose, the service's name on the compose network);
 * - the pool's password policy checked wherever a password is set, in Cognito's words
 *   (passwordPolicy.ts), which cognito-local leaves out;
 * - `POST /oauth2/token` with the client-credentials grant, which cognito-local lacks
 *   (clientCredentials.ts; docs/decisions/identity.md says why it is the honest stand-in).
 * Its state lives in a temporary directory, removed on stop.
 */
export async function startIdentityProvider(options: {
  port: number;
  smtpPort: number;
  stage: string;
  logger: Logger;
  /** The address to listen on; 127.0.0.1 by default, so nothing else on the machine reaches it. */
  host?: string;
  smtpHost?: string;
  issuerDomain?: string;
}): Promise<IdentityProvider> {
  const cognitoLocal = loadCognitoLocal();
  const host = options.host ?? '127.0.0.1';
  const endpoint = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${options.port}`;
  const issuerDomain = options.issuerDomain ?? endpoint;
  const dataDirectory = await mkdtemp(join(tmpdir(), 'checkout-cognito-'));
  const ctx = { logger: cognitoLocal.logger(options.logger) };

  const clock = new cognitoLocal.services.DateClock();
  const dataStores = new cognitoLocal.stormDb.StormDBDataStoreFactory(dataDirectory);
  const cognito = await new cognitoLocal.cognitoService.CognitoServiceFactoryImpl(
    dataDirectory,
    dataStores,
    new cognitoLocal.userPoolService.UserPoolServiceFactoryImpl(clock, dataStores),
  ).create(ctx, {});
  // No Lambda triggers run locally, so neither the Lambda nor the KMS client is ever called.
  const triggers = new cognitoLocal.services.TriggersService(clock, cognito, new cognitoLocal.services.LambdaService({}, {}), {});
  const mailer = createTransport({ host: options.smtpHost ?? '127.0.0.1', port: options.smtpPort, secure: false, ignoreTLS: true });
  const config = { ...cognitoLocal.config.DefaultConfig, UserPoolDefaults: {}, TokenConfig: { IssuerDomain: issuerDomain } };
  const services = {
    clock,
    cognito,
    config,
    messages: new cognitoLocal.services.MessagesService(
      triggers,
      new cognitoLocal.messageDelivery.MessageDeliveryService({
        sendEmail: async (_ctx: unknown, user: { Username: string }, destination: string, message: { __code?: string }) => {
          await mailer.sendMail({
            from: 'Checkout sign-up <no-reply@verificationemail.com>',
            to: destination,
            subject: VERIFICATION_EMAIL.subject,
            text: VERIFICATION_EMAIL.message.replace('{####}', message.__code ?? ''),
          });
          options.logger.info('confirmation code emailed', { username: user.Username });
        },
        sendSms: async () => {
          throw new Error('the local user pool sends no SMS');
        },
      }),
    ),
    otp: cognitoLocal.otp.otp,
    tokenGenerator: new cognitoLocal.tokenGenerator.JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };

  await provisionUserPool(cognito, ctx, options.stage, clock.get());

  // Every call that sets a password checks the pool's policy first, as Cognito does (cognito-local does not).
  const route = cognitoLocal.router.Router(services);
  const router = (target: string) => {
    const handle = route(target);
    const member = PASSWORD_MEMBERS[target];
    if (!member) return handle;
    return (requestCtx: unknown, request: Record<string, unknown>) => {
      const password = request[member];
      const problem = typeof password === 'string' ? passwordPolicyProblem(password) : undefined;
      return problem ? Promise.reject(new cognitoLocal.errors.CognitoError('InvalidPasswordException', problem)) : handle(requestCtx, request);
    };
  };
  // Without `services` cognito-local adds no OAuth2 routes, so ours answers /oauth2/token.
  const server = cognitoLocal.server.createServer(router, ctx.logger, { port: options.port, hostname: host });
  const lookup: AppClientLookup = (clientId) => cognito.getAppClient(ctx, clientId);
  server.application.post('/oauth2/token', clientCredentialsHandler({ lookup, issuerDomain, now: () => clock.get() }));
  const http: Server = await server.start();

  return {
    endpoint,
    issuer: `${issuerDomain}/${LOCAL_IDENTITY.userPoolId}`,
    tokenUrl: `${endpoint}/oauth2/token`,
    userPoolId: LOCAL_IDENTITY.userPoolId,
    customerClientId: LOCAL_IDENTITY.customerClientId,
    serviceClientId: LOCAL_IDENTITY.serviceClientId,
    stop: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      mailer.close();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * The stage's user pool and app clients, as terraform-cdk's ApiAuth makes them in AWS: self
 * sign-up with the email as user name, the email verified by a code; a public customer client
 * (USER_PASSWORD_AUTH, refresh) and the shop's confidential client-credentials client with the
 * resource server's scopes. cognito-local's API assigns random ids, so the records are written
 * through its own service layer with the fixed LOCAL_IDENTITY ids.
 */
async function provisionUserPool(cognito: CognitoService, ctx: unknown, stage: string, now: Date): Promise<void> {
  const names = identityNames(stage);
  const pool = await cognito.createUserPool(ctx, {
    Id: LOCAL_IDENTITY.userPoolId,
    Name: names.userPool,
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    Policies: {
      PasswordPolicy: {
        MinimumLength: PASSWORD_POLICY.minimumLength,
        RequireLowercase: PASSWORD_POLICY.requireLowercase,
        RequireUppercase: PASSWORD_POLICY.requireUppercase,
        RequireNumbers: PASSWORD_POLICY.requireNumbers,
        RequireSymbols: PASSWORD_POLICY.requireSymbols,
      },
    },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    MfaConfiguration: 'OFF',
  });
  const userPool = await cognito.getUserPool(ctx, pool.Id);
  const validity = {
    AccessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
    IdTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
    RefreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
  };
  await userPool.saveAppClient(ctx, {
    ClientId: LOCAL_IDENTITY.customerClientId,
    ClientName: names.customerClient,
    UserPoolId: pool.Id,
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
    CreationDate: now,
    LastModifiedDate: now,
    ...validity,
  });
  await userPool.saveAppClient(ctx, {
    ClientId: LOCAL_IDENTITY.serviceClientId,
    ClientSecret: LOCAL_IDENTITY.serviceClientSecret,
    ClientName: names.serviceClient,
    UserPoolId: pool.Id,
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: RESOURCE_SERVER_SCOPES.map((s) => s.scope),
    SupportedIdentityProviders: ['COGNITO'],
    ExplicitAuthFlows: [],
    CreationDate: now,
    LastModifiedDate: now,
    ...validity,
  });
}

interface CognitoService {
  createUserPool(ctx: unknown, options: Record<string, unknown>): Promise<{ Id: string }>;
  getUserPool(ctx: unknown, id: string): Promise<{ saveAppClient(ctx: unknown, client: Record<string, unknown>): Promise<void> }>;
  getAppClient(ctx: unknown, clientId: string): Promise<Record<string, unknown> | null>;
}

/**
 * cognito-local's parts, from its CommonJS files (its entry point only offers a server that keeps
 * its state in ./.cognito and prints codes to the console). `logger` makes a pino logger, as its
 * server wants, whose warnings and errors go to our log.
 */
function loadCognitoLocal() {
  const load = createRequire(require.resolve('cognito-local/package.json'));
  const pino = load('pino') as (options: object, stream: { write(line: string): void }) => unknown;
  return {
    services: load('cognito-local/lib/services'),
    cognitoService: load('cognito-local/lib/services/cognitoService'),
    userPoolService: load('cognito-local/lib/services/userPoolService'),
    stormDb: load('cognito-local/lib/services/dataStore/stormDb'),
    messageDelivery: load('cognito-local/lib/services/messageDelivery/messageDelivery'),
    otp: load('cognito-local/lib/services/otp'),
    tokenGenerator: load('cognito-local/lib/services/tokenGenerator'),
    config: load('cognito-local/lib/server/config'),
    router: load('cognito-local/lib/server/Router'),
    server: load('cognito-local/lib/server/server'),
    errors: load('cognito-local/lib/errors') as { CognitoError: new (code: string, message: string) => Error },
    logger: (logger: Logger) =>
      pino({ level: 'warn', base: undefined }, {
        write(line: string) {
          const { msg, level } = JSON.parse(line) as { msg?: string; level?: number };
          (level !== undefined && level >= 50 ? logger.error : logger.warn).call(logger, 'cognito-local', { detail: msg });
        },
      }) as { warn(...args: unknown[]): void },
  };
}
