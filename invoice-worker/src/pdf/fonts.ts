import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create, type FontkitFont } from 'fontkit';
import { BoundedCache } from './boundedCache';
import { InvoiceFontError } from './errors';
import type { GlyphRun } from './glyphLayout';
import { parseTrueType, type TrueTypeProgram } from './trueTypeSubset';

/** The faces the invoice uses; which face draws which character is decided by the typesetter. */
export type FaceKey =
  | 'sans'
  | 'sansBold'
  | 'arabic'
  | 'arabicBold'
  | 'devanagari'
  | 'devanagariBold'
  | 'thai'
  | 'thaiBold'
  | 'cjk'
  | 'korean'
  | 'emoji';

/**
 * The workspace holding the font files (vendor/invoice-fonts, copied from their npm packages by
 * `npm run vendor:fonts`): read from there when no font directory is given.
 */
const FONT_PACKAGE = '@checkout/invoice-fonts';

interface FaceSpec {
  key: FaceKey;
  /** File name in FONT_PACKAGE and in a font directory. */
  file: string;
  /** Subset tag + name written as the PDF BaseFont: fixed, so output stays byte-identical. */
  pdfName: string;
  /** Read and parsed at start-up; otherwise on the first document that needs it. */
  eager: boolean;
}

/**
 * Every face, in the order fonts are checked at start-up and embedded in a PDF. Only DejaVu is read
 * at start-up; each other face is read and parsed by the first document with a character it draws
 * (Noto Sans SC is 10.5 MB, Noto Sans KR 6.2 MB; the others 0.05 to 0.9 MB).
 */
const FACES: readonly FaceSpec[] = [
  { key: 'sans', file: 'DejaVuSans.ttf', pdfName: 'DJVSNS+DejaVuSans', eager: true },
  { key: 'sansBold', file: 'DejaVuSans-Bold.ttf', pdfName: 'DJVSNB+DejaVuSans-Bold', eager: true },
  { key: 'cjk', file: 'NotoSansSC_400Regular.ttf', pdfName: 'NTSNSC+NotoSansSC-Regular', eager: false },
  { key: 'korean', file: 'NotoSansKR_400Regular.ttf', pdfName: 'NTSNKR+NotoSansKR-Regular', eager: false },
  { key: 'arabic', file: 'NotoSansArabic_400Regular.ttf', pdfName: 'NTSNAR+NotoSansArabic-Regular', eager: false },
  { key: 'arabicBold', file: 'NotoSansArabic_700Bold.ttf', pdfName: 'NTSNAB+NotoSansArabic-Bold', eager: false },
  { key: 'devanagari', file: 'NotoSansDevanagari_400Regular.ttf', pdfName: 'NTSNDV+NotoSansDevanagari-Regular', eager: false },
  { key: 'devanagariBold', file: 'NotoSansDevanagari_700Bold.ttf', pdfName: 'NTSNDB+NotoSansDevanagari-Bold', eager: false },
  { key: 'thai', file: 'NotoSansThai_400Regular.ttf', pdfName: 'NTSNTH+NotoSansThai-Regular', eager: false },
  { key: 'thaiBold', file: 'NotoSansThai_700Bold.ttf', pdfName: 'NTSNTB+NotoSansThai-Bold', eager: false },
  { key: 'emoji', file: 'NotoEmoji_400Regular.ttf', pdfName: 'NTEMJI+NotoEmoji-Regular', eager: false },
];

/** Every face key, in the order faces are embedded in a PDF. */
export const FACE_KEYS: readonly FaceKey[] = FACES.map((face) => face.key);

/** Licences that must travel with the font files when they are copied into an image. */
const LICENCES: readonly string[] = [
  'LICENSE-DejaVu.txt',
  'LICENSE-NotoSansSC-OFL.txt',
  'LICENSE-NotoSansKR-OFL.txt',
  'LICENSE-NotoSansArabic-OFL.txt',
  'LICENSE-NotoSansDevanagari-OFL.txt',
  'LICENSE-NotoSansThai-OFL.txt',
  'LICENSE-NotoEmoji-OFL.txt',
];

