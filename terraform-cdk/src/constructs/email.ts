import { Construct } from 'constructs';
import { Sesv2ConfigurationSet } from '@cdktf/provider-aws/lib/sesv2-configuration-set';
import { Sesv2EmailIdentity } from '@cdktf/provider-aws/lib/sesv2-email-identity';

/**
 * SES sending setup of a stage: the sender identity (a domain, verified through the DKIM CNAMEs
 * this outputs, or a single address, verified by clicking the mail SES sends), a configuration set
 * (TLS required, bounces and complaints suppressed) and, in the sandbox, the test recipients.
 */
export class Email extends Construct {
  readonly identity: Sesv2EmailIdentity;
  readonly configurationSet: Sesv2ConfigurationSet;
  readonly sandboxRecipients: Sesv2EmailIdentity[];
  /** Whether the identity is a whole domain (DKIM records to publish) rather than one address. */
  readonly isDomain: boolean;

  constructor(scope: Construct, id: string, props: { stage: string; sesIdentity: string; sandboxRecipients: string[] }) {
    super(scope, id);
    this.isDomain = !props.sesIdentity.includes('@');
    this.configurationSet = new Sesv2ConfigurationSet(this, 'configuration-set', {
      configurationSetName: `checkout-${props.stage}`,
      deliveryOptions: { tlsPolicy: 'REQUIRE' },
      reputationOptions: { reputationMetricsEnabled: true },
      suppressionOptions: { suppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    this.identity = new Sesv2EmailIdentity(this, 'identity', {
      emailIdentity: props.sesIdentity,
      configurationSetName: this.configurationSet.configurationSetName,
    });
    this.sandboxRecipients = props.sandboxRecipients.map(
      (address, index) => new Sesv2EmailIdentity(this, `sandbox-recipient-${index}`, { emailIdentity: address }),
    );
  }

  /** Identity ARNs `ses:SendEmail` is authorised against: the sender and, in the sandbox, recipients. */
  get identityArns(): string[] {
    return [this.identity.arn, ...this.sandboxRecipients.map((r) => r.arn)];
  }
}
