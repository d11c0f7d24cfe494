/** The request carries no usable access token (none, malformed, forged, expired, for another client): 401. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(
    /** Why, for the log only: the answer never says which check failed. */
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`access token refused: ${reason}`, options);
  }
}

/** The token is valid but does not grant what the route needs: 403. */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
  constructor(readonly requiredScopes: readonly string[], options?: ErrorOptions) {
    super(`the access token grants none of: ${requiredScopes.join(', ')}`, options);
  }
}
