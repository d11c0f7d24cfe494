import { createHmac, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import {
  DocumentLinkKeyError,
  invoiceObjectKey,
  parseDocumentLinkKeys,
  signDocumentLink,
  verifyDocumentLink,
  type DocumentLinkClaims,
  type DocumentLinkKeyRing,
} from '../../src';

const aKey = (id: string) => `${id}=${randomBytes(32).toString('base64url')}`;
const issuedAt = new Date('2026-11-30T10:00:00.000Z');
const DAY_MS = 86_400_000;

function someClaims(overrides: Partial<DocumentLinkClaims> = {}): DocumentLinkClaims {
  const orderId = ulid();
  return { linkId: ulid(), orderId, objectKey: invoiceObjectKey(orderId, 'INV-2026-000042'), generation: 0, expiresAt: new Date(issuedAt.getTime() + 30 * DAY_MS), ...overrides };
}

/** The token with one character of `part` (1 key id, 2 payload, 3 signature) changed. */
function tampered(token: string, part: number, at = 5): string {
  const parts = token.split('.');
  const text = parts[part]!;
  parts[part] = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  return parts.join('.');
}

describe('document links', () => {
  let ring: DocumentLinkKeyRing;
  beforeEach(() => {
    ring = parseDocumentLinkKeys(aKey('k2'));
  });

  it('grants the signed document until just before it expires, to the second', () => {
    const claims = someClaims();
    const token = signDocumentLink(claims, ring);
    expect(token).toMatch(/^d1\.k2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyDocumentLink(token, ring, issuedAt)).toEqual({ ok: true, claims });
    expect(verifyDocumentLink(token, ring, new Date(claims.expiresAt.getTime() - 1))).toMatchObject({ ok: true });
    expect(verifyDocumentLink(token, ring, claims.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose payload was changed to another document, order or generation', () => {
    const token = signDocumentLink(someClaims(), ring);
    const [version, keyId, , signature] = token.split('.');
    const other = someClaims({ generation: 7 });
    const forged = Buffer.from(JSON.stringify({ i: other.linkId, o: other.orderId, k: other.objectKey, g: 7, e: 4_000_000_000 })).toString('base64url');
    expect(verifyDocumentLink(`${version}.${keyId}.${forged}.${signature}`, ring, issuedAt)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyDocumentLink(tampered(token, 2), ring, issuedAt)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a changed or truncated signature, and one made with another key', () => {
    const token = signDocumentLink(someClaims(), ring);
    expect(verifyDocumentLink(tampered(token, 3), ring, issuedAt)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyDocumentLink(token.slice(0, -2), ring, issuedAt)).toEqual({ ok: false, reason: 'bad-signature' });
    const stranger = parseDocumentLinkKeys(aKey('k2'));
    expect(verifyDocumentLink(signDocumentLink(someClaims(), stranger), ring, issuedAt)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses what is not a token at all, without reading it', () => {
    for (const garbage of ['', 'd1', 'd1.k2.e30', 'd2.k2.e30.AAAA', 'd1.k 2.e30.AAAA', 'd1.k2.e30.AAAA.AAAA', '../../etc/passwd', `d1.k2.${'A'.repeat(2000)}.AAAA`]) {
      expect(verifyDocumentLink(garbage, ring, issuedAt)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses a validly signed payload that does not have the claims of a link', () => {
    const sign = (payload: unknown) => {
      // What a holder of the key could sign by mistake; the verifier still checks the claims.
      const { signing } = ring;
      const body = `d1.${signing.id}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
      return `${body}.${createHmac('sha256', signing.secret).update(body).digest('base64url')}`;
    };
    const [i, o] = [ulid(), ulid()];
    const payloads = [
      [],
      { i, o, k: 'x', g: -1, e: 4e9 },
      { i, o: 'not-an-id', k: 'x', g: 0, e: 4e9 },
      { o, k: 'x', g: 0, e: 4e9 },
      { i, o, k: 'x', g: 0, e: 4e9, admin: true },
      { i, o, k: '', g: 0, e: 4e9 },
      { i, o, k: 'x', g: 0, e: 1.5 },
    ];
    for (const payload of payloads) {
      expect(verifyDocumentLink(sign(payload), ring, issuedAt)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('keeps old links working through a key rotation, until the old key is dropped from the ring', () => {
    const old = aKey('k1');
    const before = parseDocumentLinkKeys(old);
    const token = signDocumentLink(someClaims(), before);

    const rotated = parseDocumentLinkKeys(`${aKey('k2')},${old}`);
    expect(rotated.signing.id).toBe('k2');
    expect(verifyDocumentLink(token, rotated, issuedAt)).toMatchObject({ ok: true });
    expect(signDocumentLink(someClaims(), rotated)).toMatch(/^d1\.k2\./);

    const retired = parseDocumentLinkKeys(rotated.signing.id + '=' + Buffer.from(rotated.signing.secret).toString('base64url'));
    expect(verifyDocumentLink(token, retired, issuedAt)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('reads key rings and names the broken rule without quoting a key', () => {
    const short = randomBytes(16).toString('base64url');
    const cases: [string, RegExp][] = [
      ['', /at least one key/],
      [`k1=${short}`, /key "k1" must be at least 32 bytes/],
      ['k1', /key 1 must be id=base64url/],
      [`bad id=${randomBytes(32).toString('base64url')}`, /key 1 must be id=base64url/],
      [`${aKey('k1')},${aKey('k1')}`, /"k1" is used twice/],
      ['k1=not*base64url!'.padEnd(60, 'x'), /key "k1" must be at least 32 bytes of base64url/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseDocumentLinkKeys(text)).toThrow(DocumentLinkKeyError);
      expect(() => parseDocumentLinkKeys(text)).toThrow(message);
      if (text.includes(short)) expect(() => parseDocumentLinkKeys(text)).not.toThrow(short);
    }
    // Standard base64 padding is accepted; whitespace around entries too.
    expect(parseDocumentLinkKeys(` a=${randomBytes(32).toString('base64url')}= , ${aKey('b')} `).keys.size).toBe(2);
  });
});
