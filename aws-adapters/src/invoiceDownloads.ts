import type { ObjectUrlPresigner } from './transport/ports';

/**
 * Download links to the objects of the invoices bucket: presigned GETs, signed locally (no request
 * to S3), so nothing is ever made public. Apart from InvoiceFiles so that the API, which only
 * hands out links, needs no S3 client.
 */
export class InvoiceDownloads {
  constructor(
    private readonly presigner: ObjectUrlPresigner,
    readonly bucket: string,
  ) {}

  /** A GET link to `key` valid for `expiresInSeconds`; with `filename`, S3 answers `attachment; filename="<filename>"`. */
  presignDownload(key: string, expiresInSeconds: number, filename?: string): Promise<string> {
    return this.presigner.presignGetObject(
      { Bucket: this.bucket, Key: key, ...(filename ? { ResponseContentDisposition: `attachment; filename="${filename}"` } : {}) },
      expiresInSeconds,
    );
  }
}
