import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { OpsError } from './errors';

/** The Lambdas whose bundles `npm run build` writes as `<workspace>/dist/handler.js` with a linked source map. */
export const LAMBDA_BUNDLES = ['ingress-lambda', 'notifier-lambda', 'order-events'] as const;
export type LambdaBundle = (typeof LAMBDA_BUNDLES)[number];

/**
 * Rewrites the `handler.js:LINE:COLUMN` positions of a stack trace logged by a deployed Lambda
 * into source positions (`ingress-lambda/src/app.ts:120:11`), with the source map `npm run build`
 * writes beside the bundle. The Lambdas run without `--enable-source-maps` (it costs every cold
 * start), so their traces name positions in the minified bundle; the build is reproducible, so the
 * map built from the deployed commit is the deployed bundle's. Positions it cannot map stay as they are.
 */
export function mapStackTrace(trace: string, map: { payload: SourceMapPayload; file: string }, root: string): string {
  const sourceMap = new SourceMap(map.payload);
  const bundleName = basename(map.file, '.map');
  const position = new RegExp(`(?:[^\\s()]*/)?${bundleName.replace(/\./g, '\\.')}:(\\d+):(\\d+)`, 'g');
  return trace.replace(position, (whole, line: string, column: string) => {
    const entry = sourceMap.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry) || !entry.originalSource) return whole;
    const source = relative(root, resolve(dirname(map.file), entry.originalSource.replace(/^file:\/\//, '')));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

/** The source map of a Lambda bundle as `npm run build` left it under `root`. */
export function readBundleSourceMap(root: string, bundle: LambdaBundle): { payload: SourceMapPayload; file: string } {
  const file = join(root, bundle, 'dist', 'handler.js.map');
  try {
    return { payload: JSON.parse(readFileSync(file, 'utf8')) as SourceMapPayload, file };
  } catch (error) {
    throw new OpsError(`no source map at ${relative(root, file)}: run \`npm run build\` on the deployed commit first`, { cause: error });
  }
}
