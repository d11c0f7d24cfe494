import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Context } from '@opentelemetry/api';
import { contextFromTraceHeaders, traceHeaders } from './telemetry/propagation';

/** What is recorded about a stored PDF. */
export interface PdfDigest {
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  sizeBytes: number;
}

/** Hashed once per PDF: the worker records the digest before it stores the bytes. */
export function pdfDigest(pdf: Uint8Array): PdfDigest {
  return { sha256: createHash('sha256').update(pdf).digest('hex'), sizeBytes: pdf.byteLength };
}

/** Invoice PDFs and the failed-message archive in the invoices bucket. */
export class InvoiceFiles {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
  ) {}

  /**
   * Stores an invoice PDF under its deterministic key, with the order id and invoice number as
   * object metadata; `sha256` is the PDF's `pdfDigest`. Storing the same bytes again is harmless
   * (same key, same content). The active span's `traceparent` goes into the metadata too: the
   * notifier, woken by this object's S3 event, continues the trace from it.
   */
  async putInvoicePdf(
    key: string,
    pdf: Uint8Array,
    meta: { orderId: string; invoiceNumber: string; sha256: string },
  ): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: pdf,
        ContentLength: pdf.byteLength,
        ContentType: 'application/pdf',
        ContentDisposition: `inline; filename="${meta.invoiceNumber}.pdf"`,
        // S3 verifies the upload against the digest we record (base64 of the same SHA-256).
        ChecksumSHA256: Buffer.from(meta.sha256, 'hex').toString('base64'),
        Metadata: { 'order-id': meta.orderId, 'invoice-number': meta.invoiceNumber, ...traceHeaders() },
      }),
    );
  }

  /**
   * The trace context an object carries in its metadata (`putInvoicePdf` stored it), as the parent
   * of what follows from its S3 event; `base` when it has none. One HEAD request.
   */
  async traceContextOf(key: string, base: Context): Promise<Context> {
    const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    return contextFromTraceHeaders(head.Metadata, base);
  }

  /**
   * Stores the UBL 2.1 XML of an invoice beside its PDF (same metadata). Put before the PDF: the
   * PDF's S3 event is what emails the customer, so once the PDF is there the XML is too.
   */
  async putInvoiceXml(key: string, xml: string, meta: { orderId: string; invoiceNumber: string }): Promise<void> {
    const body = Buffer.from(xml, 'utf8');
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.byteLength,
        ContentType: 'application/xml; charset=utf-8',
        ContentDisposition: `attachment; filename="${meta.invoiceNumber}.xml"`,
        ChecksumSHA256: createHash('sha256').update(body).digest('base64'),
        Metadata: { 'order-id': meta.orderId, 'invoice-number': meta.invoiceNumber },
      }),
    );
  }

  /** Whether an object exists (HEAD). */
  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  /**
   * Writes an object over itself (CopyObject, same bytes, same content type, disposition and
   * metadata, plus `notify-requested-at`), so that S3 raises a new ObjectCreated event for it and
   * whatever listens (the notifier) runs again. In a versioned bucket the previous version becomes
   * noncurrent. Throws the SDK's NotFound/NoSuchKey when there is no such object.
   */
  async raiseObjectCreated(key: string, now: Date): Promise<void> {
    const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    await this.s3.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: key,
        CopySource: `${this.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
        // S3 refuses a copy onto itself that changes nothing; new metadata is the change.
        MetadataDirective: 'REPLACE',
        Metadata: { ...head.Metadata, 'notify-requested-at': now.toISOString() },
        ...(head.ContentType ? { ContentType: head.ContentType } : {}),
        ...(head.ContentDisposition ? { ContentDisposition: head.ContentDisposition } : {}),
        ChecksumAlgorithm: 'SHA256',
      }),
    );
  }

  /** An object's bytes and content type (for the local console's same-origin invoice view). */
  async read(key: string): Promise<{ bytes: Uint8Array; contentType: string | undefined }> {
    const result = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return { bytes: await result.Body!.transformToByteArray(), contentType: result.ContentType };
  }

  /** Keeps a copy of a message that could not be processed, for analysis. */
  async archive(key: string, json: unknown): Promise<void> {
    const body = Buffer.from(JSON.stringify(json, null, 2));
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.byteLength,
        ContentType: 'application/json',
      }),
    );
  }
}
