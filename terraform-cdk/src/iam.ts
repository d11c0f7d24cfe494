import { Construct } from 'constructs';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';

/**
 * Policy-document helpers. Every policy in the stack is an `aws_iam_policy_document` data source
 * built from {@link Statement}s, so the policy tests can check all of them in one place.
 */

export interface Statement {
  /** Shown as the statement `sid`; also documents intent in the synthesized JSON. */
  sid: string;
  effect?: 'Allow' | 'Deny';
  /** Exact actions only: the policy tests reject `*` and `service:*`. */
  actions: string[];
  /** Omitted only in trust and resource policies where the resource is implicit. */
  resources?: string[];
  principals?: { type: string; identifiers: string[] }[];
  conditions?: { test: string; variable: string; values: string[] }[];
}

/** An `aws_iam_policy_document` data source; use `.json` where a policy string is expected. */
export function policyDocument(scope: Construct, id: string, statements: Statement[]): DataAwsIamPolicyDocument {
  return new DataAwsIamPolicyDocument(scope, id, {
    statement: statements.map((s) => ({
      sid: s.sid,
      effect: s.effect ?? 'Allow',
      actions: s.actions,
      resources: s.resources,
      principals: s.principals,
      condition: s.conditions,
    })),
  });
}

/**
 * A role that `service` (e.g. `lambda.amazonaws.com`) can assume, with one inline policy.
 * `sourceAccount` adds the confused-deputy guard where the service supports it.
 */
export function serviceRole(
  scope: Construct,
  id: string,
  props: { name: string; service: string; statements: Statement[]; sourceAccount?: string },
): IamRole {
  const trust = policyDocument(scope, `${id}-trust`, [
    {
      sid: 'AssumeByService',
      actions: ['sts:AssumeRole'],
      principals: [{ type: 'Service', identifiers: [props.service] }],
      conditions: props.sourceAccount
        ? [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.sourceAccount] }]
        : undefined,
    },
  ]);
  const role = new IamRole(scope, id, { name: props.name, assumeRolePolicy: trust.json });
  if (props.statements.length > 0) {
    new IamRolePolicy(scope, `${id}-policy`, {
      name: `${props.name}-policy`,
      role: role.id,
      policy: policyDocument(scope, `${id}-policy-document`, props.statements).json,
    });
  }
  return role;
}

/** `arn:...:log-group:<name>:*`: log-stream actions are authorised on the streams of the group. */
export function logStreamsArn(logGroupArn: string): string {
  return `${logGroupArn}:*`;
}

/** Statement letting a compute role write to its own log group, and nothing else. */
export function writeLogsStatement(logGroupArn: string): Statement {
  return {
    sid: 'WriteOwnLogs',
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    resources: [logStreamsArn(logGroupArn)],
  };
}
