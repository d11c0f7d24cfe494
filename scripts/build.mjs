// Builds every deployable and runnable artifact with esbuild:
//   ingress-lambda/dist/handler.js    Lambda (API Gateway REST proxy), export `handler` (+ openapi.json, swagger-ui/)
//   notifier-lambda/dist/handler.js   Lambda (S3 ObjectCreated), export `handler`
//   order-events/dist/handler.js      Lambda (DynamoDB stream of the orders table), export `handler`
//   invoice-worker/dist/main.js       worker container entry (+ healthcheck.js, fonts/, color/)
//   local-stack/dist/main.js          the embedded local stack (`npm start`)
//   local-stack/dist/identity.js      its user pool alone, for the LocalStack compose setup
//   ops/dist/cli.js                   the operator CLI (`npm run ops`)
//   bench/dist/*.js                   benchmarks (`npm run bench`)
// Output is reproducible: no timestamps, no absolute paths in bundles, sorted inputs.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
};

/** Third-party packages stay in node_modules (local tools); our workspaces are always bundled. */
const externalThirdParty = {
  name: 'external-third-party',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@checkout/') || args.path.startsWith('node:') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * `@aws-sdk/lib-dynamodb` has no side effects but, alone of the SDK packages we use, does not say
 * so (`"sideEffects": false`). Without this, a bundle that only imports a module importing it (the
 * ingress, through aws-adapters' index and `createAwsClients`) keeps the whole DynamoDB client.
 */
const sideEffectFreeSdk = {
  name: 'side-effect-free-sdk',
  setup(b) {
    b.onResolve({ filter: /^@aws-sdk\/lib-dynamodb$/ }, async (args) => {
      if (args.pluginData?.sideEffectFree) return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { sideEffectFree: true } });
      return result.errors.length > 0 ? undefined : { path: result.path, sideEffects: false };
    });
  },
};

/**
 * The AWS packages the ingress bundle may hold: only the lean transport's marshalling (the same
 * rules as the DocumentClient's; docs/decisions/lambda-bundles.md). Anything else from @aws-sdk/*
 * or @smithy/* fails the build: an SDK client creeping back costs the cold start about 100 ms.
 */
const INGRESS_AWS_PACKAGES = ['@aws-sdk/util-dynamodb'];

function checkIngressAwsPackages(metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const unexpected = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = file.match(/node_modules\/((?:@aws-sdk|@smithy)\/[^/]+)\//)?.[1];
    if (name && bytesInOutput > 0 && !INGRESS_AWS_PACKAGES.includes(name)) unexpected.set(name, (unexpected.get(name) ?? 0) + bytesInOutput);
  }
  if (unexpected.size > 0) {
    const list = [...unexpected].map(([name, bytes]) => `${name} (${(bytes / 1024).toFixed(1)} KiB)`).join(', ');
    throw new Error(`the ingress bundle holds AWS SDK code it must not (it talks to AWS through aws-adapters/src/leanAws): ${list}`);
  }
}

const targets = [
  // swagger-ui-dist is only looked up when its files are not beside the bundle (copySwaggerUi).
  { name: 'ingress-lambda', entry: { handler: 'ingress-lambda/src/handler.ts' }, outdir: 'ingress-lambda/dist', minify: true, external: ['swagger-ui-dist'] },
  { name: 'notifier-lambda', entry: { handler: 'notifier-lambda/src/handler.ts' }, outdir: 'notifier-lambda/dist', minify: true },
  { name: 'order-events', entry: { handler: 'order-events/src/handler.ts' }, outdir: 'order-events/dist', minify: true },
  {
    name: 'invoice-worker',
    entry: { main: 'invoice-worker/src/main.ts', healthcheck: 'invoice-worker/src/healthcheck.ts' },
    outdir: 'invoice-worker/dist',
    minify: true,
  },
  { name: 'local-stack', entry: { main: 'local-stack/src/main.ts', identity: 'local-stack/src/identityMain.ts' }, outdir: 'local-stack/dist', plugins: [externalThirdParty] },
  { name: 'ops', entry: { cli: 'ops/src/cli.ts' }, outdir: 'ops/dist', plugins: [externalThirdParty] },
];

const benchDir = 'bench';
const benches = readdirSync(benchDir).filter((f) => f.endsWith('.ts')).sort();
if (benches.length) {
  targets.push({
    name: 'bench',
    entry: Object.fromEntries(benches.map((f) => [f.replace(/\.ts$/, ''), join(benchDir, f)])),
    outdir: 'bench/dist',
    plugins: [externalThirdParty],
  });
}

