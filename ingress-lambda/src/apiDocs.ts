import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Hono } from 'hono/tiny';

/**
 * The files of the installed `swagger-ui-dist` that the page loads, and our initializer. Served by
 * the API itself, so `/docs` needs no CDN: it renders offline, and the page's Content Security
 * Policy can allow this origin only.
 */
const ASSETS = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
} as const;
type AssetName = keyof typeof ASSETS;

/** The files scripts/build.mjs copies beside the Lambda bundle, which has no node_modules. */
export const SWAGGER_UI_FILES = Object.values(ASSETS).map((asset) => asset.file);

/**
 * Everything the page may load: scripts and styles from this origin, the spec from this origin,
 * Swagger UI's icons as data: URIs. Swagger UI (React) sets inline `style` attributes, which
 * `style-src-attr` allows without allowing inline <style> or <script> elements.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Relative URLs throughout: the page is /docs locally and /<stage>/docs on API Gateway's own URL.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Checkout Orders API</title>
    <link rel="stylesheet" href="docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui" data-spec-url="openapi.json"></div>
    <script src="docs/swagger-ui-bundle.js"></script>
    <script src="docs/init.js"></script>
  </body>
</html>
`;

// No inline script (the CSP forbids it). validatorUrl: null keeps Swagger UI from loading its
// badge from validator.swagger.io.
const INIT_SCRIPT = `const root = document.getElementById('swagger-ui');
window.ui = SwaggerUIBundle({ url: root.dataset.specUrl, domNode: root, validatorUrl: null, deepLinking: true });
`;

/** The OpenAPI document's file: scripts/build.mjs writes it beside each bundle that serves the API. */
export const OPENAPI_FILE = 'openapi.json';

let openApiText: string | undefined;

/**
 * The OpenAPI document, generated at build time from the routes' schemas (openapi/apiDocument.ts):
 * beside the bundle (Lambda, local stack), else in ingress-lambda/dist when running from source
 * (tests; `npm test` builds first). Read on the first request, not at cold start.
 */
export function openApiJson(): string {
  if (openApiText === undefined) {
    const file = [join(__dirname, OPENAPI_FILE), join(__dirname, '..', 'dist', OPENAPI_FILE)].find((path) => existsSync(path));
    if (!file) throw new Error(`${OPENAPI_FILE} is missing beside ${__dirname}: run npm run build, which generates it`);
    openApiText = readFileSync(file, 'utf8');
  }
  return openApiText;
}

/** Where the asset files are: beside the Lambda bundle, else the installed package. */
function assetDir(): string {
  const besideBundle = join(__dirname, 'swagger-ui');
  if (existsSync(join(besideBundle, ASSETS['swagger-ui-bundle.js'].file))) return besideBundle;
  return dirname(require.resolve('swagger-ui-dist/package.json'));
}

const loaded = new Map<AssetName, Buffer>();
function asset(name: AssetName): Buffer {
  let body = loaded.get(name);
  if (!body) {
    body = readFileSync(join(assetDir(), ASSETS[name].file));
    loaded.set(name, body);
  }
  return body;
}

const isAsset = (name: string): name is AssetName => Object.hasOwn(ASSETS, name);

/**
 * `GET /docs` (Swagger UI for `openapi.json`) and `GET /docs/<asset>`, to mount at `/docs`.
 * Nothing on the page comes from another origin.
 */
export function apiDocs(): Hono {
  const docs = new Hono();
  docs.get('/', (c) =>
    c.html(PAGE, 200, { 'Content-Security-Policy': API_DOCS_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' }),
  );
  docs.get('/init.js', (c) => c.body(INIT_SCRIPT, 200, assetHeaders('text/javascript; charset=utf-8')));
  docs.get('/:asset', (c) => {
    const name = c.req.param('asset');
    if (!isAsset(name)) return c.notFound();
    return c.body(new Uint8Array(asset(name)), 200, assetHeaders(ASSETS[name].type));
  });
  return docs;
}

function assetHeaders(contentType: string): Record<string, string> {
  return { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=3600' };
}
