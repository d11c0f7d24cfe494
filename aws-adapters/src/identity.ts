/**
 * The identity contract, defined once: the Cognito user pool, its app clients and resource server
 * scopes, and which caller may use which route. terraform-cdk builds the pool, clients, resource
 * server and API Gateway authorizer from it; the local stack provisions cognito-local from it; the
 * ingress app enforces the same route rules on every request (ingress-lambda/src/auth).
 * Why it is shaped this way: docs/decisions/identity.md.
 */

/** Resource server identifier: every custom scope is `checkout/<name>`. */
export const RESOURCE_SERVER = 'checkout';

/** Custom scopes of the resource server, granted to the shop's client-credentials client. */
export const SCOPES = {
  ordersRead: `${RESOURCE_SERVER}/orders.read`,
  ordersWrite: `${RESOURCE_SERVER}/orders.write`,
  /** Change the product catalog (`PUT /products/{sku}`). */
  catalogAdmin: `${RESOURCE_SERVER}/catalog.admin`,
} as const;

/** The resource server's scopes as Cognito declares them (name without the identifier, description). */
export const RESOURCE_SERVER_SCOPES: { name: string; scope: string; description: string }[] = [
  { name: 'orders.read', scope: SCOPES.ordersRead, description: 'Read every order, its refunds and invoice links' },
  { name: 'orders.write', scope: SCOPES.ordersWrite, description: 'Create, cancel and refund any order' },
  { name: 'catalog.admin', scope: SCOPES.catalogAdmin, description: 'Create and change products of the catalog' },
];

/**
 * The scope Cognito puts in every access token of a signed-in user (InitiateAuth). A route that
 * customers may call lists it among its scopes, so API Gateway's authorizer lets their tokens through.
 */
export const CUSTOMER_SCOPE = 'aws.cognito.signin.user.admin';

/** Who may call a route: the shop with any of `scopes`, and customers (their own orders only) when `customers`. */
export interface RouteAccess {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API Gateway's resource path form, without a leading slash (`orders/{id}`). */
  path: string;
  scopes: string[];
  customers: boolean;
}

/**
 * Every authenticated route. Customers create orders and read and cancel their own; refunds move
 * money, so only the shop asks for them (a customer still reads the refunds of their orders); only
 * the shop's admin scope changes the catalog.
 */
export const ROUTE_ACCESS = {
  createOrder: { method: 'POST', path: 'orders', scopes: [SCOPES.ordersWrite], customers: true },
  getOrder: { method: 'GET', path: 'orders/{id}', scopes: [SCOPES.ordersRead], customers: true },
  cancelOrder: { method: 'PATCH', path: 'orders/{id}', scopes: [SCOPES.ordersWrite], customers: true },
  requestRefund: { method: 'POST', path: 'orders/{id}/refunds', scopes: [SCOPES.ordersWrite], customers: false },
  getRefund: { method: 'GET', path: 'orders/{id}/refunds/{refundId}', scopes: [SCOPES.ordersRead], customers: true },
  /** Reading the catalog is public; changing it is the shop's admin scope only. */
  putProduct: { method: 'PUT', path: 'products/{sku}', scopes: [SCOPES.catalogAdmin], customers: false },
} as const satisfies Record<string, RouteAccess>;

/** What API Gateway's Cognito authorizer checks for a route: any one of these scopes in an access token. */
export const authorizationScopesOf = (access: Pick<RouteAccess, 'scopes' | 'customers'>): string[] =>
  access.customers ? [...access.scopes, CUSTOMER_SCOPE] : [...access.scopes];

/** Names of a stage's user pool and app clients (AWS assigns the ids; terraform outputs them). */
export const identityNames = (stage: string) => ({
  userPool: `checkout-${stage}`,
  /** Public client (no secret) of the customers: sign-up, confirm, USER_PASSWORD_AUTH and refresh. */
  customerClient: `checkout-${stage}-customers`,
  /** Confidential client of the shop backend: OAuth 2.0 client credentials, the resource server's scopes. */
  serviceClient: `checkout-${stage}-shop`,
});

/** Lifetimes of tokens, the same in AWS and locally. */
export const TOKEN_VALIDITY = {
  accessTokenMinutes: 60,
  idTokenMinutes: 60,
  refreshTokenDays: 30,
} as const;

/** Password rules of the pool (Cognito's defaults, written down so both sides use them). */
export const PASSWORD_POLICY = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
} as const;

/** The email that carries the sign-up confirmation code; `{####}` is where Cognito puts the code. */
export const VERIFICATION_EMAIL = {
  subject: 'Your checkout verification code',
  message: 'Your checkout verification code is {####}. It expires in 24 hours.',
} as const;

/** The issuer (`iss`) of a Cognito user pool's tokens; its keys are at `<issuer>/.well-known/jwks.json`. */
export const cognitoIssuer = (region: string, userPoolId: string) => `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

/** Where the keys of an issuer's tokens are published (Cognito and cognito-local alike). */
export const jwksUriOf = (issuer: string) => `${issuer.replace(/\/+$/, '')}/.well-known/jwks.json`;
