import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/checkoutStack';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'tail-worker-logs.sh');

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('bash', [SCRIPT, ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fake `aws` (v2) printing two events the way `aws logs tail --format short` does. */
function fakeAwsPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-aws-'));
  const fake = path.join(dir, 'aws');
  writeFileSync(
    fake,
    [
      '#!/usr/bin/env bash',
      'if [[ "$1" == "--version" ]]; then echo "aws-cli/2.17.0 Python/3.12"; exit 0; fi',
      'echo "$*" > "$(dirname "$0")/args"',
      `echo '2025-01-10T10:00:00 {"level":"INFO","message":"invoice stored","orderId":"ord-1"}'`,
      `echo '2025-01-10T10:00:01 plain line'`,
    ].join('\n'),
  );
  chmodSync(fake, 0o755);
  return dir;
}

describe('scripts/tail-worker-logs.sh', () => {
  it('prints its usage with --help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: scripts/tail-worker-logs.sh <stage>');
    expect(stdout).toContain('--order <orderId>');
  });

  it.each([
    [[], 'missing <stage>'],
    [['dev', '--order'], '--order needs an order id'],
    [['dev', '--bogus'], 'unknown option: --bogus'],
    [['dev', 'prod'], 'only one stage expected'],
    [['Dev!'], "invalid stage 'Dev!'"],
    [['dev', '--order', 'x" } || { $.a = "'], 'invalid order id'],
    [['dev', '--since', 'yesterday'], "invalid --since 'yesterday'"],
  ])('rejects %j with exit code 2 and says why', (args, message) => {
    const { status, stderr } = run(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('tails the stage log group, filtered on the JSON orderId field', () => {
    const { status, stdout } = run(['prod', '--order', 'ord-42', '--dry-run']);
    expect(status).toBe(0);
    expect(stdout).toContain('aws logs tail /ecs/invoice-worker-prod --format short --since 10m --follow');
    expect(stdout).toContain('--filter-pattern \\{\\ \\$.orderId\\ =\\ \\"ord-42\\"\\ \\}');
  });

  it('shows JSON events as timestamp, level, message and orderId when jq is installed', () => {
    const hasJq = spawnSync('bash', ['-c', 'command -v jq']).status === 0;
    const dir = fakeAwsPath();
    const { status, stdout } = run(['dev', '--no-follow'], { ...process.env, PATH: `${dir}:${process.env.PATH}` });
    expect(status).toBe(0);
    if (hasJq) {
      expect(stdout.split('\n')).toEqual([
        '2025-01-10T10:00:00  INFO  invoice stored  ord-1',
        '2025-01-10T10:00:01  plain line',
        '',
      ]);
    } else {
      expect(stdout).toContain('invoice stored');
    }
  });
});
