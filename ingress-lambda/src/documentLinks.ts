import { describeError, forOrder, type DocumentLinkGenerations, type DocumentLinkKeySource, type InvoiceDownloads, type Logger } from '@checkout/aws-adapters';
import { parseInvoiceObjectKey, verifyDocumentLink } from '@checkout/domain';
import type { Context, Env, Hono } from 'hono';
import { createHash } from 'node:crypto';
import { problem, PROBLEM_CONTENT_TYPE, problemBody, type Problem } from './problems';

/** What the document link route needs. */
export interface DocumentLinkDeps {
  keys: Pick<DocumentLinkKeySource, 'get'>;
  generations: Pick<DocumentLinkGenerations, 'generationOf'>;
  files: Pick<InvoiceDownloads, 'presignDownload'>;
  logger: Logger;
  now: () => Date;
  /** Life of the presigned S3 URL the link redirects to: minutes, it is fetched at once. */
  redirectSeconds: number;
}

export const DOCUMENTS_PATH = '/documents/{token}';

/**
 * Headers of every answer of the route. The token is the capability: no cache keeps an answer, no
 * Referer carries the link (or the presigned URL) to the next site, no search engine lists it.
 */
const LINK_HEADERS = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' } as const;

type Refusal = 'invalid' | 'expired' | 'revoked';

const REFUSALS: Record<Refusal, Problem> = {
  invalid: problem(404, 'document-link-invalid', 'This link does not work', 'The link is incomplete or was changed. Open it from the email again; if that fails, reply to the email and we will send a new link.', {
    errors: [{ path: 'token', message: 'must be a document link exactly as emailed' }],
  }),
  expired: problem(410, 'document-link-expired', 'This link has expired', 'Links in our emails work for a limited time, as the email says. Reply to the email and we will send you a new link.', {
    errors: [{ path: 'token', message: 'has expired' }],
  }),
  revoked: problem(410, 'document-link-revoked', 'This link was withdrawn', 'We have withdrawn this link, for example because a newer email replaced it. Use the link in the newest email, or reply to ask for a new one.', {
    errors: [{ path: 'token', message: 'was revoked' }],
  }),
};

/**
 * When the link cannot be checked or followed now: the key secret, the orders table or the signer
 * failed. The link itself may be fine, so the person is told to try again, not that it is broken.
 */
const UNAVAILABLE = problem(
  503,
  'document-link-unavailable',
  'Your document cannot be opened right now',
  'Something on our side did not answer. Your link is not used up: open it again in a few minutes.',
);

/** Seconds a client is asked to wait before it opens the link again after a 503. */
const RETRY_AFTER_SECONDS = 60;

/**
 * Mounts `GET /documents/{token}` on the app: public (the token is the capability), it answers a
 * valid, unexpired, unrevoked link with 303 to a presigned URL of the one document the token names,
 * fresh for `redirectSeconds`; anything else with a problem a person can read (HTML when the
 * client asks for it, problem+json otherwise) that never repeats the token: 404 or 410 for a link
 * that does not work, 503 with Retry-After when the link could not be checked or followed.
 */
export function mountDocumentLinks<E extends Env>(app: Hono<E>, deps: DocumentLinkDeps): void {
  app.get('/documents/:token', async (c) => {
    const followed: { orderId?: string } = {};
    try {
      return await follow(c, deps, followed);
    } catch (error) {
      const log = followed.orderId ? forOrder(deps.logger, followed.orderId) : deps.logger;
      log.error('document link failed', { error: describeError(error) });
      return answer(c, UNAVAILABLE, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
  });
}

/** Checks the link and redirects to its document, or refuses it; records the order once the token names one. */
async function follow(c: Context, deps: DocumentLinkDeps, followed: { orderId?: string }): Promise<Response> {
  const now = deps.now();
  const verification = verifyDocumentLink(c.req.param('token') ?? '', await deps.keys.get(), now);
  if (!verification.ok) {
    deps.logger.info('document link refused', { reason: verification.reason });
    return refuse(c, verification.reason === 'expired' ? 'expired' : 'invalid');
  }
  const { linkId, orderId, objectKey, generation } = verification.claims;
  followed.orderId = orderId;
  const log = forOrder(deps.logger, orderId);
  const document = parseInvoiceObjectKey(objectKey);
  if (!document || document.orderId !== orderId) {
    log.warn('document link refused: validly signed for a key that is not one of the order\'s documents', { linkId, objectKey });
    return refuse(c, 'invalid');
  }
  const current = await deps.generations.generationOf(orderId);
  if (current === undefined) {
    log.info('document link refused', { reason: 'order-gone', linkId });
    return refuse(c, 'invalid');
  }
  if (current !== generation) {
    log.info('document link refused', { reason: 'revoked', linkId, generation, current });
    return refuse(c, 'revoked');
  }
  const filename = `${document.kind === 'invoice' ? document.invoiceNumber : document.creditNoteNumber}.pdf`;
  const url = await deps.files.presignDownload(objectKey, deps.redirectSeconds, filename);
  log.info('document link followed', { linkId, objectKey });
  return c.body(null, 303, { ...LINK_HEADERS, Location: url });
}

const refuse = (c: Context, refusal: Refusal) => answer(c, REFUSALS[refusal]);

/** The problem as a page when the client asks for HTML, as problem+json otherwise; never cached. */
function answer(c: Context, body: Problem, headers: Record<string, string> = {}) {
  if (prefersHtml(c.req.header('accept'))) {
    return c.body(problemPage(body), body.status as 404, {
      ...LINK_HEADERS,
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PAGE_CSP,
    });
  }
  return c.body(problemBody(body), body.status as 404, { ...LINK_HEADERS, ...headers, 'Content-Type': PROBLEM_CONTENT_TYPE });
}

/** A browser opening the link asks for text/html; curl and API clients (`*\/*`, JSON) get problem+json. */
export function prefersHtml(accept: string | undefined): boolean {
  return /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept ?? '');
}

const PAGE_STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;color:#222;background:#f6f7f9;margin:0}' +
  'main{max-width:34rem;margin:12vh auto;padding:2rem;background:#fff;border:1px solid #ddd;border-radius:6px}' +
  'h1{font-size:1.4rem;margin:0 0 1rem}p{line-height:1.5}.code{color:#666;font-size:.85rem}';

/** Nothing but the one inline stylesheet, by its hash: no script, image, font, frame or form. */
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The problem as a page: title, what to do, and the problem type for support. Only our own text. */
function problemPage(body: Problem): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${e(body.title)}</title><style>${PAGE_STYLE}</style></head>
<body><main>
<h1>${e(body.title)}</h1>
<p>${e(body.detail)}</p>
<p class="code">Error ${body.status} · ${e(body.type)}</p>
</main></body>
</html>
`;
}
