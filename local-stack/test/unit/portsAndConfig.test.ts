import { createServer } from 'node:net';
import { ConfigError } from '@checkout/aws-adapters';
import { loadLocalStackConfig, portVariables } from '../../src/config';
import { assertPortFree, freePort, PortInUseError } from '../../src/ports';

describe('local stack start-up checks', () => {
  it('names the variable of a port that is already taken', async () => {
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', () => resolve()));
    try {
      await expect(assertPortFree('LOCAL_API_PORT', port)).rejects.toThrow(PortInUseError);
      await expect(assertPortFree('LOCAL_API_PORT', port)).rejects.toThrow(`port ${port} (LOCAL_API_PORT) is already in use`);
    } finally {
      squatter.close();
    }
    await expect(assertPortFree('LOCAL_API_PORT', port)).resolves.toBeUndefined();
  });

  it('reads defaults and refuses malformed variables by name', () => {
    expect(loadLocalStackConfig({})).toMatchObject({ LOCAL_API_PORT: 3000, LOCAL_INBOX_PORT: 1080, STAGE: 'local' });
    expect(() => loadLocalStackConfig({ LOCAL_API_PORT: 'http' })).toThrow(ConfigError);
    expect(() => loadLocalStackConfig({ LOCAL_SMTP_PORT: '70000' })).toThrow(/LOCAL_SMTP_PORT="70000": must be at most 65535/);
  });

  it('serves cognito-local on LOCAL_COGNITO_PORT (9329 by default, not the inspector\'s 9229), checked with the other ports', () => {
    expect(loadLocalStackConfig({})).toMatchObject({ LOCAL_COGNITO_PORT: 9329 });
    expect(portVariables(loadLocalStackConfig({ LOCAL_COGNITO_PORT: '4100' }))).toContainEqual(['LOCAL_COGNITO_PORT', 4100]);
    expect(() => loadLocalStackConfig({ LOCAL_COGNITO_PORT: 'x' })).toThrow(/LOCAL_COGNITO_PORT="x": must be a number/);
  });

  it('serves the console on LOCAL_CONSOLE_PORT (3001 by default), checked with the other ports before start', () => {
    expect(loadLocalStackConfig({})).toMatchObject({ LOCAL_CONSOLE_PORT: 3001 });
    expect(portVariables(loadLocalStackConfig({ LOCAL_CONSOLE_PORT: '4000' }))).toContainEqual(['LOCAL_CONSOLE_PORT', 4000]);
    expect(() => loadLocalStackConfig({ LOCAL_CONSOLE_PORT: 'console' })).toThrow(/LOCAL_CONSOLE_PORT="console": must be a number/);
  });

  it('runs one invoice worker and 32 notifier invocations at once unless told otherwise, and names a bad count', () => {
    expect(loadLocalStackConfig({})).toMatchObject({ LOCAL_WORKERS: 1, LOCAL_NOTIFIER_CONCURRENCY: 32 });
    expect(loadLocalStackConfig({ LOCAL_WORKERS: '4', LOCAL_NOTIFIER_CONCURRENCY: '8' })).toMatchObject({ LOCAL_WORKERS: 4, LOCAL_NOTIFIER_CONCURRENCY: 8 });
    expect(() => loadLocalStackConfig({ LOCAL_WORKERS: '0' })).toThrow(/LOCAL_WORKERS="0": must be at least 1/);
    expect(() => loadLocalStackConfig({ LOCAL_WORKERS: 'four' })).toThrow(/LOCAL_WORKERS="four": must be a number/);
    expect(() => loadLocalStackConfig({ LOCAL_NOTIFIER_CONCURRENCY: '1.5' })).toThrow(/LOCAL_NOTIFIER_CONCURRENCY="1.5": must be a whole number/);
  });
});
