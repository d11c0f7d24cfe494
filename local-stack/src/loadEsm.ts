import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports a file of an ES-module-only package by path. The emulators (fauxqs, maildev) are ESM
 * and some of what we need is not in their `exports` map, so we find the package directory along
 * Node's resolution paths and import the file by URL. This works from the CommonJS bundle, from
 * jest's global setup and from ESM alike.
 */
export async function importFromPackage<T>(packageName: string, file: string): Promise<T> {
  const dirs = require.resolve.paths(packageName) ?? [];
  for (const dir of dirs) {
    const candidate = join(dir, packageName, file);
    if (existsSync(candidate)) return (await import(pathToFileURL(candidate).href)) as T;
  }
  throw new Error(`cannot find ${packageName}/${file}; run npm ci`);
}
