import { Readable } from 'node:stream';
import type { FontkitFont, FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import type { FontFace } from './fonts';

/** pdf-lib's Fontkit interface, which pdf-lib does not export by name. */
export type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Lets pdf-lib embed the faces parsed once per renderer with upstream fontkit 2 (the
 * `@pdf-lib/fontkit` fork mis-subsets Noto fonts). Two differences are bridged:
 * - `create(bytes)` returns the already parsed font for bytes it knows, so pdf-lib does not parse a
 *   10 MB CJK font for every document;
 * - fontkit 2 subsets expose `encode()`, pdf-lib 1.17 reads `encodeStream()`.
 */
export function fontkitFor(faces: readonly FontFace[]): PdfLibFontkit {
  const parsed = new Map<Uint8Array, FontkitFont>(faces.map((face) => [face.bytes, withStreamingSubsets(face.font)]));
  return {
    create(bytes: Uint8Array) {
      const font = parsed.get(bytes);
      if (!font) throw new Error('fontkit adapter: only fonts loaded by loadFontFaces can be embedded');
      // The structural types differ (pdf-lib types fontkit 1); the object is what pdf-lib expects at run time.
      return font as unknown as ReturnType<PdfLibFontkit['create']>;
    },
  };
}

const patched = new WeakSet<FontkitFont>();

function withStreamingSubsets(font: FontkitFont): FontkitFont {
  if (patched.has(font)) return font;
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset: FontkitSubset & { encodeStream?: () => Readable } = createSubset();
    subset.encodeStream = () => Readable.from([subset.encode()]);
    return subset;
  };
  patched.add(font);
  return font;
}
