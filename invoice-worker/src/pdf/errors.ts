import type { FaceKey } from './fonts';

/** Base of every error the invoice PDF renderer throws. */
export class InvoiceRenderError extends Error {
  override readonly name: string = 'InvoiceRenderError';
}

/**
 * A font file the renderer needs is missing or unreadable. Fatal for the process: fix the
 * deployment (copy the files listed by `invoiceFontFiles()` into the font directory) and restart.
 */
export class InvoiceFontError extends InvoiceRenderError {
  override readonly name = 'InvoiceFontError';

  constructor(
    readonly file: string,
    options?: ErrorOptions,
  ) {
    super(
      `cannot load font ${file}: install the @checkout/invoice-fonts workspace (vendor/invoice-fonts) or pass fontDir pointing at a copy of the files listed by invoiceFontFiles()`,
      options,
    );
  }
}

/**
 * The ICC profile of the PDF/A output intent is missing or is not an RGB profile. Fatal for the
 * process: install pdfkit (which ships it) or pass `colorProfile` pointing at the copy listed by
 * `colorProfileFile()`, and restart.
 */
export class InvoiceColorProfileError extends InvoiceRenderError {
  override readonly name = 'InvoiceColorProfileError';

  constructor(
    readonly file: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`ICC profile ${file} ${problem}: install pdfkit or pass colorProfile pointing at a copy of colorProfileFile()`, options);
  }
}

/** The document cannot be rendered as given (e.g. `issuedAt` is not a date). Retrying will not help. */
export class InvalidInvoiceDocumentError extends InvoiceRenderError {
  override readonly name = 'InvalidInvoiceDocumentError';
}

/**
 * Layout reached text that needs a face not loaded yet (fonts for other scripts are loaded on
 * first use). The renderer catches it, loads the face and lays the document out again; it never
 * reaches a caller.
 */
export class FontNotLoadedError extends InvoiceRenderError {
  override readonly name = 'FontNotLoadedError';

  constructor(readonly face: FaceKey) {
    super(`font face ${face} is not loaded yet`);
  }
}
