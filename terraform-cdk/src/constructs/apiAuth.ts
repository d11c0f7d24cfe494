import { Construct } from 'constructs';
import { CognitoResourceServer } from '@cdktf/provider-aws/lib/cognito-resource-server';
import { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
import { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
import { CognitoUserPoolDomain } from '@cdktf/provider-aws/lib/cognito-user-pool-domain';

/** Resource server identifier; scopes are `checkout/orders.read` and `checkout/orders.write`. */
export const RESOURCE_SERVER = 'checkout';
export const SCOPES = {
  read: `${RESOURCE_SERVER}/orders.read`,
  write: `${RESOURCE_SERVER}/orders.write`,
} as const;

/**
 * Who may call the orders API: a Cognito user pool with one confidential app client using the
 * OAuth 2.0 client-credentials grant (machine to machine: a shop backend, Postman, curl). Tokens come
 * from `https://<domain>.auth.<region>.amazoncognito.com/oauth2/token`; API Gateway checks the scope.
 */
export class ApiAuth extends Construct {
  readonly userPool: CognitoUserPool;
  readonly client: CognitoUserPoolClient;
  readonly domain: CognitoUserPoolDomain;

  constructor(scope: Construct, id: string, props: { stage: string; accountId: string }) {
    super(scope, id);
    this.userPool = new CognitoUserPool(this, 'user-pool', {
      name: `checkout-${props.stage}`,
      // No sign-ups: the pool only holds app clients.
      adminCreateUserConfig: { allowAdminCreateUserOnly: true },
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
      scope: [
        { scopeName: 'orders.read', scopeDescription: 'Read orders and their invoice links' },
        { scopeName: 'orders.write', scopeDescription: 'Create and change orders' },
      ],
    });

    this.client = new CognitoUserPoolClient(this, 'client', {
      name: `checkout-${props.stage}-client`,
      userPoolId: this.userPool.id,
      generateSecret: true,
      allowedOauthFlowsUserPoolClient: true,
      allowedOauthFlows: ['client_credentials'],
      allowedOauthScopes: [SCOPES.read, SCOPES.write],
      supportedIdentityProviders: ['COGNITO'],
      accessTokenValidity: 60,
      tokenValidityUnits: [{ accessToken: 'minutes' }],
      dependsOn: [resourceServer],
    });
  }

  /** The OAuth 2.0 token endpoint of the pool's hosted domain. */
  tokenUrl(region: string): string {
    return `https://${this.domain.domain}.auth.${region}.amazoncognito.com/oauth2/token`;
  }
}
