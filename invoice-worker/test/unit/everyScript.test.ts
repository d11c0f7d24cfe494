import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceDocument } from '@checkout/domain';
import { type FaceKey, type FontLibrary, openFontLibrary } from '../../src/pdf/fonts';
import { NO_TEXT } from '../../src/pdf/glyphLayout';
import { layoutInvoice } from '../../src/pdf/invoiceLayout';
import { type ShapedLine, Typesetter } from '../../src/pdf/typesetter';
import { createInvoiceRenderer, type InvoiceRenderer, invoiceFontFiles } from '../../src/renderInvoice';
import { anInvoiceDocument, skuOf } from '../support/anInvoiceDocument';
import { extractPdfText } from '../support/pdfText';

/** One line item per script the invoice must print with real glyphs, and the face expected to draw it. */
const SCRIPTS: readonly { script: string; text: string; face: FaceKey }[] = [
  { script: 'Latin with diacritics', text: 'Café crème, Łódź, Ærø, façade', face: 'sans' },
  { script: 'Greek', text: 'Ελληνικός καφές με ζάχαρη', face: 'sans' },
  { script: 'Cyrillic', text: 'Кофе по-турецки, сахар', face: 'sans' },
  { script: 'Vietnamese', text: 'Cà phê sữa đá Việt Nam', face: 'sans' },
  { script: 'simplified Chinese', text: '简体中文发票 咖啡豆', face: 'cjk' },
  { script: 'traditional Chinese', text: '繁體中文發票 臺灣咖啡', face: 'cjk' },
  { script: 'Japanese', text: '日本語の請求書 コーヒー ひらがな', face: 'cjk' },
  { script: 'Korean', text: '한국어 영수증 커피 감사합니다', face: 'korean' },
  { script: 'Thai', text: 'กาแฟไทย ขอบคุณครับ น้ำแข็ง', face: 'thai' },
  { script: 'Devanagari', text: 'हिन्दी चालान कॉफ़ी क्षत्रिय', face: 'devanagari' },
  { script: 'Arabic', text: 'قهوة عربية بالهيل', face: 'arabic' },
  { script: 'Arabic with a number', text: 'قهوة عربية #3', face: 'arabic' },
  { script: 'Arabic inside Latin', text: 'Coffee قهوة عربية with long text', face: 'arabic' },
  { script: 'Latin inside Arabic', text: 'قهوة عربية مع long text 250 غرام', face: 'arabic' },
  { script: 'Hebrew', text: 'קפה שחור (חזק) 2 כוסות', face: 'sans' },
  { script: 'emoji', text: 'Party pack 🎉 with cake 🎂', face: 'emoji' },
];

/**
 * pdf.js (unpdf) decides where spaces go from glyph positions, and around reordered runs and
 * positioned marks it drops or adds some; the characters and their order are what it must keep.
 */
const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

const everyScript = (lines: number): InvoiceDocument =>
  anInvoiceDocument({
    seller: { name: 'شركة القهوة العربية' },
    billTo: { name: 'محمد عبد الله', addressLines: ['شارع الملك فهد 12', 'الرياض 12345', 'المملكة العربية السعودية'] },
    lines: Array.from({ length: lines }, (_, index) => ({ sku: skuOf(index + 1), description: SCRIPTS[index % SCRIPTS.length]!.text })),
  });

let renderer: InvoiceRenderer;
beforeAll(async () => {
  renderer = await createInvoiceRenderer();
});

