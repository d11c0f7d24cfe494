import { access, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
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

interface FaceSpec {
  key: FaceKey;
  /** Module path resolved from node_modules when no font directory is given. */
  module: string;
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
  { key: 'sans', module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', pdfName: 'DJVSNS+DejaVuSans', eager: true },
  { key: 'sansBold', module: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', pdfName: 'DJVSNB+DejaVuSans-Bold', eager: true },
  { key: 'cjk', module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', pdfName: 'NTSNSC+NotoSansSC-Regular', eager: false },
  { key: 'korean', module: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf', pdfName: 'NTSNKR+NotoSansKR-Regular', eager: false },
  { key: 'arabic', module: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', pdfName: 'NTSNAR+NotoSansArabic-Regular', eager: false },
  { key: 'arabicBold', module: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf', pdfName: 'NTSNAB+NotoSansArabic-Bold', eager: false },
  { key: 'devanagari', module: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf', pdfName: 'NTSNDV+NotoSansDevanagari-Regular', eager: false },
  { key: 'devanagariBold', module: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf', pdfName: 'NTSNDB+NotoSansDevanagari-Bold', eager: false },
  { key: 'thai', module: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf', pdfName: 'NTSNTH+NotoSansThai-Regular', eager: false },
  { key: 'thaiBold', module: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf', pdfName: 'NTSNTB+NotoSansThai-Bold', eager: false },
  { key: 'emoji', module: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf', pdfName: 'NTEMJI+NotoEmoji-Regular', eager: false },
];

/** Every face key, in the order faces are embedded in a PDF. */
export const FACE_KEYS: readonly FaceKey[] = FACES.map((face) => face.key);

/** Licences that must travel with the font files when they are copied into an image. */
const LICENCES: readonly { module: string; file: string }[] = [
  { module: 'dejavu-fonts-ttf/LICENSE', file: 'LICENSE-DejaVu.txt' },
  { module: '@expo-google-fonts/noto-sans-sc/LICENSE_FONT', file: 'LICENSE-NotoSansSC-OFL.txt' },
  { module: '@expo-google-fonts/noto-sans-kr/LICENSE_FONT', file: 'LICENSE-NotoSansKR-OFL.txt' },
  { module: '@expo-google-fonts/noto-sans-arabic/LICENSE_FONT', file: 'LICENSE-NotoSansArabic-OFL.txt' },
  { module: '@expo-google-fonts/noto-sans-devanagari/LICENSE_FONT', file: 'LICENSE-NotoSansDevanagari-OFL.txt' },
  { module: '@expo-google-fonts/noto-sans-thai/LICENSE_FONT', file: 'LICENSE-NotoSansThai-OFL.txt' },
  { module: '@expo-google-fonts/noto-emoji/LICENSE_FONT', file: 'LICENSE-NotoEmoji-OFL.txt' },
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
 * `source` (absolute path in node_modules) to `<fontDir>/<file>`, then pass that `fontDir` to
 * `createInvoiceRenderer`. The fonts' licence texts are listed too; the renderer does not read them.
 * Throws when a font package is not installed.
 */
export function invoiceFontFiles(): { file: string; source: string }[] {
  return [
    ...FACES.map((face) => ({ file: basename(face.module), source: require.resolve(face.module) })),
    ...LICENCES.map((licence) => ({ file: licence.file, source: require.resolve(licence.module) })),
  ];
}

/**
 * Opens the invoice fonts from `fontDir` when given (bundled worker), else from node_modules: reads
 * and parses the eager faces and checks that the others are readable, so a deployment missing a
 * file fails at start-up. Throws InvoiceFontError naming the first file, in a fixed order, that
 * cannot be read or parsed.
 */
export async function openFontLibrary(fontDir?: string): Promise<FontLibrary> {
  const pathOf = (spec: FaceSpec) => (fontDir === undefined ? resolveModule(spec.module) : join(fontDir, basename(spec.module)));
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
