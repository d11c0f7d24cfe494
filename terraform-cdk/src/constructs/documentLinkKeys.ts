import { Construct } from 'constructs';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';

/**
 * The keys that sign and check the document links in the invoice and credit note emails: one
 * Secrets Manager secret per stage, `document-link-keys-<stage>`, whose SecretString is the key
 * ring `id=base64url,...` (the first key signs; every key checks). The notifier (signs) and the
 * ingress Lambda (checks) may read it and nothing else may; each reads it once per cold start.
 *
 * Terraform creates the secret but never its value, so no key is ever in the Terraform state:
 * put the first value once after the first apply, and rotate by putting a new key first
 * (docs/deploy.md, "Document link keys").
 */
export class DocumentLinkKeys extends Construct {
  readonly secret: SecretsmanagerSecret;

  constructor(scope: Construct, id: string, props: { stage: string; recoveryWindowInDays: number }) {
    super(scope, id);
    this.secret = new SecretsmanagerSecret(this, 'secret', {
      name: `document-link-keys-${props.stage}`,
      description: 'HMAC-SHA256 keys of the emailed invoice links, as id=base64url,... (first signs). Value put by hand, never by Terraform.',
      recoveryWindowInDays: props.recoveryWindowInDays,
    });
  }

  get arn(): string {
    return this.secret.arn;
  }
}
