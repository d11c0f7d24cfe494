import type { CreateOrderRequest } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';

/**
 * The corpus of hostile requests: each one must be refused with a 4xx problem+json that names the
 * field, header or body (`expect.path`; `''` is the body as a whole) and stores nothing. Built from
 * the issue "an edge that refuses every bad input" and the classic tricks against JSON APIs.
 */
export interface HostileRequest {
  name: string;
  category: Category;
  method: string;
  target: string;
  headers: (readonly [string, string | Buffer])[];
  body?: Buffer;
  /** The whole request as bytes, for request lines and framing the fields above cannot express. */
  raw?: Buffer;
  /** Also sent through the Lambda handler, as API Gateway delivers it (body base64-encoded). */
  lambda: boolean;
  expect: { status: number; path: string | RegExp };
}

export type Category =
  | 'bytes'
  | 'media type'
  | 'headers'
  | 'framing'
  | 'methods'
  | 'paths'
  | 'json syntax'
  | 'duplicate keys'
  | 'numbers'
  | 'prototype keys'
  | 'types'
  | 'unicode'
  | 'iso codes'
  | 'limits'
  | 'catalog';

/** Every corpus order is addressed here, so the test can count mails sent to the corpus. */
export const CORPUS_EMAIL = 'hostile-corpus@example.com';

const JSON_TYPE = ['Content-Type', 'application/json'] as const;
const PLACEHOLDER = '@@raw@@';

function anOrder(change: (order: CreateOrderRequest & Record<string, unknown>) => void = () => {}): CreateOrderRequest & Record<string, unknown> {
  const order = anOrderRequest() as CreateOrderRequest & Record<string, unknown>;
  order.customer.email = CORPUS_EMAIL;
  change(order);
  return order;
}

/** A valid order as JSON text, with the value at `path` replaced by `rawJson` (any text, even invalid JSON). */
function orderWithRaw(path: string, rawJson: string | Buffer): Buffer {
  const order = anOrder();
  setAt(order, path, PLACEHOLDER);
  const [before, after] = JSON.stringify(order).split(`"${PLACEHOLDER}"`) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.isBuffer(rawJson) ? rawJson : Buffer.from(rawJson), Buffer.from(after)]);
}

/** A valid order whose string at `path` has `bytes` spliced in after "A", byte for byte. */
function orderWithBytes(path: string, bytes: number[]): Buffer {
  return orderWithRaw(path, Buffer.concat([Buffer.from('"A'), Buffer.from(bytes), Buffer.from('"')]));
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  let node = target as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[keys.at(-1)!] = value;
}

const cases: HostileRequest[] = [];

function post(category: Category, name: string, body: Buffer | string, expect: HostileRequest['expect'], options: Partial<HostileRequest> = {}) {
  cases.push({
    name,
    category,
    method: 'POST',
    target: '/orders',
    headers: [JSON_TYPE],
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
    lambda: true,
    expect,
    ...options,
  });
}

const bodyError = { status: 400, path: '' };
const valid = () => JSON.stringify(anOrder());