/** Glyph runs kept per face, across documents (words and lines; see the memory note in docs/decisions). */
const GLYPH_RUNS_PER_FACE = 5_000;

/** One parsed font, shared by every document a renderer produces. */
export interface FontFace {
  key: FaceKey;
  pdfName: string;
  font: FontkitFont;
  program: TrueTypeProgram;
  /** Shaped text by run text; see `glyphRunOf`. */
  glyphRuns: BoundedCache<string, GlyphRun>;
}

/** The faces of one renderer: the eager ones parsed, the others parsed on first `load`. */
export interface FontLibrary {
  /** The face if it is loaded, else undefined. */
  loaded(key: FaceKey): FontFace | undefined;
  /** Reads and parses the face once; later calls return the same face. Throws InvoiceFontError. */
  load(key: FaceKey): Promise<FontFace>;
}

/**
 * The files the renderer reads, for a build step that ships them beside a bundle: copy each
 * `source` (absolute path in the font workspace) to `<fontDir>/<file>`, then pass that `fontDir` to
 * `createInvoiceRenderer`. The fonts' licence texts are listed too; the renderer does not read them.
 * Throws when the font workspace is not installed.
 */
export function invoiceFontFiles(): { file: string; source: string }[] {
  return [...FACES.map((face) => face.file), ...LICENCES].map((file) => ({ file, source: require.resolve(`${FONT_PACKAGE}/${file}`) }));
}

/**
 * Opens the invoice fonts from `fontDir` when given (bundled worker), else from the font workspace: reads
 * and parses the eager faces and checks that the others are readable, so a deployment missing a
 * file fails at start-up. Throws InvoiceFontError naming the first file, in a fixed order, that
 * cannot be read or parsed.
 */
export async function openFontLibrary(fontDir?: string): Promise<FontLibrary> {
  const pathOf = (spec: FaceSpec) => (fontDir === undefined ? resolveModule(`${FONT_PACKAGE}/${spec.file}`) : join(fontDir, spec.file));
  // allSettled, then the first failure in FACES order: the error names the same file every time.
  const settled = await Promise.allSettled(
    FACES.map(async (spec) => {
      const path = pathOf(spec);
      if (spec.eager) return readFace(spec, path);
      await access(path).catch((error: unknown) => {
        throw new InvoiceFontError(path, { cause: error });
      });
      return undefined;
    }),
  );
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;

  const faces = new Map<FaceKey, Promise<FontFace>>();
  const ready = new Map<FaceKey, FontFace>();
  settled.forEach((result, index) => {
    const face = (result as PromiseFulfilledResult<FontFace | undefined>).value;
    if (face) ready.set(FACES[index]!.key, face);
  });
  return {
    loaded: (key) => ready.get(key),
    load(key) {
      const face = ready.get(key);
      if (face) return Promise.resolve(face);
      let loading = faces.get(key);
      if (!loading) {
        const spec = FACES.find((candidate) => candidate.key === key)!;
        loading = (async () => readFace(spec, pathOf(spec)))().then(
          (loadedFace) => {
            ready.set(key, loadedFace);
            return loadedFace;
          },
          (error: unknown) => {
            faces.delete(key); // a later document tries again, e.g. once the file is back
            throw error;
          },
        );
        faces.set(key, loading);
      }
      return loading;
    },
  };
}

async function readFace(spec: FaceSpec, path: string): Promise<FontFace> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    return {
      key: spec.key,
      pdfName: spec.pdfName,
      font: create(bytes),
      program: parseTrueType(bytes),
      glyphRuns: new BoundedCache(GLYPH_RUNS_PER_FACE),
    };
  } catch (error) {
    throw new InvoiceFontError(path, { cause: error });
  }
}

function resolveModule(module: string): string {
  try {
    return require.resolve(module);
  } catch (error) {
    throw new InvoiceFontError(module, { cause: error });
  }
}
