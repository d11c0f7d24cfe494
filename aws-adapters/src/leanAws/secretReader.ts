import type { SecretReader } from '../transport/ports';
import type { AwsJsonClient } from './awsJsonClient';

/** Secrets Manager GetSecretValue (JSON 1.1 protocol): the SecretString of the current version. */
export class LeanSecretReader implements SecretReader {
  constructor(private readonly secretsManager: AwsJsonClient) {}

  async secretString(secretId: string): Promise<string | undefined> {
    return (await this.secretsManager.call<{ SecretString?: string }>('GetSecretValue', { SecretId: secretId })).SecretString;
  }
}