// ---- bytes: the body is not UTF-8 -------------------------------------------------------------
const badBytes: [string, number[]][] = [
  ['a Latin-1 é (0xE9) in a name', [0xe9]],
  ['a Windows-1252 curly quote (0x93)', [0x93]],
  ['a lone continuation byte 0x80', [0x80]],
  ['byte 0xFF', [0xff]],
  ['byte 0xFE', [0xfe]],
  ['byte 0xF5, above every lead byte', [0xf5, 0x80, 0x80, 0x80]],
  ['an overlong "/" (C0 AF)', [0xc0, 0xaf]],
  ['an overlong NUL (C0 80, modified UTF-8)', [0xc0, 0x80]],
  ['a three-byte overlong (E0 80 AF)', [0xe0, 0x80, 0xaf]],
  ['a four-byte overlong (F0 80 80 AF)', [0xf0, 0x80, 0x80, 0xaf]],
  ['a CESU-8 high surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
  ['a CESU-8 low surrogate (ED B0 80)', [0xed, 0xb0, 0x80]],
  ['a CESU-8 surrogate pair for U+1F600 (ED A0 BD ED B8 80)', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
  ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
  ['a two-byte sequence missing its continuation', [0xc3, 0x41]],
  ['a three-byte sequence cut short', [0xe2, 0x82]],
];
for (const [name, bytes] of badBytes) post('bytes', `${name}`, orderWithBytes('customer.name', bytes), bodyError);
post('bytes', 'invalid UTF-8 in a property name', Buffer.concat([Buffer.from('{"cust'), Buffer.from([0xff]), Buffer.from('omer":{}}')]), bodyError);
post('bytes', 'a body cut inside a multi-byte character', Buffer.concat([Buffer.from(valid().slice(0, -2)), Buffer.from([0xe2, 0x82])]), bodyError);
post('bytes', 'a UTF-16LE body with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid(), 'utf16le')]), bodyError);
post('bytes', 'a UTF-16BE body with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(valid(), 'utf16le').swap16()]), bodyError);
post('bytes', 'a UTF-16LE body without a byte order mark', Buffer.from(valid(), 'utf16le'), bodyError);
post('bytes', 'a whole Latin-1 body', Buffer.from(JSON.stringify(anOrder((o) => (o.customer.name = 'José Müller'))), 'latin1'), bodyError);

// ---- media type: charset and content type ---------------------------------------------------
const latin1Order = Buffer.from(JSON.stringify(anOrder((o) => (o.customer.name = 'José Müller'))), 'latin1');
const mediaTypes: [string, string | undefined, Buffer?][] = [
  ['a Latin-1 body declared charset=iso-8859-1', 'application/json; charset=iso-8859-1', latin1Order],
  ['charset=latin1', 'application/json; charset=latin1', latin1Order],
  ['charset=windows-1252', 'application/json; charset=windows-1252'],
  ['charset=utf-16', 'application/json; charset=utf-16'],
  ['charset="UTF-16LE" quoted', 'application/json; charset="UTF-16LE"'],
  ['charset=us-ascii', 'application/json; charset=us-ascii'],
  ['charset=cesu-8', 'application/json; charset=cesu-8'],
  ['a second charset after utf-8', 'application/json; charset=utf-8; charset=iso-8859-1'],
  ['a parameter that is not name=value', 'application/json; utf-8'],
  ['an empty parameter', 'application/json;'],
  ['text/plain', 'text/plain'],
  ['text/plain with charset utf-8', 'text/plain; charset=utf-8'],
  ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
  ['multipart/form-data', 'multipart/form-data; boundary=x'],
  ['application/xml', 'application/xml'],
  ['application/json-patch+json', 'application/json-patch+json'],
  ['application/vnd.api+json', 'application/vnd.api+json'],
  ['application/jsonp', 'application/jsonp'],
  ['an empty Content-Type', ''],
  ['no Content-Type at all', undefined],
];
for (const [name, type, body] of mediaTypes) {
  post('media type', name, body ?? valid(), { status: 415, path: 'content-type' }, { headers: type === undefined ? [] : [['Content-Type', type]] });
}
post('media type', 'a gzip Content-Encoding on a plain body', valid(), { status: 415, path: 'content-encoding' }, { headers: [JSON_TYPE, ['Content-Encoding', 'gzip']] });
post('media type', 'Content-Encoding br', valid(), { status: 415, path: 'content-encoding' }, { headers: [JSON_TYPE, ['Content-Encoding', 'br']] });

// ---- headers: Node refuses some before the app; the app refuses the rest ---------------------
const key = (value: string | Buffer, expect: HostileRequest['expect'] = { status: 400, path: 'idempotency-key' }) =>
  ({ headers: [JSON_TYPE, ['Idempotency-Key', value] as const], lambda: false, expect });
for (const [name, value] of [
  ['a control character (0x01) in Idempotency-Key', 'key\x01one'],
  ['NUL in Idempotency-Key', 'key\x00one'],
  ['DEL in Idempotency-Key', 'key\x7Fone'],
  ['an escape sequence in Idempotency-Key', 'key\x1B[31mred'],
  ['a bare CR in Idempotency-Key', 'key\rone'],
] as const) {
  const options = key(value);
  post('headers', name, valid(), options.expect, options);
}
for (const [name, value] of [
  ['UTF-8 bytes in Idempotency-Key', Buffer.from('clé-1', 'utf8')],
  ['a space inside Idempotency-Key', 'two words'],
  ['an Idempotency-Key of 256 characters', 'k'.repeat(256)],
  ['an empty Idempotency-Key', ''],
] as const) {
  const options = key(value);
  // The Lambda adapter drops a header whose value is empty, as if it were not sent.
  post('headers', name, valid(), options.expect, { ...options, lambda: typeof value === 'string' && value !== '' });
}
post('headers', 'a 20 KB header (431)', valid(), { status: 431, path: 'headers' }, { headers: [JSON_TYPE, ['X-Padding', 'a'.repeat(20_000)]], lambda: false });
post('headers', '200 headers of 100 bytes (431)', valid(), { status: 431, path: 'headers' }, {
  headers: [JSON_TYPE, ...Array.from({ length: 200 }, (_, i) => [`X-H${i}`, 'v'.repeat(100)] as const)],
  lambda: false,
});
post('headers', 'a header name with a space', valid(), { status: 400, path: 'headers' }, { headers: [JSON_TYPE, ['Bad Name', 'v']], lambda: false });
post('headers', 'a header name with a non-ASCII byte', valid(), { status: 400, path: 'headers' }, { headers: [JSON_TYPE, [Buffer.from('Nämé', 'utf8').toString('latin1'), 'v']], lambda: false });
post('headers', 'a control character in Content-Type', valid(), { status: 400, path: 'content-type' }, { headers: [['Content-Type', 'application/json\x01']], lambda: false });
post('headers', 'a control character in User-Agent', valid(), { status: 400, path: 'user-agent' }, { headers: [JSON_TYPE, ['User-Agent', 'curl\x02']], lambda: false });

// ---- framing: request lines and message length Node's parser refuses --------------------------
const rawCase = (name: string, raw: string | Buffer, expect: HostileRequest['expect']) =>
  cases.push({ name, category: 'framing', method: '', target: '', headers: [], raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'latin1'), lambda: false, expect });
const bodyText = valid();
rawCase('Content-Length and Transfer-Encoding together (request smuggling)', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, { status: 400, path: 'transfer-encoding' });
rawCase('a Content-Length that is not a number', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n`, { status: 400, path: 'content-length' });
rawCase('two different Content-Lengths', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, { status: 400, path: 'content-length' });
rawCase('a negative Content-Length', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n`, { status: 400, path: 'content-length' });
rawCase('a chunk size that is not hexadecimal', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, { status: 400, path: 'transfer-encoding' });
rawCase('Transfer-Encoding gzip without chunked', `POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}`, { status: 400, path: 'transfer-encoding' });
rawCase('HTTP/9.9', 'GET /health HTTP/9.9\r\nHost: x\r\n\r\n', { status: 400, path: 'version' });
rawCase('a lower-case method', `post /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(bodyText)}\r\n\r\n${bodyText}`, { status: 400, path: 'method' });
rawCase('a method with a symbol', 'G@T /health HTTP/1.1\r\nHost: x\r\n\r\n', { status: 400, path: 'method' });
rawCase('a control character in the path', 'GET /orders/\x01 HTTP/1.1\r\nHost: x\r\n\r\n', { status: 400, path: 'url' });
rawCase('DEL in the path', 'GET /orders/\x7F HTTP/1.1\r\nHost: x\r\n\r\n', { status: 400, path: 'url' });
rawCase('CONNECT, a tunnel request', 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n', { status: 405, path: 'method' });
rawCase('a chunked body with invalid UTF-8', Buffer.concat([Buffer.from('POST /orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n3\r\n"'), Buffer.from([0xff]), Buffer.from('"\r\n1\r\n}\r\n0\r\n\r\n')]), bodyError);

// ---- methods: known paths, other methods ------------------------------------------------------
const request = (category: Category, name: string, method: string, target: string, expect: HostileRequest['expect'], options: Partial<HostileRequest> = {}) =>
  cases.push({ name, category, method, target, headers: [], lambda: true, expect, ...options });
const ORDER_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
request('methods', 'PUT /orders', 'PUT', '/orders', { status: 405, path: 'method' }, { headers: [JSON_TYPE], body: Buffer.from(valid()) });
request('methods', 'DELETE /orders/{id}', 'DELETE', `/orders/${ORDER_ID}`, { status: 405, path: 'method' });
request('methods', 'PUT /orders/{id}', 'PUT', `/orders/${ORDER_ID}`, { status: 405, path: 'method' }, { headers: [JSON_TYPE], body: Buffer.from('{"status":"CANCELLED"}') });
request('methods', 'GET /orders (no listing)', 'GET', '/orders', { status: 405, path: 'method' });
request('methods', 'OPTIONS /orders', 'OPTIONS', '/orders', { status: 405, path: 'method' });
request('methods', 'TRACE /orders', 'TRACE', '/orders', { status: 405, path: 'method' }, { lambda: false });
request('methods', 'PROPFIND /orders', 'PROPFIND', '/orders', { status: 405, path: 'method' }, { lambda: false });
request('methods', 'POST /orders/{id}', 'POST', `/orders/${ORDER_ID}`, { status: 405, path: 'method' }, { headers: [JSON_TYPE], body: Buffer.from(valid()) });
request('methods', 'PATCH /orders (no id)', 'PATCH', '/orders', { status: 405, path: 'method' }, { headers: [JSON_TYPE], body: Buffer.from('{"status":"CANCELLED"}') });
request('methods', 'DELETE /openapi.json', 'DELETE', '/openapi.json', { status: 405, path: 'method' });
request('methods', 'POST /docs', 'POST', '/docs', { status: 405, path: 'method' }, { headers: [JSON_TYPE], body: Buffer.from('{}') });

// ---- paths: nothing is reflected --------------------------------------------------------------
const notFound = { status: 404, path: 'url' };
const badId = { status: 400, path: 'id' };
for (const [name, target, expect] of [
  ['an unknown path with a script tag', '/<script>alert(1)</script>', notFound],
  ['dot segments out of the API', '/orders/../../etc/passwd', notFound],
  ['encoded dot segments', '/orders/%2e%2e/%2e%2e/etc/passwd', notFound],
  ['an encoded slash in the id', `/orders/${ORDER_ID}%2Fextra`, badId],
  ['an encoded NUL in the id', `/orders/${ORDER_ID.slice(0, -1)}%00`, badId],
  ['a bad percent-encoding in the id', '/orders/%ZZ', badId],
  ['SQL in the id', "/orders/'%20OR%20'1'%3D'1", badId],
  ['an id of lower-case letters', `/orders/${ORDER_ID.toLowerCase()}`, badId],
  ['an id one character short', `/orders/${ORDER_ID.slice(1)}`, badId],
  ['an id with a bidi override', `/orders/%E2%80%AE${ORDER_ID.slice(1)}`, badId],
  ['a path under an order', `/orders/${ORDER_ID}/invoice`, notFound],
  ['upper-case ORDERS', '/ORDERS', notFound],
  ['a double slash', '//orders', notFound],
  ['a matrix parameter', '/orders;jsessionid=1', notFound],
  ['a path of 8,000 characters', `/${'a'.repeat(8000)}`, notFound],
  ['an unknown docs asset', '/docs/swagger-ui.css%00.map', notFound],
  ['a docs path out of the folder', '/docs/..%2f..%2fpackage.json', notFound],
  ['the server status page of another stack', '/server-status', notFound],
  ['a dotfile', '/.env', notFound],
  ['an absolute-form request target', 'http://evil.example/admin', notFound],
] as const) {
  request('paths', name, 'GET', target, expect, { lambda: !/^http|%2F|\/\/|;/.test(target) && target.length < 1000 });
}

// ---- JSON syntax ------------------------------------------------------------------------------
for (const [name, text] of [
  ['an empty body', ''],
  ['whitespace only', ' \n\t '],
  ['a trailing comma', valid().replace(/}$/, ',}')],
  ['single-quoted strings', "{'currency':'EUR'}"],
  ['a comment', `// order\n${valid()}`],
  ['NaN', valid().replace('"taxRateBps":2000', '"taxRateBps":NaN')],
  ['Infinity as a literal', valid().replace('"taxRateBps":2000', '"taxRateBps":Infinity')],
  ['unquoted keys', '{currency:"EUR"}'],
  ['a leading zero', valid().replace('"taxRateBps":2000', '"taxRateBps":02000')],
  ['a hexadecimal number', valid().replace('"taxRateBps":2000', '"taxRateBps":0x7D0')],
  ['a plus sign', valid().replace('"taxRateBps":2000', '"taxRateBps":+2000')],
  ['a number starting with a point', valid().replace('"taxRateBps":2000', '"taxRateBps":.5')],
  ['a truncated body', valid().slice(0, 40)],
  ['two JSON documents', `${valid()}${valid()}`],
  ['JSONP', `callback(${valid()})`],
  ['a raw tab inside a string', valid().replace('Łukasz', 'Łu\tkasz')],
  ['a raw line feed inside a string', valid().replace('Łukasz', 'Łu\nkasz')],
  ['an invalid escape', valid().replace('Łukasz', 'Łu\\xkasz')],
  ['a short unicode escape', valid().replace('Łukasz', 'Łu\\u12kasz')],
  ['a NUL byte between tokens', valid().replace('{"customer"', '{\u0000"customer"')],
] as const) {
  post('json syntax', name, text, bodyError);
}
for (const [name, text] of [
  ['null', 'null'],
  ['an array', '[]'],
  ['a string', '"order"'],
  ['a number', '42'],
  ['true', 'true'],
] as const) {
  post('json syntax', `a body that is ${name}`, text, bodyError);
}

// ---- duplicate keys: parsers disagree on which one wins ---------------------------------------
post('duplicate keys', 'currency twice', valid().replace('"currency":"EUR"', '"currency":"EUR","currency":"USD"'), { status: 400, path: 'currency' });
post('duplicate keys', 'customer.name twice', valid().replace('"name":"Łukasz Żółć"', '"name":"Łukasz Żółć","name":"Admin"'), { status: 400, path: 'customer.name' });
post('duplicate keys', 'a line quantity twice', valid().replace('"quantity":1', '"quantity":1,"quantity":100000'), { status: 400, path: 'lineItems[0].quantity' });
post('duplicate keys', 'the same key once escaped', valid().replace('"currency":"EUR"', '"currency":"EUR","\\u0063urrency":"USD"'), { status: 400, path: 'currency' });
post('duplicate keys', 'lineItems twice', valid().replace(/^\{/, '{"lineItems":[],'), { status: 400, path: 'lineItems' });
post('duplicate keys', 'a PATCH status twice', '{"status":"CANCELLED","status":"INVOICED"}', { status: 400, path: 'status' }, { method: 'PATCH', target: `/orders/${ORDER_ID}` });

// ---- numbers: what JSON.parse would silently change -------------------------------------------
for (const [name, path, raw] of [
  ['1e400 as a quantity', 'lineItems.0.quantity', '1e400'],
  ['-1e400 as a price', 'lineItems.0.unitPriceMinor', '-1e400'],
  ['a thousand-digit quantity', 'lineItems.0.quantity', `1${'0'.repeat(1000)}`],
  ['negative zero as a price', 'lineItems.0.unitPriceMinor', '-0'],
  ['negative zero written -0.0', 'lineItems.0.unitPriceMinor', '-0.0'],
  ['negative zero as a tax rate', 'taxRateBps', '-0'],
  ['1e-400, which underflows to 0', 'lineItems.0.unitPriceMinor', '1e-400'],
  ['a price whose fraction JSON.parse rounds away', 'lineItems.0.unitPriceMinor', '1999.0000000000000001'],
  ['2^53 + 1 as a price', 'lineItems.0.unitPriceMinor', '9007199254740993'],
  ['1e300 as a price', 'lineItems.0.unitPriceMinor', '1e300'],
] as const) {
  post('numbers', name, orderWithRaw(path, raw), { status: 400, path: path.replace(/\.(\d+)\./g, '[$1].') });
}
for (const [name, path, raw] of [
  ['a fractional quantity', 'lineItems.0.quantity', '1.5'],
  ['a fractional price', 'lineItems.0.unitPriceMinor', '19.99'],
  ['a negative price', 'lineItems.0.unitPriceMinor', '-1'],
  ['a price over the limit', 'lineItems.0.unitPriceMinor', '10000000001'],
  ['a tax rate over 100 %', 'taxRateBps', '10001'],
  ['a quantity over the limit', 'lineItems.0.quantity', '100001'],
  ['a zero quantity', 'lineItems.0.quantity', '0'],
] as const) {
  post('numbers', name, orderWithRaw(path, raw), { status: 400, path: path.replace(/\.(\d+)\./g, '[$1].') });
}

// ---- prototype keys: refused as unknown fields, never assigned --------------------------------
for (const [name, path, key] of [
  ['__proto__ at the top', '', '__proto__'],
  ['__proto__ in customer', 'customer', '__proto__'],
  ['__proto__ in the billing address', 'customer.billingAddress', '__proto__'],
  ['__proto__ in a line', 'lineItems[0]', '__proto__'],
  ['constructor.prototype at the top', '', 'constructor'],
  ['prototype in customer', 'customer', 'prototype'],
  ['toString in a line', 'lineItems[0]', 'toString'],
  ['hasOwnProperty at the top', '', 'hasOwnProperty'],
] as const) {
  const text = valid();
  const value = key === 'constructor' ? '{"prototype":{"polluted":true}}' : '{"polluted":true}';
  const at = path === '' ? 0 : path === 'customer' ? text.indexOf('"customer":{') + 11 : path === 'customer.billingAddress' ? text.indexOf('"billingAddress":{') + 17 : text.indexOf('"lineItems":[{') + 13;
  post('prototype keys', name, `${text.slice(0, at + 1)}"${key}":${value},${text.slice(at + 1)}`, { status: 400, path });
}
post('prototype keys', '__proto__ in a PATCH', '{"status":"CANCELLED","__proto__":{"polluted":true}}', { status: 400, path: '' }, { method: 'PATCH', target: `/orders/${ORDER_ID}` });

// ---- types ------------------------------------------------------------------------------------
for (const [name, path, raw] of [
  ['customer as a string', 'customer', '"Eve"'],
  ['customer as an array', 'customer', '[]'],
  ['lineItems as an object', 'lineItems', '{}'],
  ['lineItems as a string', 'lineItems', '"all"'],
  ['a quantity as a string', 'lineItems.0.quantity', '"3"'],
  ['a quantity as true', 'lineItems.0.quantity', 'true'],
  ['a quantity as null', 'lineItems.0.quantity', 'null'],
  ['a price as an array', 'lineItems.0.unitPriceMinor', '[1999]'],
  ['an email as a number', 'customer.email', '42'],
  ['a name as an object', 'customer.name', '{"first":"Eve"}'],
  ['a full-width digit quantity', 'lineItems.0.quantity', '"３"'],
  ['a sku with a space', 'lineItems.0.sku', '"SKU 1"'],
  ['a sku with a slash', 'lineItems.0.sku', '"../etc"'],
  ['an unknown VAT category', 'lineItems.0.vatCategory', '"X"'],
  ['an email with a display name', 'customer.email', '"Eve <eve@example.com>"'],
  ['an email with a line break escape', 'customer.email', '"eve@example.com\\r\\nBcc: all@example.com"'],
] as const) {
  post('types', name, orderWithRaw(path, raw), { status: 400, path: path.replace(/\.(\d+)\./g, '[$1].') });
}
post('types', 'a missing customer', JSON.stringify({ ...anOrder(), customer: undefined }), { status: 400, path: 'customer' });
post('types', 'missing line items', JSON.stringify({ ...anOrder(), lineItems: undefined }), { status: 400, path: 'lineItems' });
post('types', 'a PATCH to another status', '{"status":"INVOICED"}', { status: 400, path: 'status' }, { method: 'PATCH', target: `/orders/${ORDER_ID}` });
post('types', 'a PATCH body that is an array', '[]', { status: 400, path: '' }, { method: 'PATCH', target: `/orders/${ORDER_ID}` });

// ---- unicode: text that is not what it looks like ---------------------------------------------
for (const [name, path, raw] of [
  ['a lone high surrogate escape', 'customer.name', '"Eve\\ud800"'],
  ['a lone low surrogate escape', 'lineItems.0.description', '"Widget\\udc00"'],
  ['a surrogate pair in the wrong order', 'customer.name', '"Eve\\ude00\\ud83d"'],
  ['a lone surrogate in the currency', 'currency', '"EU\\ud800"'],
  ['a lone surrogate in the email', 'customer.email', '"eve\\ud800@example.com"'],
  ['the noncharacter U+FFFE', 'customer.billingAddress.city', '"Gda\\ufffensk"'],
  ['the noncharacter U+FDD0', 'customer.name', '"Eve\\ufdd0"'],
  ['the noncharacter U+10FFFF as a pair', 'lineItems.0.description', '"Widget\\udbff\\udfff"'],
  ['a raw noncharacter U+FFFF', 'customer.name', '"Eve\uFFFF"'],
  ['U+FFFD, a decoding error upstream', 'customer.name', '"Jos\\ufffd"'],
  ['RIGHT-TO-LEFT OVERRIDE, raw', 'customer.name', '"Eve \u202Efdp.exe"'],
  ['RIGHT-TO-LEFT OVERRIDE, escaped', 'lineItems.0.description', '"Invoice \\u202efdp.exe"'],
  ['LEFT-TO-RIGHT EMBEDDING', 'customer.billingAddress.line1', '"\\u202aMain St 1"'],
  ['POP DIRECTIONAL FORMATTING', 'customer.billingAddress.city', '"Berlin\\u202c"'],
  ['RIGHT-TO-LEFT ISOLATE', 'buyerReference', '"PO\\u20671"'],
  ['FIRST STRONG ISOLATE', 'customer.name', '"\\u2068Eve"'],
  ['POP DIRECTIONAL ISOLATE, closing ours early', 'customer.name', '"Eve\\u2069 paid"'],
  ['ZERO WIDTH SPACE', 'customer.name', '"Pay\\u200bpal"'],
  ['WORD JOINER', 'lineItems.0.description', '"Wid\\u2060get"'],
  ['ZERO WIDTH NO-BREAK SPACE inside', 'customer.billingAddress.line1', '"Main\\ufeffSt"'],
  ['INVISIBLE TIMES', 'customer.name', '"Eve\\u2062Smith"'],
  ['MONGOLIAN VOWEL SEPARATOR', 'customer.name', '"Eve\\u180e"'],
  ['INTERLINEAR ANNOTATION ANCHOR', 'lineItems.0.description', '"Widget\\ufff9"'],
  ['the LANGUAGE TAG', 'customer.name', '"Eve\\udb40\\udc01"'],
  ['an escaped NUL', 'customer.name', '"Eve\\u0000"'],
  ['an escaped CR LF (header injection)', 'customer.name', '"Eve\\r\\nBcc: all@example.com"'],
  ['an escaped tab', 'customer.billingAddress.postalCode', '"80\\t831"'],
  ['a C1 control (CSI)', 'customer.name', '"Eve\\u009b31m"'],
  ['NEXT LINE (U+0085)', 'customer.billingAddress.line1', '"Main\\u0085St"'],
  ['LINE SEPARATOR (U+2028)', 'lineItems.0.description', '"Widget\\u2028two"'],
  ['PARAGRAPH SEPARATOR (U+2029)', 'vatExemptionReason', '"None\\u2029given"'],
] as const) {
  post('unicode', name, orderWithRaw(path, raw), { status: 400, path: path.replace(/\.(\d+)\./g, '[$1].') });
}
post('unicode', 'a lone surrogate in a property name', valid().replace(/^\{/, '{"x\\ud800":1,'), { status: 400, path: '' });
post('unicode', 'a noncharacter in a nested property name', valid().replace('"customer":{', '"customer":{"\\uffff":1,'), { status: 400, path: 'customer' });
post('unicode', 'a Cyrillic look-alike of "customer"', valid().replace('"customer"', '"\u0441ustomer"'), { status: 400, path: 'customer' });

// ---- ISO codes --------------------------------------------------------------------------------
for (const country of ['ZZ', 'XK', 'UK', 'EU', 'AA', 'QZ', 'de', 'DEU', 'D', '']) {
  post('iso codes', `country "${country}"`, orderWithRaw('customer.billingAddress.country', JSON.stringify(country)), { status: 400, path: 'customer.billingAddress.country' });
}
// KWD and BHD are ISO codes, but with three decimals no EN 16931 invoice can carry their amounts.
for (const currency of ['HRK', 'DEM', 'XAU', 'XXX', 'XTS', 'XXY', 'EURO', 'eur', '€', 'KWD', 'BHD']) {
  post('iso codes', `currency "${currency}"`, orderWithRaw('currency', JSON.stringify(currency)), { status: 400, path: 'currency' });
}

// ---- limits -----------------------------------------------------------------------------------
const line = (i: number) => ({ sku: `SKU-${i}`, description: `Item ${i}`, quantity: 1, unitPriceMinor: 100 });
post('limits', '501 line items', JSON.stringify(anOrder((o) => (o.lineItems = Array.from({ length: 501 }, (_, i) => line(i))))), { status: 400, path: 'lineItems' });
post('limits', 'no line items', JSON.stringify(anOrder((o) => (o.lineItems = []))), { status: 400, path: 'lineItems' });
post('limits', 'a body of 300 KiB', JSON.stringify(anOrder((o) => (o.buyerReference = 'x'.repeat(300 * 1024)))), { status: 413, path: '' });
post('limits', 'a name of 201 characters', JSON.stringify(anOrder((o) => (o.customer.name = 'n'.repeat(201)))), { status: 400, path: 'customer.name' });
post('limits', 'a description of 501 characters', JSON.stringify(anOrder((o) => (o.lineItems[0]!.description = 'd'.repeat(501)))), { status: 400, path: 'lineItems[0].description' });
post('limits', 'an email of 255 characters', JSON.stringify(anOrder((o) => (o.customer.email = `${'e'.repeat(243)}@example.com`))), { status: 400, path: 'customer.email' });
post('limits', 'a sku of 65 characters', JSON.stringify(anOrder((o) => (o.lineItems[0]!.sku = 'S'.repeat(65)))), { status: 400, path: 'lineItems[0].sku' });
post('limits', 'a name of spaces only', JSON.stringify(anOrder((o) => (o.customer.name = '   '))), { status: 400, path: 'customer.name' });
post('limits', 'nesting 11 deep in a field', orderWithRaw('buyerReference', `${'['.repeat(10)}${']'.repeat(10)}`), { status: 400, path: /^buyerReference(\[0\])*$/ });
post('limits', 'nesting 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, { status: 400, path: /^(\[0\])*$/ });
post('limits', 'a property name of 65 characters', valid().replace(/^\{/, `{"${'k'.repeat(65)}":1,`), { status: 400, path: '' });
post('limits', '1,000 unknown fields', valid().replace(/^\{/, `{${Array.from({ length: 1000 }, (_, i) => `"f${i}":${i}`).join(',')},`), { status: 400, path: '' });
post('limits', '100 lone surrogates (the answer stays bounded)', orderWithRaw('customer.name', `"${'\\ud800'.repeat(100)}"`), { status: 400, path: 'customer.name' });

// ---- catalog: what the client says of a product must be the catalog's ------------------------
// The corpus order's SKUs (SKU-1, SKU-2) are in the test stage's catalog at 1999 EUR, 20 %; BOOK-001 and ATLAS-UK in the demo catalog.
post('catalog', 'BOOK-001 at 1 cent', JSON.stringify(anOrder((o) => (o.lineItems[0] = { sku: 'BOOK-001', quantity: 1, unitPriceMinor: 1 }))), { status: 422, path: 'lineItems[0].unitPriceMinor' });
post('catalog', 'a price of 0 for a priced product', JSON.stringify(anOrder((o) => (o.lineItems[1]!.unitPriceMinor = 0))), { status: 422, path: 'lineItems[1].unitPriceMinor' });
post('catalog', 'a SKU the catalog lacks', JSON.stringify(anOrder((o) => (o.lineItems[0]!.sku = 'FREE-STUFF'))), { status: 422, path: 'lineItems[0].sku' });
post('catalog', 'another description', JSON.stringify(anOrder((o) => (o.lineItems[0]!.description = 'Gold bar'))), { status: 422, path: 'lineItems[0].description' });
post('catalog', 'a product marked exempt', JSON.stringify(anOrder((o) => Object.assign(o, { vatExemptionReason: 'none', lineItems: [{ ...o.lineItems[0]!, vatCategory: 'E', taxRateBps: 0 }] }))), { status: 422, path: 'lineItems[0].vatCategory' });
post('catalog', 'an order-level rate of 0', JSON.stringify(anOrder((o) => (o.taxRateBps = 0))), { status: 422, path: 'taxRateBps' });
post('catalog', 'a currency the catalog does not price in', JSON.stringify(anOrder((o) => (o.currency = 'USD'))), { status: 422, path: 'currency' });
post('catalog', 'products in two currencies', JSON.stringify(anOrder((o) => o.lineItems.push({ sku: 'ATLAS-UK', quantity: 1 }))), { status: 422, path: 'currency' });

/** The corpus: every case above, each named after what it tries. */
export const HOSTILE_REQUESTS: readonly HostileRequest[] = cases;
