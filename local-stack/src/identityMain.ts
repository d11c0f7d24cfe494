import { ConfigError, createLogger } from '@checkout/aws-adapters';
import { loadIdentityConfig } from './config';
import { startIdentityProvider } from './identityProvider';

/**
 * `node local-stack/dist/identity.js`: the local user pool alone, the one `npm start` runs
 * (cognito-local with the stage's pool and app clients, and the client-credentials token
 * endpoint), for the LocalStack compose setup, whose free image has no Cognito. SIGTERM stops it.
 */
async function main(): Promise<void> {
  const config = loadIdentityConfig();
  const logger = createLogger('identity', config.LOG_LEVEL);
  const identity = await startIdentityProvider({
    port: config.LOCAL_COGNITO_PORT,
    host: config.IDENTITY_HOST,
    smtpHost: config.IDENTITY_SMTP_HOST,
    smtpPort: config.IDENTITY_SMTP_PORT,
    issuerDomain: config.IDENTITY_ISSUER_DOMAIN,
    stage: config.STAGE,
    logger,
  });
  logger.info('identity provider ready', {
    endpoint: identity.endpoint,
    issuer: identity.issuer,
    tokenUrl: identity.tokenUrl,
    userPoolId: identity.userPoolId,
    customerClientId: identity.customerClientId,
    serviceClientId: identity.serviceClientId,
  });
  const stop = async (signal: string) => {
    logger.info('stopping identity provider', { signal });
    await identity.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`identity provider failed to start: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
