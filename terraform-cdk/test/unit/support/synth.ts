import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { CheckoutStack, REPO_ROOT } from '../../../src/checkoutStack';
import { stageSettings, type StageName, type StageSettings } from '../../../src/stages';

/** The synthesized Terraform JSON of a stack (what `cdk.tf.json` holds, without metadata). */
export interface Synthesized {
  terraform: { backend: Record<string, Record<string, unknown>>; required_providers: Record<string, unknown> };
  provider: Record<string, Record<string, unknown>[]>;
  resource: Record<string, Record<string, Resource>>;
  data: Record<string, Record<string, Resource>>;
  output: Record<string, { value: unknown; sensitive?: boolean }>;
  variable: Record<string, { default?: unknown; type?: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Resource = Record<string, any>;

const BUNDLE_WORKSPACES = ['ingress-lambda', 'notifier-lambda', 'order-events'];

/**
 * Where the stack finds the Lambda bundles. The real `<repo>/<workspace>/dist` once the root
 * `npm run build` has run; otherwise a scratch root with empty `dist` folders, so unit tests
 * never write into other workspaces.
 */
export function bundlesRoot(): string {
  if (BUNDLE_WORKSPACES.every((w) => existsSync(path.join(REPO_ROOT, w, 'dist')))) return REPO_ROOT;
  const root = path.join(tmpdir(), 'checkout-terraform-cdk-test-bundles');
  for (const w of BUNDLE_WORKSPACES) mkdirSync(path.join(root, w, 'dist'), { recursive: true });
  return root;
}

/** Settings of a stage exactly as committed (no `CHECKOUT_*` overrides from the developer's shell). */
export function committedSettings(stage: StageName): StageSettings {
  return stageSettings(stage, {});
}

/** Synthesizes one stage's stack; call once per test file (in `beforeAll`). */
export function synthStage(stage: StageName, settings: StageSettings = committedSettings(stage)): Synthesized {
  const stack = new CheckoutStack(Testing.app(), { settings, repoRoot: bundlesRoot() });
  return JSON.parse(Testing.synth(stack)) as Synthesized;
}

/** All resources of one Terraform type, keyed by logical id (empty when there are none). */
export function resources(synth: Synthesized, type: string): Record<string, Resource> {
  return synth.resource[type] ?? {};
}

/** The single resource of a type whose `attribute` equals `value`; fails loudly otherwise. */
export function resourceWhere(synth: Synthesized, type: string, attribute: string, value: unknown): [string, Resource] {
  const matches = Object.entries(resources(synth, type)).filter(([, r]) => r[attribute] === value);
  if (matches.length !== 1) {
    throw new Error(`expected one ${type} with ${attribute}=${JSON.stringify(value)}, found ${matches.length}`);
  }
  return matches[0]!;
}

/** `${aws_x.logical_id.attribute}`: how the synthesized JSON references another resource. */
export function ref(type: string, logicalId: string, attribute: string): string {
  return `\${${type}.${logicalId}.${attribute}}`;
}

export interface PolicyStatement {
  document: string;
  sid?: string;
  effect: string;
  actions: string[];
  resources: string[];
  principals: { type: string; identifiers: string[] }[];
}

/** Every statement of every `aws_iam_policy_document` data source, tagged with its document id. */
export function policyStatements(synth: Synthesized): PolicyStatement[] {
  return Object.entries(synth.data.aws_iam_policy_document ?? {}).flatMap(([document, doc]) =>
    (doc.statement as Resource[]).map((s) => ({
      document,
      sid: s.sid,
      effect: s.effect ?? 'Allow',
      actions: s.actions ?? [],
      resources: s.resources ?? [],
      principals: s.principals ?? [],
    })),
  );
}

/** Replaces the bundle content hashes, which change with every build of the Lambdas. */
export function withoutAssetHashes(synth: Synthesized): Synthesized {
  return JSON.parse(
    JSON.stringify(synth)
      .replace(/(assets\/[^/"]+\/)[0-9A-F]{32}(\/)/g, '$1<asset-hash>$2')
      .replace(/("source_code_hash":")[0-9A-F]{32}"/g, '$1<asset-hash>"'),
  ) as Synthesized;
}
