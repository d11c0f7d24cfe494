import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { create, type FontkitFont } from 'fontkit';
import { InvoiceFontError } from './errors';

/** The faces the invoice uses; fallback order is decided by the typesetter. */
export type FaceKey = 'sans' | 'sansBold' | 'cjk';

interface FaceSpec {
  key: FaceKey;
  /** Module path resolved from node_modules when no font directory is given. */
  module: string;
  /** Subset tag + name written as the PDF BaseFont: fixed, so output stays byte-identical. */
  pdfName: string;
}

const FACES: readonly FaceSpec[] = [
  { key: 'sans', module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', pdfName: 'DJVSNS+DejaVuSans' },
  { key: 'sansBold', module: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', pdfName: 'DJVSNB+DejaVuSans-Bold' },
  {
    key: 'cjk',
    module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    pdfName: 'NTSNSC+NotoSansSC-Regular',
  },
];

/** Licences that must travel with the font files when they are copied into an image. */
const LICENCES: readonly { module: string; file: string }[] = [
  { module: 'dejavu-fonts-ttf/LICENSE', file: 'LICENSE-DejaVu.txt' },
  { module: '@expo-google-fonts/noto-sans-sc/LICENSE_FONT', file: 'LICENSE-NotoSansSC-OFL.txt' },
];

/** One parsed font, shared by every document a renderer produces. */
export interface FontFace {
  key: FaceKey;
  pdfName: string;
  bytes: Uint8Array;
  font: FontkitFont;
}

export type FontFaces = Record<FaceKey, FontFace>;

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
 * Reads and parses every face once. From `fontDir` when given (bundled worker), else from
 * node_modules. Throws InvoiceFontError naming the first file that cannot be read or parsed.
 */
export async function loadFontFaces(fontDir?: string): Promise<FontFaces> {
  // allSettled, then the first failure in FACES order: the error names the same file every time.
  const settled = await Promise.allSettled(
    FACES.map(async (spec): Promise<FontFace> => {
      const path = fontDir === undefined ? resolveModule(spec.module) : join(fontDir, basename(spec.module));
      try {
        const bytes = new Uint8Array(await readFile(path));
        return { key: spec.key, pdfName: spec.pdfName, bytes, font: create(bytes) };
      } catch (error) {
        throw new InvoiceFontError(path, { cause: error });
      }
    }),
  );
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  const faces = settled.map((result) => (result as PromiseFulfilledResult<FontFace>).value);
  return Object.fromEntries(faces.map((face) => [face.key, face])) as FontFaces;
}

function resolveModule(module: string): string {
  try {
    return require.resolve(module);
  } catch (error) {
    throw new InvoiceFontError(module, { cause: error });
  }
}
