// Runs Terraform (or OpenTofu) on one synthesized stack: the deploy path without the cdktf CLI.
//
//   node scripts/terraform.mjs <plan|apply|destroy|output|...> <stage> [terraform arguments...]
//
// `npm run synth` writes plain Terraform JSON to cdktf.out/stacks/checkout-<stage>/ (or under
// $CDKTF_OUTDIR, as cdktf's App does); this runs `init -input=false` there, then the command. The binary is $TERRAFORM if set, else `terraform`,
// else `tofu`, whichever is on PATH first. Exits with Terraform's own exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = join(dirname(fileURLToPath(import.meta.url)), '..');
const stacksDir = join(resolve(workspace, process.env.CDKTF_OUTDIR || 'cdktf.out'), 'stacks');
const [command, stage, ...terraformArgs] = process.argv.slice(2);

function fail(message) {
  console.error(`terraform.mjs: ${message}`);
  process.exit(2);
}

if (!command || !stage) fail('usage: node scripts/terraform.mjs <plan|apply|destroy|...> <stage> [terraform arguments...]');
const stackDir = join(stacksDir, `checkout-${stage}`);
if (!existsSync(join(stackDir, 'cdk.tf.json'))) {
  const synthesized = existsSync(stacksDir) ? readdirSync(stacksDir).join(', ') : 'none';
  fail(`no synthesized stack checkout-${stage} in ${stacksDir} (synthesized: ${synthesized}); run npm run synth first`);
}

function onPath(binary) {
  return spawnSync(binary, ['-version'], { stdio: 'ignore' }).error === undefined;
}
const terraform = process.env.TERRAFORM || ['terraform', 'tofu'].find(onPath);
if (!terraform) fail('neither terraform nor tofu is on PATH; install Terraform >= 1.10 or OpenTofu >= 1.10, or set TERRAFORM');

for (const args of [['init', '-input=false'], [command, ...terraformArgs]]) {
  console.error(`> ${terraform} -chdir=${stackDir} ${args.join(' ')}`);
  const result = spawnSync(terraform, [`-chdir=${stackDir}`, ...args], { stdio: 'inherit' });
  if (result.error) fail(`cannot run ${terraform}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
