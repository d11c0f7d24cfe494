import { Construct } from 'constructs';
import { AssetType, TerraformAsset } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { serviceRole, writeLogsStatement, type Statement } from '../iam';

export interface NodeLambdaProps {
  functionName: string;
  /** Directory zipped as the code, e.g. `<repo>/ingress-lambda/dist` (built by the root `npm run build`). */
  bundleDir: string;
  environment: Record<string, string>;
  /** What the function may do besides writing its own logs. */
  statements: Statement[];
  memorySize: number;
  timeoutSeconds: number;
  logRetentionDays: number;
  reservedConcurrency?: number;
}

/**
 * A Node.js 24 arm64 Lambda with its own role, its own log group (with retention) and the bundle
 * directory as code. The bundles ship `handler.js.map` but run without `--enable-source-maps`: the
 * flag makes Node parse the map at every cold start, which cost the ingress more than its whole
 * 80 ms budget. A logged stack trace is mapped back to the sources offline
 * (docs/decisions/lambda-bundles.md).
 */
export class NodeLambda extends Construct {
  /** The function name as a plain string (usable in construct ids and alarm names). */
  readonly name: string;
  readonly function: LambdaFunction;
  readonly role: IamRole;
  readonly logGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: NodeLambdaProps) {
    super(scope, id);
    this.name = props.functionName;
    // Created before the function, so Lambda never auto-creates it without retention.
    this.logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: `/aws/lambda/${props.functionName}`,
      retentionInDays: props.logRetentionDays,
    });
    this.role = serviceRole(this, 'role', {
      name: props.functionName,
      service: 'lambda.amazonaws.com',
      statements: [writeLogsStatement(this.logGroup.arn), ...props.statements],
    });
    const code = new TerraformAsset(this, 'code', { path: props.bundleDir, type: AssetType.ARCHIVE });

    this.function = new LambdaFunction(this, 'function', {
      functionName: props.functionName,
      role: this.role.arn,
      runtime: 'nodejs24.x',
      architectures: ['arm64'],
      handler: 'handler.handler',
      filename: code.path,
      // Hash of the bundle directory: changes exactly when the code does.
      sourceCodeHash: code.assetHash,
      memorySize: props.memorySize,
      timeout: props.timeoutSeconds,
      reservedConcurrentExecutions: props.reservedConcurrency,
      environment: { variables: props.environment },
      loggingConfig: { logFormat: 'Text', logGroup: this.logGroup.name },
      dependsOn: [this.logGroup],
    });
  }
}
