import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFRawStream } from 'pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/**
 * A FlateDecode stream compressed by Node's zlib. pdf-lib's own `context.flateStream` runs pako
 * (zlib ported to JavaScript), which took about a sixth of the CPU of rendering an invoice; the
 * streams are the same format (RFC 1950), read alike by every PDF reader.
 */
export function flateStream(context: PDFContext, contents: Uint8Array | string, dict: StreamDict = {}): PDFRawStream {
  // pdf-lib's strings are byte strings (content streams, CMaps: ASCII): one byte per character.
  return context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
}

const deflatedOnce = new WeakMap<Uint8Array, Uint8Array>();

/** As `flateStream`, for bytes that are the same in every document (the colour profile): compressed once per process. */
export function constantFlateStream(context: PDFContext, contents: Uint8Array, dict: StreamDict = {}): PDFRawStream {
  let deflated = deflatedOnce.get(contents);
  if (!deflated) deflatedOnce.set(contents, (deflated = deflateSync(contents)));
  return context.stream(deflated, { ...dict, Filter: 'FlateDecode' });
}
