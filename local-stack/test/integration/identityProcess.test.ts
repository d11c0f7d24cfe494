import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AuthenticationError, createTokenVerifier } from '@checkout/ingress-lambda';
import { freePort } from '../../src/ports';
import { LOCAL_IDENTITY, localShopAuthorization } from '../../src/localIdentity';
import { signedInCustomer } from '../support/identity';

/**
 * The user pool alone (`node local-stack/dist/identity.js`), as the LocalStack compose setup runs
 * it (compose service `identity`): listening where it is told, emailing sign-up codes through the
 * SMTP server it is given (the global setup's inbox here, `mail` in compose), and naming the issuer
 * it is given, the address the Lambdas reach it at on the compose network. Its tokens must pass the
 * ingress's token check configured as docker/localstack configures it: that issuer, the two client
 * ids, and the JWKS the READY hook fetches from the pool and ships in COGNITO_JWKS.
 */
const BUNDLE = join(__dirname, '..', '..', 'dist', 'identity.js');

interface IdentityProcess {
  child: ChildProcess;
  endpoint: string;
  issuerDomain: string;
  exited: Promise<number | null>;
}

/** Starts identity.js with `env` and resolves once it logs that it is ready (or rejects with what it printed). */
function startIdentity(env: Record<string, string>): Promise<IdentityProcess> {
  const child = spawn(process.execPath, [BUNDLE], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = (line.startsWith('{') ? JSON.parse(line) : {}) as { message?: string; endpoint?: string; issuer?: string };
      if (entry.message === 'identity provider ready') {
        resolve({ child, endpoint: entry.endpoint!, issuerDomain: entry.issuer!.replace(`/${LOCAL_IDENTITY.userPoolId}`, ''), exited });
      }
    });
    void exited.then((code) => reject(new Error(`identity.js exited ${code} before it was ready: ${stderr}`)));
  });
}

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the user pool alone (local-stack/dist/identity.js), as the LocalStack compose setup runs it', () => {
  let identity: IdentityProcess;

  beforeAll(async () => {
    const port = await freePort();
    identity = await startIdentity({
      LOCAL_COGNITO_PORT: String(port),
      IDENTITY_HOST: '127.0.0.1',
      // As compose names it: the service's name on the compose network, which only the Lambdas resolve.
      IDENTITY_ISSUER_DOMAIN: `http://identity:${port}`,
      IDENTITY_SMTP_HOST: '127.0.0.1',
      IDENTITY_SMTP_PORT: process.env.SMTP_PORT!,
      LOG_LEVEL: 'INFO',
    });
  });

  afterAll(async () => {
    if (identity.child.exitCode === null) identity.child.kill('SIGKILL');
    await identity.exited;
  });

  const verifier = async () =>
    createTokenVerifier({
      issuer: `${identity.issuerDomain}/${LOCAL_IDENTITY.userPoolId}`,
      customerClientId: LOCAL_IDENTITY.customerClientId,
      serviceClientId: LOCAL_IDENTITY.serviceClientId,
      // What the READY hook ships in COGNITO_JWKS, fetched from the pool as it does.
      jwks: await (await fetch(`${identity.endpoint}/${LOCAL_IDENTITY.userPoolId}/.well-known/jwks.json`)).text(),
    });

  it('emails the sign-up code through the SMTP server it is given and issues tokens naming the issuer it is given', async () => {
    const customer = await signedInCustomer({ cognito: identity.endpoint, inbox: process.env.LOCAL_INBOX_URL! });
    expect(claimsOf(customer.accessToken)).toMatchObject({ iss: `${identity.issuerDomain}/${LOCAL_IDENTITY.userPoolId}`, client_id: LOCAL_IDENTITY.customerClientId });
    expect(identity.issuerDomain).toMatch(/^http:\/\/identity:\d+$/);
  });

  it('issues tokens the ingress accepts when configured as docker/localstack configures it', async () => {
    const verify = await verifier();
    const customer = await signedInCustomer({ cognito: identity.endpoint, inbox: process.env.LOCAL_INBOX_URL! });
    await expect(verify.verify(customer.accessToken)).resolves.toEqual({ kind: 'customer', customerId: customer.customerId, scopes: expect.any(Array) });
    const shop = (await localShopAuthorization(`${identity.endpoint}/oauth2/token`)).authorization.replace('Bearer ', '');
    await expect(verify.verify(shop)).resolves.toMatchObject({ kind: 'service', clientId: LOCAL_IDENTITY.serviceClientId });
  });

  it('issues tokens the ingress refuses when it trusts another issuer (npm start\'s pool)', async () => {
    const verify = createTokenVerifier({
      issuer: `${process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER}/${LOCAL_IDENTITY.userPoolId}`,
      customerClientId: LOCAL_IDENTITY.customerClientId,
      serviceClientId: LOCAL_IDENTITY.serviceClientId,
    });
    const shop = (await localShopAuthorization(`${identity.endpoint}/oauth2/token`)).authorization.replace('Bearer ', '');
    await expect(verify.verify(shop)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('refuses to start on a bad variable, naming it and the rule', async () => {
    const failed = startIdentity({ LOCAL_COGNITO_PORT: '9329', IDENTITY_ISSUER_DOMAIN: 'http://identity:9329/' });
    await expect(failed).rejects.toThrow(/IDENTITY_ISSUER_DOMAIN="http:\/\/identity:9329\/": must not end with "\/"/);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    identity.child.kill('SIGTERM');
    await expect(identity.exited).resolves.toBe(0);
  });
});
