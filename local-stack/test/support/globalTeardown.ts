import type { Emulators } from '../../src/emulators';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __emulators?: Emulators }).__emulators?.stop();
}
