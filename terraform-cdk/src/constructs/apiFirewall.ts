import { Construct } from 'constructs';
import { Wafv2WebAcl } from '@cdktf/provider-aws/lib/wafv2-web-acl';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';

/** AWS managed rule groups in front of the API, in evaluation order. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesSQLiRuleSet',
] as const;

const visibility = (metricName: string) => ({
  cloudwatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/** A regional WAF v2 web ACL (managed rule groups plus a per-IP rate limit) on the API stage. */
export class ApiFirewall extends Construct {
  readonly webAcl: Wafv2WebAcl;

  constructor(scope: Construct, id: string, props: { stage: string; stageArn: string; ratePer5Minutes: number }) {
    super(scope, id);
    const name = `checkout-api-${props.stage}`;
    this.webAcl = new Wafv2WebAcl(this, 'web-acl', {
      name,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      rule: [
        // Rate limit first: a flood is blocked before the managed rules spend capacity on it.
        {
          name: 'rate-limit-per-ip',
          priority: 0,
          action: { block: {} },
          // `statement` is untyped in the bindings: Terraform (snake_case) names.
          statement: { rate_based_statement: { limit: props.ratePer5Minutes, aggregate_key_type: 'IP' } },
          visibilityConfig: visibility(`${name}-rate-limit`),
        },
        ...MANAGED_RULE_GROUPS.map((group, index) => ({
          name: group,
          priority: index + 1,
          overrideAction: { none: {} },
          statement: { managed_rule_group_statement: { name: group, vendor_name: 'AWS' } },
          visibilityConfig: visibility(`${name}-${group}`),
        })),
      ],
    });

    new Wafv2WebAclAssociation(this, 'association', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.arn,
    });
  }
}