describe('an invoice mixing every script', () => {
  it.each([
    ['one line per script', SCRIPTS.length],
    ['120 lines', 120],
  ])('prints each text with real glyphs and extracts it in reading order (%s)', async (_case, lines) => {
    const doc = everyScript(lines);

    const pages = await extractPdfText(await renderer.render(doc));

    const all = pages.join('\n');
    expect(all).not.toContain('\uFFFD');
    expect(all).not.toContain(NO_TEXT);
    for (const { text } of SCRIPTS) expect(withoutSpaces(all)).toContain(withoutSpaces(text));
    for (const text of [doc.seller.name, doc.billTo.name, ...doc.billTo.addressLines]) expect(withoutSpaces(all)).toContain(withoutSpaces(text));
    for (let index = 1; index <= lines; index++) expect(all).toContain(skuOf(index));
    // Scripts pdf.js spaces reliably come out exactly as written.
    for (const { text } of SCRIPTS.slice(0, 9)) expect(all).toContain(text);
  });

  it('renders the same bytes from two renderers, and after other documents', async () => {
    const doc = everyScript(40);
    const fresh = await (await createInvoiceRenderer()).render(doc);

    await renderer.render(anInvoiceDocument({ billTo: { name: 'ف ق ڧ 人 ⼈' } }));
    await renderer.render(everyScript(7));
    const afterOthers = await renderer.render(doc);

    expect(Buffer.from(afterOthers).equals(Buffer.from(fresh))).toBe(true);
  });
});

describe('typesetting scripts and directions', () => {
  let fonts: FontLibrary;
  let type: Typesetter;
  beforeAll(async () => {
    fonts = await openFontLibrary();
    type = new Typesetter(fonts);
    // Load every face the samples need, as the renderer would on its first such document.
    for (const { text } of SCRIPTS) await shapeLoading(text);
    await fonts.load('arabicBold'); // the seller name is set in bold
  });

  const shapeLoading = async (text: string): Promise<ShapedLine> => {
    for (;;) {
      try {
        return type.wrap(text, 'regular', 9, 1000)[0]!;
      } catch (error) {
        if (!(error instanceof Error && 'face' in error)) throw error;
        await fonts.load((error as { face: FaceKey }).face);
      }
    }
  };
  /** The characters of a line in the order its glyphs are drawn, left to right. */
  const drawn = (line: ShapedLine) =>
    line.runs
      .flatMap((run) => run.glyphs.unicode)
      .filter((text) => text !== NO_TEXT)
      .join('');
  const reversed = (text: string) => [...text].reverse().join('');

  it.each(SCRIPTS.map((sample) => [sample.script, sample] as const))('draws %s with its own face and no replacement glyph', (_script, { text, face }) => {
    const line = type.wrap(text, 'regular', 9, 1000)[0]!;

    expect(line.runs.map((run) => run.face)).toContain(face);
    expect(line.runs.map((run) => run.text).join('')).not.toContain('\uFFFD');
    for (const run of line.runs) expect(run.glyphs.ids).not.toContain(0);
  });

  it('draws Latin inside an Arabic line left to right and the Arabic right to left', () => {
    const line = type.wrap('Coffee قهوة عربية with long text', 'regular', 9, 1000)[0]!;

    expect(drawn(line)).toBe(`Coffee ${reversed('قهوة عربية')} with long text`);
  });

  it('lays out a text starting with Arabic right to left, keeping its Latin words and numbers readable', () => {
    const line = type.wrap('قهوة عربية مع long text 250 غرام', 'regular', 9, 1000)[0]!;

    // "long text 250" is one left-to-right run (the 250 follows Latin letters); the rest reads right to left.
    expect(drawn(line)).toBe(`${reversed(' غرام')}long text 250${reversed('قهوة عربية مع ')}`);
  });

  it('keeps "#3" after the Arabic words it follows: drawn at the far left, read last', () => {
    const line = type.wrap('قهوة عربية #3', 'regular', 9, 1000)[0]!;

    // In an Arabic run the 3 is an Arabic number and "#" a neutral between right-to-left letters
    // (UAX #9 rules W2 and N1): the 3 is leftmost, then "#", then the words.
    expect(drawn(line)).toBe(`3#${reversed('قهوة عربية ')}`);
  });

  it('joins Arabic letters with their contextual forms', () => {
    const [joined] = type.wrap('قهوة', 'regular', 9, 1000);
    const [apart] = type.wrap('ق ه و ة', 'regular', 9, 1000);

    const letters = (line: ShapedLine) => line.runs.flatMap((run) => run.glyphs.ids.filter((_, index) => /\p{L}/u.test(run.glyphs.unicode[index]!)));
    // The same four letters: initial, medial and final forms are other glyphs than the isolated ones.
    expect(letters(joined!)).toHaveLength(4);
    expect(letters(joined!)).not.toEqual(letters(apart!));
  });

  it('shapes Devanagari conjuncts into single glyphs that still copy as written', () => {
    const [line] = type.wrap('क्षत्रिय', 'regular', 9, 1000);
    const glyphs = line!.runs[0]!.glyphs;

    // क्ष and त्र are one glyph each, and ि is drawn before त्र although it follows it in the text.
    expect(glyphs.ids.length).toBeLessThan([...'क्षत्रिय'].length);
    expect(glyphs.unicode.join('')).toBe('क्षत्रिय');
  });

  it('moves marks with the font positioning, and draws Latin without offsets', () => {
    const [thai] = type.wrap('ที่นี่ น้ำ', 'regular', 9, 1000);
    const [arabic] = type.wrap('عربية', 'regular', 9, 1000);
    const [latin] = type.wrap('Café Łódź', 'regular', 9, 1000);

    expect(thai!.runs.some((run) => run.glyphs.placements?.some((placement) => placement.dy !== 0 || placement.dx !== 0))).toBe(true);
    expect(arabic!.runs.some((run) => run.glyphs.placements?.some((placement) => placement.dy !== 0))).toBe(true);
    expect(latin!.runs.every((run) => run.glyphs.placements === undefined)).toBe(true);
  });

  it('keeps a customer name isolated inside a left-to-right line of ours', () => {
    const doc = anInvoiceDocument({ seller: { name: 'شركة القهوة', vatId: 'GB123' } });

    const footer = layoutInvoice(doc, type)[0]!.ops.flatMap((op) => (op.kind === 'text' && op.y < 50 && op.x < 100 ? [op.line] : []))[0]!;

    // Without the isolate the line's first strong character would be Arabic, and the whole footer
    // would read right to left, the payment terms first.
    expect(drawn(footer)).toBe(`${reversed('شركة القهوة')} · VAT ID GB123 · Payable within 14 days, by 28 Mar 2025`);
  });
});

