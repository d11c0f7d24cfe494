import type { PipelineMetrics, Tracing } from '@checkout/aws-adapters';
import type { InvoiceDocument } from '@checkout/domain';
import { performance } from 'node:perf_hooks';
import type { RenderedInvoice } from './renderInvoice';

/**
 * `render` with a span (`render invoice`, or `render credit note`) and its time in the `RenderMs`
 * metric: the same for every caller (first issue, re-render after a crash), so the cores stay as
 * they are.
 */
export function observedRendering(
  render: (document: InvoiceDocument) => Promise<RenderedInvoice>,
  deps: { tracing: Pick<Tracing, 'inSpan'>; metrics: Pick<PipelineMetrics, 'add'> },
): (document: InvoiceDocument) => Promise<RenderedInvoice> {
  return (document) =>
    deps.tracing.inSpan(document.typeCode === '381' ? 'render credit note' : 'render invoice', {}, async (span) => {
      const started = performance.now();
      const rendered = await render(document);
      const ms = performance.now() - started;
      deps.metrics.add('RenderMs', ms);
      span.setAttributes({ 'order.id': document.orderId, 'document.number': document.invoiceNumber, 'pdf.size_bytes': rendered.pdf.byteLength });
      return rendered;
    });
}
