import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InvoiceColorProfileError } from './errors';

/**
 * The sRGB profile of the PDF/A output intent: the International Color Consortium's sRGB2014
 * (ICC v2, 3,024 bytes; the ICC lets it be copied and embedded without restriction), as shipped by
 * pdfkit in `js/data/`. pdfkit's `exports` hide that folder, so it is found beside the package's
 * main file.
 */
const SRGB_PROFILE = { package: 'pdfkit', fromMain: 'data/sRGB_IEC61966_2_1.icc' } as const;

/** File name of the profile where a build ships it (the bundled worker: `dist/color/`). */
export const COLOR_PROFILE_FILE = 'sRGB_IEC61966_2_1.icc';

/** The ICC profile every invoice's output intent carries, read once per renderer. */
export interface ColorProfile {
  /** The ICC profile as read from the file. */
  bytes: Uint8Array;
  /** OutputConditionIdentifier and Info of the output intent. */
  identifier: string;
}

/**
 * The file the renderer reads for its output intent, for a build step that ships it beside a
 * bundle: copy `source` to `<dir>/<file>` and pass that path as `colorProfile` to
 * `createInvoiceRenderer`. Throws InvoiceColorProfileError when pdfkit is not installed.
 */
export function colorProfileFile(): { file: string; source: string } {
  return { file: COLOR_PROFILE_FILE, source: defaultProfilePath() };
}

/**
 * Reads the sRGB profile from `path` when given (bundled worker), else from node_modules, and
 * checks that it is an RGB display profile. Throws InvoiceColorProfileError naming the file.
 */
export async function readColorProfile(path?: string): Promise<ColorProfile> {
  const file = path ?? defaultProfilePath();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new InvoiceColorProfileError(file, 'cannot be read', { cause: error });
  }
  // ICC.1 header: signature 'acsp' at 36, device class at 12, colour space at 16.
  const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 128 || ascii(36) !== 'acsp' || ascii(12) !== 'mntr' || ascii(16) !== 'RGB ') {
    throw new InvoiceColorProfileError(file, 'is not an RGB display ICC profile');
  }
  return { bytes, identifier: 'sRGB IEC61966-2.1' };
}

function defaultProfilePath(): string {
  try {
    return join(dirname(require.resolve(SRGB_PROFILE.package)), SRGB_PROFILE.fromMain);
  } catch (error) {
    throw new InvoiceColorProfileError(`${SRGB_PROFILE.package}/js/${SRGB_PROFILE.fromMain}`, 'cannot be found', { cause: error });
  }
}