describe('script fonts loaded on demand', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'invoice-script-fonts-'));
    for (const { file, source } of invoiceFontFiles()) await copyFile(source, join(dir, file));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The faces a fresh renderer's library has parsed after rendering `doc`. */
  const facesLoadedBy = async (doc: InvoiceDocument): Promise<FaceKey[]> => {
    const fonts = await openFontLibrary(dir);
    const type = new Typesetter(fonts);
    for (;;) {
      try {
        layoutInvoice(doc, type);
        break;
      } catch (error) {
        if (!(error instanceof Error && 'face' in error)) throw error;
        await fonts.load((error as { face: FaceKey }).face);
      }
    }
    const all: FaceKey[] = ['sans', 'sansBold', 'cjk', 'korean', 'arabic', 'arabicBold', 'devanagari', 'devanagariBold', 'thai', 'thaiBold', 'emoji'];
    return all.filter((key) => fonts.loaded(key) !== undefined);
  };

  it.each<[string, string, FaceKey[]]>([
    ['Latin, Greek, Cyrillic, Hebrew', 'Łódź Ελληνικά Кофе קפה', []],
    ['Chinese and Japanese', '发票 臺灣 ひらがな', ['cjk']],
    ['Korean', '감사합니다', ['korean']],
    ['Thai', 'ขอบคุณ', ['thai']],
    ['Devanagari', 'नमस्ते', ['devanagari']],
    ['Arabic', 'قهوة', ['arabic']],
    ['emoji', '🎉', ['emoji']],
  ])('parses only DejaVu and the %s face for such a line item', async (_script, description, extra) => {
    const loaded = await facesLoadedBy(anInvoiceDocument({ lines: [{ sku: 'A-1', description }] }));

    expect(loaded).toEqual(['sans', 'sansBold', ...extra]);
  });

  it('parses the bold face of a script for a bold customer name', async () => {
    const loaded = await facesLoadedBy(anInvoiceDocument({ billTo: { name: 'محمد' } }));

    expect(loaded).toEqual(['sans', 'sansBold', 'arabicBold']);
  });
});
