import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { randomBytes } from 'node:crypto';
import { LOCAL_IDENTITY, localShopAuthorization } from '../../src/localIdentity';

/**
 * Access tokens from the real cognito-local, for tests: a signed-up customer's and the shop's.
 * Endpoints come from the environment globalSetup exports (integration tests) or are given (e2e,
 * against `npm start`'s process).
 */
export interface IdentityEndpoints {
  /** cognito-local's base URL (the Cognito API and /oauth2/token). */
  cognito: string;
  /** maildev's base URL, where the confirmation code arrives. */
  inbox: string;
}

const endpointsFromEnv = (): IdentityEndpoints => {
  const cognito = process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
  const inbox = process.env.LOCAL_INBOX_URL;
  if (!cognito || !inbox) throw new Error('run with the integration project: globalSetup starts cognito-local and maildev');
  return { cognito, inbox };
};

export interface SignedInCustomer {
  email: string;
  password: string;
  /** The account's `sub`: the `customerId` of the orders it places. */
  customerId: string;
  accessToken: string;
  idToken: string;
  authorization: { authorization: string };
}

/**
 * Signs a new customer up (SignUp), reads the confirmation code from the email the user pool sent
 * to the inbox, confirms it (ConfirmSignUp) and logs in (InitiateAuth, USER_PASSWORD_AUTH): the
 * Cognito API calls a customer's app makes, through the AWS SDK.
 */
export async function signedInCustomer(endpoints: IdentityEndpoints = endpointsFromEnv()): Promise<SignedInCustomer> {
  const cognito = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: endpoints.cognito });
  try {
    const email = `customer-${randomBytes(6).toString('hex')}@example.com`;
    const password = `Pw-${randomBytes(6).toString('hex')}-A1`;
    const ClientId = LOCAL_IDENTITY.customerClientId;
    const signUp = await cognito.send(new SignUpCommand({ ClientId, Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] }));
    const code = await confirmationCode(endpoints.inbox, email);
    await cognito.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: code }));
    const login = await cognito.send(new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }));
    const accessToken = login.AuthenticationResult?.AccessToken;
    if (!accessToken || !signUp.UserSub) throw new Error('cognito-local returned no access token');
    return {
      email,
      password,
      customerId: signUp.UserSub,
      accessToken,
      idToken: login.AuthenticationResult!.IdToken!,
      authorization: { authorization: `Bearer ${accessToken}` },
    };
  } finally {
    cognito.destroy();
  }
}

/**
 * The code in the verification email to `email`. The user pool sends it before SignUp answers, so
 * it is already in the inbox.
 */
export async function confirmationCode(inbox: string, email: string): Promise<string> {
  const response = await fetch(`${inbox}/api/email?${new URLSearchParams({ 'envelope.to.address': email })}`);
  const emails = (await response.json()) as { subject: string; text?: string }[];
  const code = /\b(\d{6})\b/.exec(emails.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no confirmation code in the inbox for ${email}`);
  return code;
}

/** A client-credentials access token of the shop's app client, with `scopes` (default: all it may have). */
export async function serviceToken(scopes?: string[], endpoints: Pick<IdentityEndpoints, 'cognito'> = endpointsFromEnv()): Promise<string> {
  return (await serviceAuthorization(scopes, endpoints)).authorization.slice('Bearer '.length);
}

/** `{ authorization: 'Bearer <shop token>' }`, to spread into request headers. */
export const serviceAuthorization = (scopes?: string[], endpoints: Pick<IdentityEndpoints, 'cognito'> = endpointsFromEnv()) =>
  localShopAuthorization(`${endpoints.cognito}/oauth2/token`, scopes);

/** The verifier settings of the API under test, from the environment globalSetup exports. */
export function tokenVerifierConfigFromEnv() {
  const { COGNITO_ISSUER, COGNITO_CUSTOMER_CLIENT_ID, COGNITO_SERVICE_CLIENT_ID } = process.env;
  if (!COGNITO_ISSUER || !COGNITO_CUSTOMER_CLIENT_ID || !COGNITO_SERVICE_CLIENT_ID) throw new Error('run with the integration project: globalSetup exports COGNITO_*');
  return { issuer: COGNITO_ISSUER, customerClientId: COGNITO_CUSTOMER_CLIENT_ID, serviceClientId: COGNITO_SERVICE_CLIENT_ID };
}
