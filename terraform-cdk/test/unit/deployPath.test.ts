import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { STAGE_NAMES } from '../../src/stages';

/**
 * The deploy path needs no cdktf CLI: `npm run synth` (the cdktf library's `app.synth()`) writes
 * plain Terraform JSON, and `scripts/terraform.mjs` runs Terraform or OpenTofu on one stack.
 * Terraform itself needs the provider registry, so it is a recording fake here.
 */
const WORKSPACE = path.resolve(__dirname, '..', '..');
const outdir = mkdtempSync(path.join(tmpdir(), 'checkout-synth-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** A fake `terraform` that appends its arguments to `calls` and fails `apply` when FAKE_APPLY_EXIT is set. */
function fakeTerraform(): { binary: string; calls: () => string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-terraform-'));
  const binary = path.join(dir, 'terraform');
  writeFileSync(
    binary,
    ['#!/usr/bin/env bash', 'echo "$*" >> "$(dirname "$0")/calls"', 'if [[ "$2" == apply && -n "$FAKE_APPLY_EXIT" ]]; then exit "$FAKE_APPLY_EXIT"; fi'].join('\n'),
  );
  chmodSync(binary, 0o755);
  const log = path.join(dir, 'calls');
  return { binary, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

function runTerraformScript(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [path.join(WORKSPACE, 'scripts', 'terraform.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CDKTF_OUTDIR: outdir, ...env },
  });
}

describe('deploying without the cdktf CLI', () => {
  beforeAll(() => {
    const synth = spawnSync('npm', ['run', '--silent', 'synth'], {
      cwd: WORKSPACE,
      encoding: 'utf8',
      env: { ...process.env, CDKTF_OUTDIR: outdir },
    });
    if (synth.status !== 0) throw new Error(`npm run synth failed:\n${synth.stdout}\n${synth.stderr}`);
  }, 120_000);

  it('npm run synth writes one Terraform JSON stack per stage', () => {
    expect(readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(STAGE_NAMES.map((s) => `checkout-${s}`).sort());
    for (const stage of STAGE_NAMES) {
      const stack = JSON.parse(readFileSync(path.join(outdir, 'stacks', `checkout-${stage}`, 'cdk.tf.json'), 'utf8'));
      expect(Object.keys(stack.resource.aws_dynamodb_table).length).toBe(3);
      expect(stack.terraform.backend.s3.key).toBe(`checkout/${stage}/terraform.tfstate`);
    }
  });

  it('runs terraform init, then the command with its arguments, in the stage stack folder', () => {
    const terraform = fakeTerraform();
    const result = runTerraformScript(['apply', 'dev', '-auto-approve'], { TERRAFORM: terraform.binary });
    expect(result.status).toBe(0);
    const chdir = `-chdir=${path.join(outdir, 'stacks', 'checkout-dev')}`;
    expect(terraform.calls()).toEqual([`${chdir} init -input=false`, `${chdir} apply -auto-approve`]);
  });

  it('exits with terraform’s exit code when the command fails', () => {
    const terraform = fakeTerraform();
    const result = runTerraformScript(['apply', 'staging'], { TERRAFORM: terraform.binary, FAKE_APPLY_EXIT: '3' });
    expect(result.status).toBe(3);
    expect(terraform.calls()).toHaveLength(2);
  });

  it('refuses a stage that was not synthesized, naming the ones that were, and runs nothing', () => {
    const terraform = fakeTerraform();
    const result = runTerraformScript(['apply', 'qa'], { TERRAFORM: terraform.binary });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no synthesized stack checkout-qa');
    expect(result.stderr).toContain('checkout-dev');
    expect(terraform.calls()).toEqual([]);
  });
});
