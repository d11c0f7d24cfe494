import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../local-stack/src/ports';

const MAIN = join(__dirname, '..', '..', 'local-stack', 'dist', 'main.js');

function runStack(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm start refuses to start on bad ground', () => {
  it('names the variable of a port that is taken, and exits 1 without starting anything', async () => {
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', () => resolve()));
    try {
      const { code, stderr } = await runStack({ LOCAL_API_PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} (LOCAL_API_PORT) is already in use on 127.0.0.1`);
    } finally {
      squatter.close();
    }
  });

  it('names a malformed variable', async () => {
    const { code, stderr } = await runStack({ LOCAL_NOTIFIER_RETRY_DELAYS_MS: 'soon' });
    expect(code).toBe(1);
    expect(stderr).toContain('LOCAL_NOTIFIER_RETRY_DELAYS_MS="soon": must be comma-separated milliseconds');
  });
});
