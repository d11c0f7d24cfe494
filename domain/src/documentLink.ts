import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Document links: the capability in an emailed link (`GET /documents/{token}`). A token names one
 * stored document (the order and the object key, both signed), the order's link generation when it
 * was issued (an operator revokes every earlier link by raising it), and when it expires. It is
 * `d1.<keyId>.<payload>.<signature>`: the payload base64url JSON, the signature base64url
 * HMAC-SHA256 over `d1.<keyId>.<payload>` with the key `keyId` names. The key id comes first, so a
 * verifier picks the key before it reads anything else, and keys can be rotated: the first key of
 * a key ring signs, every key of it verifies.
 */

/** What a document link grants. */
export interface DocumentLinkClaims {
  /** The link's own id (a ULID, so it also says when it was issued): every email gets a new one; logs name links by it. */
  linkId: string;
  orderId: string;
  /** The S3 key of the one document the link opens. */
  objectKey: string;
  /** The order's link generation when the link was issued; a link of an older generation is revoked. */
  generation: number;
  /** When the link stops working (whole seconds). */
  expiresAt: Date;
}

/** Signing keys: `signing` signs, every key in `keys` (signing included) verifies. */
export interface DocumentLinkKeyRing {
  signing: { id: string; secret: Uint8Array };
  keys: ReadonlyMap<string, Uint8Array>;
}

export type DocumentLinkRejection = 'malformed' | 'unknown-key' | 'bad-signature' | 'expired';

export type DocumentLinkVerification = { ok: true; claims: DocumentLinkClaims } | { ok: false; reason: DocumentLinkRejection };

const VERSION = 'd1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** 256 bits: the HMAC-SHA256 block is larger, the output the same size; less would be the weak link. */
export const MIN_LINK_KEY_BYTES = 32;
/** Longer tokens are refused before any work: a real one is about 250 characters. */
export const MAX_DOCUMENT_LINK_LENGTH = 1024;

/** A key ring could not be read; the message names the rule, never a key's bytes. */
export class DocumentLinkKeyError extends Error {
  override readonly name = 'DocumentLinkKeyError';
}

/**
 * Reads a key ring written as `id=base64url,id=base64url,...` (the first key signs). Ids are 1-32
 * letters, digits, `_` or `-`, each used once; each key at least 32 bytes. Throws
 * DocumentLinkKeyError naming the rule broken (and the key id, never the key).
 */
export function parseDocumentLinkKeys(text: string): DocumentLinkKeyRing {
  const keys = new Map<string, Uint8Array>();
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) throw new DocumentLinkKeyError('must hold at least one key, as id=base64url (the first key signs)');
  for (const [index, entry] of entries.entries()) {
    const equals = entry.indexOf('=');
    const id = equals < 0 ? '' : entry.slice(0, equals);
    const encoded = equals < 0 ? '' : entry.slice(equals + 1).replace(/=+$/, '');
    if (!KEY_ID.test(id)) throw new DocumentLinkKeyError(`key ${index + 1} must be id=base64url with an id of 1-32 letters, digits, "_" or "-"`);
    if (keys.has(id)) throw new DocumentLinkKeyError(`key id "${id}" is used twice`);
    const secret = BASE64URL.test(encoded) ? Buffer.from(encoded, 'base64url') : Buffer.alloc(0);
    if (secret.byteLength < MIN_LINK_KEY_BYTES) throw new DocumentLinkKeyError(`key "${id}" must be at least ${MIN_LINK_KEY_BYTES} bytes of base64url`);
    keys.set(id, secret);
  }
  const [firstId, firstSecret] = keys.entries().next().value!;
  return { signing: { id: firstId, secret: firstSecret }, keys };
}

/** Signs a link to one document. Throws on claims a verifier would refuse (a bad order id, a fractional generation). */
export function signDocumentLink(claims: DocumentLinkClaims, ring: DocumentLinkKeyRing): string {
  const payload = { i: claims.linkId, o: claims.orderId, k: claims.objectKey, g: claims.generation, e: Math.floor(claims.expiresAt.getTime() / 1000) };
  if (!isPayload(payload)) throw new RangeError(`cannot sign a document link for order ${claims.orderId}: claims out of range`);
  const signed = `${VERSION}.${ring.signing.id}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${signed}.${mac(ring.signing.secret, signed)}`;
}

/**
 * Checks a token: its shape, its key, its signature (in constant time), then its claims and expiry
 * at `now`. Reads nothing of the payload before the signature holds. Does not know about
 * revocation: the caller compares `claims.generation` with the order's.
 */
export function verifyDocumentLink(token: string, ring: DocumentLinkKeyRing, now: Date): DocumentLinkVerification {
  if (token.length > MAX_DOCUMENT_LINK_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || !KEY_ID.test(parts[1]!) || !BASE64URL.test(parts[2]!) || !BASE64URL.test(parts[3]!)) {
    return { ok: false, reason: 'malformed' };
  }
  const [, keyId, payloadText, signature] = parts as [string, string, string, string];
  const secret = ring.keys.get(keyId);
  if (!secret) return { ok: false, reason: 'unknown-key' };
  const expected = Buffer.from(mac(secret, `${VERSION}.${keyId}.${payloadText}`), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.byteLength !== expected.byteLength || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };

  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(payloadText, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isPayload(payload)) return { ok: false, reason: 'malformed' };
  const expiresAt = new Date(payload.e * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { linkId: payload.i, orderId: payload.o, objectKey: payload.k, generation: payload.g, expiresAt } };
}

interface Payload {
  i: string;
  o: string;
  k: string;
  g: number;
  e: number;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function isPayload(value: unknown): value is Payload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { i, o, k, g, e } = value as Record<string, unknown>;
  return (
    Object.keys(value).length === 5 &&
    typeof i === 'string' && ULID.test(i) &&
    typeof o === 'string' && ULID.test(o) &&
    typeof k === 'string' && k.length > 0 && k.length <= 512 &&
    Number.isSafeInteger(g) && (g as number) >= 0 &&
    Number.isSafeInteger(e) && (e as number) > 0
  );
}

function mac(secret: Uint8Array, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}
