/**
 * Who is calling, from a verified access token:
 * - a customer signed in to the customer app client: sees and changes only their own orders;
 * - the shop backend with a client-credentials token: acts on every order its scopes allow.
 */
export type Caller =
  | { kind: 'customer'; /** The account's Cognito `sub`, stored on the orders it places. */ customerId: string; scopes: readonly string[] }
  | { kind: 'service'; /** The app client the token was issued to. */ clientId: string; scopes: readonly string[] };

/**
 * The namespace of a caller's Idempotency-Keys: two callers using the same key never meet, so a
 * key can neither replay nor block another caller's order.
 */
export const idempotencyScopeOf = (caller: Caller): string =>
  caller.kind === 'customer' ? `customer:${caller.customerId}` : `service:${caller.clientId}`;

/** True when `caller` may see an order placed by `customerId` (undefined: placed by the shop). */
export const maySee = (caller: Caller, order: { customerId?: string }): boolean =>
  caller.kind === 'service' || order.customerId === caller.customerId;
