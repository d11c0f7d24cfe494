import { startEmulators } from '../../src/emulators';

/**
 * Starts one set of real emulators for the whole integration run and exports their endpoints
 * through the environment; each test file provisions its own stage (own tables, queues, bucket).
 */
export default async function globalSetup(): Promise<void> {
  const emulators = await startEmulators({ ports: { aws: 0, dynamodb: 0, smtp: 0, inbox: 0, cognito: 0 }, region: 'us-east-1' });
  Object.assign(process.env, emulators.env, { LOCAL_INBOX_URL: emulators.mail.webUrl });
  (globalThis as { __emulators?: typeof emulators }).__emulators = emulators;
}
