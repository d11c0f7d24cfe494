import { Construct } from 'constructs';
import { CognitoResourceServer } from '@cdktf/provider-aws/lib/cognito-resource-server';
import { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
import { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
import { CognitoUserPoolDomain } from '@cdktf/provider-aws/lib/cognito-user-pool-domain';
import { DataHttp } from '@cdktf/provider-http/lib/data-http';
import {
  identityNames,
  PASSWORD_POLICY,
  RESOURCE_SERVER,
  RESOURCE_SERVER_SCOPES,
  SCOPES,
  TOKEN_VALIDITY,
  VERIFICATION_EMAIL,
} from '@checkout/aws-adapters';

/** Re-exported from the identity contract (aws-adapters/src/identity.ts), where the app reads them too. */
export { RESOURCE_SERVER, SCOPES };

const TOKEN_VALIDITY_UNITS = [{ accessToken: 'minutes', idToken: 'minutes', refreshToken: 'days' }];

/**
 * Who may call the orders API, from the identity contract (aws-adapters/src/identity.ts), the
 * same one the local stack gives cognito-local:
 * - a user pool customers sign up to themselves, with their email as user name, verified by a
 *   code Cognito emails (sign-up, confirm, login: docs/decisions/identity.md);
 * - a public app client (no secret) for the customers: USER_PASSWORD_AUTH and refresh;
 * - a confidential app client for the shop backend: OAuth 2.0 client credentials with the
 *   resource server's scopes (orders.read, orders.write, catalog.admin), tokens from
 *   `https://<domain>.auth.<region>.amazoncognito.com/oauth2/token`.
 * API Gateway's authorizer checks scopes; the Lambda checks the same and more (ingress-lambda/src/auth).
 */
export class ApiAuth extends Construct {
  readonly userPool: CognitoUserPool;
  readonly customerClient: CognitoUserPoolClient;
  /** The shop's client-credentials client. */
  readonly client: CognitoUserPoolClient;
  readonly domain: CognitoUserPoolDomain;
  /**
   * The pool's signing keys as Cognito publishes them (its JWKS), read by Terraform once the pool
   * exists. The ingress Lambda gets them in COGNITO_JWKS, so a cold start verifies a token without
   * fetching them first; a token signed by a key not in it still makes the Lambda fetch the JWKS.
   */
  readonly jwks: DataHttp;

  constructor(scope: Construct, id: string, props: { stage: string; accountId: string; deletionProtection: boolean }) {
    super(scope, id);
    const names = identityNames(props.stage);
    this.userPool = new CognitoUserPool(this, 'user-pool', {
      name: names.userPool,
      // Self sign-up: customers register themselves and confirm their email with a code.
      adminCreateUserConfig: { allowAdminCreateUserOnly: false },
      usernameAttributes: ['email'],
      autoVerifiedAttributes: ['email'],
      usernameConfiguration: { caseSensitive: false },
      verificationMessageTemplate: {
        defaultEmailOption: 'CONFIRM_WITH_CODE',
        emailSubject: VERIFICATION_EMAIL.subject,
        emailMessage: VERIFICATION_EMAIL.message,
      },
      passwordPolicy: {
        minimumLength: PASSWORD_POLICY.minimumLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireNumbers: PASSWORD_POLICY.requireNumbers,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
      },
      accountRecoverySetting: { recoveryMechanism: [{ name: 'verified_email', priority: 1 }] },
      mfaConfiguration: 'OFF',
      // The customers' accounts: protected where the tables are (prod).
      deletionProtection: props.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    });

    // Globally unique prefix; Cognito forbids "aws", "amazon" and "cognito" in it.
    this.domain = new CognitoUserPoolDomain(this, 'domain', {
      domain: `checkout-${props.stage}-${props.accountId}`,
      userPoolId: this.userPool.id,
    });

    const resourceServer = new CognitoResourceServer(this, 'resource-server', {
      identifier: RESOURCE_SERVER,
      name: `checkout-${props.stage}`,
      userPoolId: this.userPool.id,
      scope: RESOURCE_SERVER_SCOPES.map((s) => ({ scopeName: s.name, scopeDescription: s.description })),
    });

    this.customerClient = new CognitoUserPoolClient(this, 'customer-client', {
      name: names.customerClient,
      userPoolId: this.userPool.id,
      generateSecret: false,
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      // "Incorrect user name or password" whether or not the account exists.
      preventUserExistenceErrors: 'ENABLED',
      enableTokenRevocation: true,
      accessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
      idTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
      refreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
      tokenValidityUnits: TOKEN_VALIDITY_UNITS,
    });

    this.client = new CognitoUserPoolClient(this, 'client', {
      name: names.serviceClient,
      userPoolId: this.userPool.id,
      generateSecret: true,
      allowedOauthFlowsUserPoolClient: true,
      allowedOauthFlows: ['client_credentials'],
      allowedOauthScopes: RESOURCE_SERVER_SCOPES.map((s) => s.scope),
      supportedIdentityProviders: ['COGNITO'],
      explicitAuthFlows: [],
      accessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
      idTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
      refreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
      tokenValidityUnits: TOKEN_VALIDITY_UNITS,
      dependsOn: [resourceServer],
    });

    this.jwks = new DataHttp(this, 'jwks', {
      url: `${this.issuer}/.well-known/jwks.json`,
      requestHeaders: { Accept: 'application/json' },
      retry: { attempts: 3, minDelayMs: 1000 },
      lifecycle: {
        postcondition: [{ condition: '${self.status_code == 200}', errorMessage: 'Cognito did not serve the user pool\'s JWKS.' }],
      },
    });
  }

  /** The issuer of the pool's tokens (`iss`), which the Lambda verifies: `https://cognito-idp.<region>.amazonaws.com/<poolId>`. */
  get issuer(): string {
    return `https://${this.userPool.endpoint}`;
  }

  /** The OAuth 2.0 token endpoint of the pool's hosted domain. */
  tokenUrl(region: string): string {
    return `https://${this.domain.domain}.auth.${region}.amazoncognito.com/oauth2/token`;
  }
}
