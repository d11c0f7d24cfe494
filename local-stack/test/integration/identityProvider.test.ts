import { CognitoIdentityProviderClient, InitiateAuthCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { SCOPES, VERIFICATION_EMAIL } from '@checkout/aws-adapters';
import { randomBytes } from 'node:crypto';
import { LOCAL_IDENTITY } from '../../src/localIdentity';
import { signedInCustomer } from '../support/identity';

/**
 * cognito-local as the local stack runs it (globalSetup): the stage's pool and clients, the
 * confirmation code emailed to the inbox, and the client-credentials token endpoint answering as
 * Cognito's does (RFC 6749 §5.2 errors).
 */
const cognitoUrl = () => process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER!;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const token = (form: Record<string, string>, authorization?: string) =>
  fetch(`${cognitoUrl()}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams(form),
  });
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the local user pool', () => {
  it('emails the sign-up code to the inbox with the contract\'s subject, and a confirmed customer logs in', async () => {
    const customer = await signedInCustomer();
    const mails = (await (await fetch(`${process.env.LOCAL_INBOX_URL}/api/email?${new URLSearchParams({ 'envelope.to.address': customer.email })}`)).json()) as { subject: string; text: string }[];
    expect(mails.map((mail) => mail.subject)).toEqual([VERIFICATION_EMAIL.subject]);
    expect(claimsOf(customer.accessToken)).toMatchObject({
      token_use: 'access',
      client_id: LOCAL_IDENTITY.customerClientId,
      sub: customer.customerId,
      iss: `${cognitoUrl()}/${LOCAL_IDENTITY.userPoolId}`,
    });
  });

  it('refuses to log in a customer who has not confirmed the code', async () => {
    const cognito = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: cognitoUrl() });
    try {
      const email = `unconfirmed-${randomBytes(4).toString('hex')}@example.com`;
      const ClientId = LOCAL_IDENTITY.customerClientId;
      await cognito.send(new SignUpCommand({ ClientId, Username: email, Password: 'Correct-Horse-1', UserAttributes: [{ Name: 'email', Value: email }] }));
      await expect(
        cognito.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: 'Correct-Horse-1' } })),
      ).rejects.toMatchObject({ name: 'UserNotConfirmedException' });
    } finally {
      cognito.destroy();
    }
  });
});

describe('the password policy', () => {
  it.each([
    ['Sh-0rt', 'Password not long enough'],
    ['lower-case-1', 'Password must have uppercase characters'],
    ['UPPER-CASE-1', 'Password must have lowercase characters'],
    ['No-Numbers-Here', 'Password must have numeric characters'],
    ['NoSymbols123', 'Password must have symbol characters'],
  ])('refuses the sign-up with %j as Cognito does: %s', async (password, rule) => {
    const cognito = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: cognitoUrl() });
    try {
      const email = `weak-${randomBytes(4).toString('hex')}@example.com`;
      const ClientId = LOCAL_IDENTITY.customerClientId;
      await expect(
        cognito.send(new SignUpCommand({ ClientId, Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] })),
      ).rejects.toMatchObject({ name: 'InvalidPasswordException', message: `Password did not conform with policy: ${rule}` });
      // Nothing was created: the same address signs up with a good password.
      await expect(
        cognito.send(new SignUpCommand({ ClientId, Username: email, Password: 'Correct-Horse-1', UserAttributes: [{ Name: 'email', Value: email }] })),
      ).resolves.toMatchObject({ UserConfirmed: false });
    } finally {
      cognito.destroy();
    }
  });
});

describe('POST /oauth2/token, client credentials', () => {
  const shop = basic(LOCAL_IDENTITY.serviceClientId, LOCAL_IDENTITY.serviceClientSecret);

  it('issues the shop every scope it may have, or the ones it asks for, as Cognito\'s claims', async () => {
    const all = await token({ grant_type: 'client_credentials' }, shop);
    expect(all.status).toBe(200);
    const body = (await all.json()) as { access_token: string; expires_in: number; token_type: string };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(claimsOf(body.access_token)).toMatchObject({
      sub: LOCAL_IDENTITY.serviceClientId,
      client_id: LOCAL_IDENTITY.serviceClientId,
      token_use: 'access',
      scope: [SCOPES.ordersRead, SCOPES.ordersWrite, SCOPES.catalogAdmin].join(' '),
    });
    const one = (await (await token({ grant_type: 'client_credentials', scope: SCOPES.ordersRead }, shop)).json()) as { access_token: string };
    expect(claimsOf(one.access_token).scope).toBe(SCOPES.ordersRead);
    // The secret in the form instead of Basic, as Cognito also takes it.
    const inForm = await token({ grant_type: 'client_credentials', client_id: LOCAL_IDENTITY.serviceClientId, client_secret: LOCAL_IDENTITY.serviceClientSecret });
    expect(inForm.status).toBe(200);
  });

  it.each([
    ['a wrong secret', { grant_type: 'client_credentials' }, basic(LOCAL_IDENTITY.serviceClientId, 'wrong'), 401, 'invalid_client'],
    ['the customers\' public client (no secret)', { grant_type: 'client_credentials' }, basic(LOCAL_IDENTITY.customerClientId, ''), 401, 'invalid_client'],
    ['an unknown client', { grant_type: 'client_credentials' }, basic('nobody', 'x'), 401, 'invalid_client'],
    ['a scope the client may not have', { grant_type: 'client_credentials', scope: 'checkout/everything' }, basic(LOCAL_IDENTITY.serviceClientId, LOCAL_IDENTITY.serviceClientSecret), 400, 'invalid_scope'],
    ['the password grant', { grant_type: 'password', username: 'a', password: 'b' }, basic(LOCAL_IDENTITY.serviceClientId, LOCAL_IDENTITY.serviceClientSecret), 400, 'unsupported_grant_type'],
  ])('refuses %s', async (_, form, authorization, status, error) => {
    const response = await token(form, authorization);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error });
  });
});
