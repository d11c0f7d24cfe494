import { Construct } from 'constructs';
import { Wafv2WebAcl } from '@cdktf/provider-aws/lib/wafv2-web-acl';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';
import { ORDER_LIMITS } from '@checkout/domain';

/** AWS managed rule groups in front of the API, in evaluation order. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesSQLiRuleSet',
] as const;

/**
 * Managed rules whose action is overridden to Count (they still show in metrics and sampled
 * requests): the Common rule set's SizeRestrictions_BODY blocks every body over 8 KB, a limit it
 * does not let you raise, while the API takes orders of up to 256 KiB and 500 lines. The API's
 * own limit applies instead: `body-over-api-limit` here, the Lambda's 413 behind it.
 */
export const COUNTED_MANAGED_RULES: Partial<Record<(typeof MANAGED_RULE_GROUPS)[number], readonly string[]>> = {
  AWSManagedRulesCommonRuleSet: ['SizeRestrictions_BODY'],
};

/**
 * A regular expression matching the decimal numbers greater than `limit` (leading zeros allowed),
 * for a Content-Length header: WAF compares strings, not numbers.
 */
export function greaterThanPattern(limit: number): string {
  const digits = String(limit);
  const alternatives: string[] = [`[1-9]\\d{${digits.length},}`];
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 9) continue;
    const rest = digits.length - i - 1;
    alternatives.push(`${digits.slice(0, i)}[${digit + 1}-9]${rest ? `\\d{${rest}}` : ''}`);
  }
  return `^0*(${alternatives.join('|')})$`;
}

/**
 * Problem bodies WAF answers with for the rules of ours that block. WAF sends them as
 * application/json (its custom bodies are plain text, HTML or JSON); the members are those of the
 * API's problem+json.
 */
export const WAF_PROBLEMS = {
  'body-too-large': {
    status: 413,
    body: {
      type: '/problems/body-too-large',
      title: 'Request body too large',
      status: 413,
      detail: `The body must be at most ${ORDER_LIMITS.maxBodyBytes} bytes.`,
      errors: [{ path: '', message: `body must be at most ${ORDER_LIMITS.maxBodyBytes} bytes` }],
    },
  },
  'too-many-requests': {
    status: 429,
    body: { type: '/problems/too-many-requests', title: 'Too many requests', status: 429, detail: 'This address sent too many requests; retry in a few minutes.' },
  },
} as const;

const PROBLEM_HEADERS = [
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  { name: 'Cache-Control', value: 'no-store' },
];

const visibility = (metricName: string) => ({
  cloudwatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const blockWith = (key: keyof typeof WAF_PROBLEMS) => ({
  block: { customResponse: { responseCode: WAF_PROBLEMS[key].status, customResponseBodyKey: key, responseHeader: PROBLEM_HEADERS } },
});

/**
 * A regional WAF v2 web ACL on the API stage: a per-IP rate limit (429), a Content-Length above the
 * API's body limit (413), then the managed rule groups with the rules in `COUNTED_MANAGED_RULES`
 * counted. WAF sees only the first 16 KB of a body (the default for API Gateway; up to 64 KB at
 * extra cost), so no WAF rule can measure a 256 KiB body: the size rule reads Content-Length, and
 * the Lambda enforces the limit on the bytes. A managed rule's block is answered by API Gateway's
 * WAF_FILTERED gateway response (IngressApi).
 */
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
      customResponseBody: Object.entries(WAF_PROBLEMS).map(([key, problem]) => ({
        key,
        content: JSON.stringify(problem.body),
        contentType: 'APPLICATION_JSON',
      })),
      rule: [
        // Rate limit first: a flood is blocked before the managed rules spend capacity on it.
        {
          name: 'rate-limit-per-ip',
          priority: 0,
          action: blockWith('too-many-requests'),
          // `statement` is untyped in the bindings: Terraform (snake_case) names.
          statement: { rate_based_statement: { limit: props.ratePer5Minutes, aggregate_key_type: 'IP' } },
          visibilityConfig: visibility(`${name}-rate-limit`),
        },
        {
          name: 'body-over-api-limit',
          priority: 1,
          action: blockWith('body-too-large'),
          statement: {
            regex_match_statement: {
              regex_string: greaterThanPattern(ORDER_LIMITS.maxBodyBytes),
              field_to_match: { single_header: { name: 'content-length' } },
              text_transformation: [{ priority: 0, type: 'NONE' }],
            },
          },
          visibilityConfig: visibility(`${name}-body-over-api-limit`),
        },
        ...MANAGED_RULE_GROUPS.map((group, index) => ({
          name: group,
          priority: index + 2,
          overrideAction: { none: {} },
          statement: {
            managed_rule_group_statement: {
              name: group,
              vendor_name: 'AWS',
              ...(COUNTED_MANAGED_RULES[group]
                ? { rule_action_override: COUNTED_MANAGED_RULES[group].map((rule) => ({ name: rule, action_to_use: { count: {} } })) }
                : {}),
            },
          },
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
