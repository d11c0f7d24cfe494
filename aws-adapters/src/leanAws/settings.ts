import { ConfigError } from '../configError';

/** SigV4 credentials: what Lambda puts in the environment of every function. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Where and how the lean transport talks to AWS. */
export interface LeanAwsSettings {
  region: string;
  credentials: AwsCredentials;
  endpoints: { dynamodb: URL; sqs: URL; s3: URL; secretsManager: URL };
  /** Presigned URLs name the bucket in the path (emulators), not in the host name. */
  s3ForcePathStyle: boolean;
  /** One attempt's limit, from connecting to the last byte of the answer; a timed-out attempt is retried. */
  requestTimeoutMs: number;
  /** Attempts per call, the first included (the SDK's standard mode: 3). */
  maxAttempts: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * The variables the SDK reads for each service's endpoint, most specific first (the SDK's
 * "service-specific endpoints": AWS_ENDPOINT_URL_<SERVICE ID>, then AWS_ENDPOINT_URL).
 */
const ENDPOINT_VARIABLES = {
  dynamodb: { variable: 'AWS_ENDPOINT_URL_DYNAMODB', host: 'dynamodb' },
  sqs: { variable: 'AWS_ENDPOINT_URL_SQS', host: 'sqs' },
  s3: { variable: 'AWS_ENDPOINT_URL_S3', host: 's3' },
  secretsManager: { variable: 'AWS_ENDPOINT_URL_SECRETS_MANAGER', host: 'secretsmanager' },
} as const;

/**
 * Reads the lean transport's settings once: credentials from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (nothing else: no profiles, no instance metadata;
 * Lambda sets these), endpoints from the same variables the SDK honours, else AWS's public
 * endpoints of `region`. Throws ConfigError naming each missing or malformed variable, never a
 * credential's value.
 */
export function leanAwsSettingsFromEnv(
  aws: { AWS_REGION: string; S3_FORCE_PATH_STYLE: boolean },
  env: NodeJS.ProcessEnv = process.env,
  options: Partial<Pick<LeanAwsSettings, 'requestTimeoutMs' | 'maxAttempts'>> = {},
): LeanAwsSettings {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required: the lean AWS transport signs with the credentials in the environment`);
    return value ?? '';
  };
  const accessKeyId = required('AWS_ACCESS_KEY_ID');
  const secretAccessKey = required('AWS_SECRET_ACCESS_KEY');
  const sessionToken = env.AWS_SESSION_TOKEN?.trim();
  const dnsSuffix = aws.AWS_REGION.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const endpoint = (service: keyof typeof ENDPOINT_VARIABLES): URL => {
    const { variable, host } = ENDPOINT_VARIABLES[service];
    const name = env[variable] ? variable : env.AWS_ENDPOINT_URL ? 'AWS_ENDPOINT_URL' : undefined;
    const fallback = new URL(`https://${host}.${aws.AWS_REGION}.${dnsSuffix}`);
    if (!name) return fallback;
    try {
      const url = new URL(env[name]!);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // reported below
    }
    problems.push(`${name}=${JSON.stringify(env[name])}: must be an http(s) URL`);
    return fallback;
  };
  const endpoints = { dynamodb: endpoint('dynamodb'), sqs: endpoint('sqs'), s3: endpoint('s3'), secretsManager: endpoint('secretsManager') };
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    region: aws.AWS_REGION,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    endpoints,
    s3ForcePathStyle: aws.S3_FORCE_PATH_STYLE,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  };
}
