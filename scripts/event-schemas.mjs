// Writes the JSON Schema of every order event type (generated from the zod schemas in
// domain/src/orderEvents.ts) to docs/events/<EventType>.v<version>.schema.json, and removes
// schema files of types or versions no longer published.
// domain/test/unit/eventSchemaDocs.test.ts fails when the checked-in files differ from the code.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(tmpdir(), `order-event-schemas-${process.pid}.cjs`);
await build({
  entryPoints: [join(root, 'domain/src/orderEvents.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
  absWorkingDir: root,
});
const { orderEventJsonSchemas } = createRequire(import.meta.url)(bundle);
rmSync(bundle);

const outDir = join(root, 'docs/events');
mkdirSync(outDir, { recursive: true });
const schemas = orderEventJsonSchemas();
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.schema.json') && !(file in schemas)) rmSync(join(outDir, file));
}
for (const [file, schema] of Object.entries(schemas)) {
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/events/${file}`);
}
