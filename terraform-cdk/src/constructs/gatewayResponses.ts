import { Construct } from 'constructs';
import { ApiGatewayGatewayResponse } from '@cdktf/provider-aws/lib/api-gateway-gateway-response';

interface GatewayProblem {
  /** Status to answer with; undefined keeps API Gateway's own (the DEFAULT_ fallbacks). */
  status?: number;
  slug: string;
  title: string;
  /** Our text, or undefined for API Gateway's message (`$context.error.messageString`, already a JSON string). */
  detail?: string;
  errors?: { path: string; message: string }[];
}

/**
 * The answers API Gateway gives itself, before the Lambda runs, as problem+json like the API's own.
 * Each body names the request (`requestId`) so support can find it in the access log; none
 * repeats the path. MISSING_AUTHENTICATION_TOKEN is what a REST API answers for a path or method it
 * has no route for (this API has no IAM-authorised route): a 404, as the Lambda answers locally.
 */
export const GATEWAY_PROBLEMS: Record<string, GatewayProblem> = {
  UNAUTHORIZED: { status: 401, slug: 'unauthorized', title: 'Unauthorized', detail: 'Send a valid access token: Authorization: Bearer <token from the token URL>.', errors: [{ path: 'authorization', message: 'must be a valid, unexpired access token' }] },
  ACCESS_DENIED: { status: 403, slug: 'forbidden', title: 'Forbidden', detail: 'The access token does not grant the scope this route needs.', errors: [{ path: 'authorization', message: 'must grant the scope of this route' }] },
  MISSING_AUTHENTICATION_TOKEN: { status: 404, slug: 'not-found', title: 'Not found', detail: 'There is no such resource or method; see /openapi.json.', errors: [{ path: 'url', message: 'must name a resource of this API' }] },
  WAF_FILTERED: { status: 403, slug: 'request-blocked', title: 'Request blocked', detail: 'The web application firewall refused this request.' },
  REQUEST_TOO_LARGE: { status: 413, slug: 'body-too-large', title: 'Request too large', detail: 'The request is larger than API Gateway accepts.', errors: [{ path: '', message: 'body is too large' }] },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, slug: 'unsupported-media-type', title: 'Unsupported media type', detail: 'Send the body as application/json in UTF-8.', errors: [{ path: 'content-type', message: 'must be application/json' }] },
  THROTTLED: { status: 429, slug: 'too-many-requests', title: 'Too many requests', detail: 'The API is throttling requests; retry with backoff.' },
  QUOTA_EXCEEDED: { status: 429, slug: 'too-many-requests', title: 'Too many requests', detail: 'The usage quota is exhausted; retry later.' },
  DEFAULT_4XX: { slug: 'request-refused', title: 'Request refused' },
  DEFAULT_5XX: { slug: 'gateway-error', title: 'Gateway error' },
};

/** Headers every gateway response carries, as API Gateway's response parameters (values in single quotes). */
export const GATEWAY_RESPONSE_HEADERS = {
  'Content-Type': 'application/problem+json',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

/** The mapping template of one gateway response: a problem+json body, with API Gateway's variables where ours are missing. */
export function problemTemplate(problem: GatewayProblem): string {
  const members = [
    `"type":${JSON.stringify(`/problems/${problem.slug}`)}`,
    `"title":${JSON.stringify(problem.title)}`,
    ...(problem.status === undefined ? [] : [`"status":${problem.status}`]),
    `"detail":${problem.detail === undefined ? '$context.error.messageString' : JSON.stringify(problem.detail)}`,
    ...(problem.errors ? [`"errors":${JSON.stringify(problem.errors)}`] : []),
    '"requestId":"$context.requestId"',
  ];
  return `{${members.join(',')}}`;
}

/** Every gateway response of `GATEWAY_PROBLEMS` on one REST API. Changes take effect with the next deployment. */
export class GatewayResponses extends Construct {
  readonly responses: ApiGatewayGatewayResponse[];

  constructor(scope: Construct, id: string, props: { restApiId: string }) {
    super(scope, id);
    this.responses = Object.entries(GATEWAY_PROBLEMS).map(
      ([type, problem]) =>
        new ApiGatewayGatewayResponse(this, type.toLowerCase(), {
          restApiId: props.restApiId,
          responseType: type,
          ...(problem.status === undefined ? {} : { statusCode: String(problem.status) }),
          responseTemplates: { 'application/json': problemTemplate(problem) },
          responseParameters: Object.fromEntries(
            Object.entries(GATEWAY_RESPONSE_HEADERS).map(([name, value]) => [`gatewayresponse.header.${name}`, `'${value}'`]),
          ),
        }),
    );
  }
}