const only = process.argv.slice(2);
const sizes = [];
/** The OpenAPI document as JSON, generated once per build for every bundle that serves it (writeOpenApiDocument). */
let openApiJson;
for (const target of targets.filter((t) => only.length === 0 || only.includes(t.name))) {
  rmSync(target.outdir, { recursive: true, force: true });
  const result = await build({
    ...common,
    entryPoints: target.entry,
    outdir: target.outdir,
    minify: Boolean(target.minify),
    plugins: target.plugins ?? [sideEffectFreeSdk],
    external: target.external ?? [],
  });
  for (const [file, output] of Object.entries(result.metafile.outputs).sort()) {
    if (!file.endsWith('.map')) sizes.push({ file: relative(root, file), kb: (output.bytes / 1024).toFixed(1) });
  }
  if (target.name === 'invoice-worker') {
    await copyFonts(target.outdir);
    await copyColorProfile(target.outdir);
  }
  if (target.name === 'ingress-lambda') {
    checkIngressAwsPackages(result.metafile);
    await copySwaggerUi(target.outdir);
  }
  // The API's OpenAPI document travels beside each bundle that serves the API.
  if (target.name === 'ingress-lambda' || target.name === 'local-stack') await writeOpenApiDocument(target.outdir);
}

/**
 * Bundles `entry`, a module of facts the build needs (which files to copy, the OpenAPI document),
 * next to `outdir`, loads it and removes the bundle again. Third-party imports stay in node_modules.
 */
async function loadBuildModule(entry, outdir) {
  const manifest = join(root, outdir, `.${basename(entry, '.ts')}-manifest.js`);
  await build({ ...common, metafile: false, sourcemap: false, entryPoints: [entry], outfile: manifest, plugins: [externalThirdParty] });
  try {
    return createRequire(import.meta.url)(manifest);
  } finally {
    rmSync(manifest);
  }
}

/** Copies `source` to `outdir/dir/file` and lists it among the sizes printed. */
function copyBeside(source, outdir, dir, file) {
  mkdirSync(join(outdir, dir), { recursive: true });
  copyFileSync(source, join(outdir, dir, file));
  sizes.push({ file: join(outdir, dir, file), kb: (statSync(source).size / 1024).toFixed(1) });
}

/** The worker image has no node_modules: the invoice fonts travel beside the bundle. */
async function copyFonts(outdir) {
  const { invoiceFontFiles } = await loadBuildModule('invoice-worker/src/pdf/fonts.ts', outdir);
  for (const { file, source } of invoiceFontFiles()) copyBeside(source, outdir, 'fonts', file);
}

/** The sRGB ICC profile of the invoices' PDF/A output intent travels beside the bundle too. */
async function copyColorProfile(outdir) {
  const { colorProfileFile } = await loadBuildModule('invoice-worker/src/pdf/colorProfile.ts', outdir);
  const { file, source } = colorProfileFile();
  copyBeside(source, outdir, 'color', file);
}

/** The Lambda has no node_modules either: the files `/docs` serves (ingress-lambda/src/apiDocs.ts) travel beside it. */
async function copySwaggerUi(outdir) {
  const { SWAGGER_UI_FILES } = await loadBuildModule('ingress-lambda/src/apiDocs.ts', outdir);
  const from = dirname(createRequire(join(root, 'ingress-lambda/package.json')).resolve('swagger-ui-dist/package.json'));
  for (const file of [...SWAGGER_UI_FILES, 'LICENSE', 'NOTICE']) copyBeside(join(from, file), outdir, 'swagger-ui', file);
}

/**
 * Generates the OpenAPI document from the routes' schemas (ingress-lambda/src/openapi/apiDocument.ts,
 * which only the build loads) and writes it as `openapi.json` into `outdir`.
 */
async function writeOpenApiDocument(outdir) {
  if (openApiJson === undefined) {
    const { openApiDocument } = await loadBuildModule('ingress-lambda/src/openapi/apiDocument.ts', outdir);
    openApiJson = JSON.stringify(openApiDocument());
  }
  const file = join(outdir, 'openapi.json');
  writeFileSync(file, openApiJson);
  sizes.push({ file, kb: (statSync(file).size / 1024).toFixed(1) });
}

const width = Math.max(...sizes.map((s) => s.file.length));
console.log('built:');
for (const { file, kb } of sizes) console.log(`  ${file.padEnd(width)}  ${kb.padStart(8)} KiB`);
