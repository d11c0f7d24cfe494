import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// @cdktf/provider-aws is the workspace vendor/cdktf-provider-aws: only the modules terraform-cdk
// imports, copied by `npm run vendor:aws-bindings` (docs/decisions/install-size.md).
const repo = join(__dirname, '../../..');
const vendored = join(repo, 'vendor/cdktf-provider-aws');
const IMPORT = /['"]@cdktf\/provider-aws\/lib\/([a-z0-9-]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** `<file>: lib/<name>` for each import under terraform-cdk/src. */
function imports(): { file: string; name: string }[] {
  return sourceFiles(join(repo, 'terraform-cdk/src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => ({ file: relative(repo, file), name: match[1]! })),
  );
}

describe('the vendored @cdktf/provider-aws bindings', () => {
  it('hold, with types, every module terraform-cdk/src imports (else run `npm run vendor:aws-bindings`)', () => {
    const found = imports();
    const missing = found
      .filter(({ name }) => !['index.js', 'index.d.ts'].every((file) => existsSync(join(vendored, 'lib', name, file))))
      .map(({ file, name }) => `${file} imports @cdktf/provider-aws/lib/${name}, which is not vendored`);

    expect(found.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('are the package the stack resolves, and carry its MPL-2.0 licence', () => {
    expect(require.resolve('@cdktf/provider-aws/lib/sqs-queue')).toBe(join(vendored, 'lib/sqs-queue/index.js'));
    expect(readFileSync(join(vendored, 'LICENSE'), 'utf8')).toContain('Mozilla Public License, version 2.0');
    expect(JSON.parse(readFileSync(join(vendored, 'package.json'), 'utf8'))).toMatchObject({ name: '@cdktf/provider-aws', license: 'MPL-2.0' });
  });
});
