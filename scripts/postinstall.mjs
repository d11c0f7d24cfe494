// After `npm ci`: the cdktf CLI loads a native module (node-pty) that npm built for the Node that
// ran the install. When that is not the Node the project runs on (Node 20 installing, Node 24 from
// node_modules running), rebuild it for the running Node so `npx cdktf deploy` works. Best effort:
// nothing else needs the module, so a failure only prints how to fix it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let moduleDir;
try {
  moduleDir = dirname(require.resolve('@cdktf/node-pty-prebuilt-multiarch/package.json'));
} catch {
  process.exit(0); // not installed (e.g. --omit=dev)
}
// Probe in a child process: the module prints its own errors when it fails to load.
const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(moduleDir)})`], { stdio: 'ignore' });
if (probe.status === 0) process.exit(0); // loads fine in this Node

const gyp = process.env.npm_config_node_gyp;
const bundledNode = join(dirname(process.execPath), '..');
const nodedir = existsSync(join(bundledNode, 'include', 'node', 'node.h')) ? bundledNode : undefined;
if (!gyp) {
  console.warn('postinstall: cannot rebuild node-pty for this Node (no node-gyp); run the cdktf CLI with Node 20 or 22.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [gyp, 'rebuild', ...(nodedir ? [`--nodedir=${nodedir}`] : [])], {
  cwd: moduleDir,
  // npm passes its own nodedir setting down (here: the system Node's headers); use the running Node's.
  env: { ...process.env, ...(nodedir ? { npm_config_nodedir: nodedir } : {}) },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (result.status === 0) {
  console.log(`postinstall: rebuilt node-pty for Node ${process.version} (cdktf CLI)`);
} else {
  console.warn(`postinstall: could not rebuild node-pty for Node ${process.version}; run the cdktf CLI with Node 20 or 22.\n${result.stderr?.slice(-500)}`);
}
