import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { createLogger, createTracing, forOrder } from '../../src';
import { captureStdout } from '../support/emfOutput';

const tracing = createTracing({ service: 'logger-test', destination: { kind: 'off' }, exporter: new InMemorySpanExporter() });
let stdout: ReturnType<typeof captureStdout>;
beforeEach(() => (stdout = captureStdout()));
afterEach(() => stdout.restore());

describe('order log lines and traces', () => {
  it('names the trace of the span a line is written in, and no trace outside one', async () => {
    const log = forOrder(createLogger('logger-test', 'INFO'), '01M8N49TT7W38AVHVNF23PJ1NT');
    const traceId = await tracing.inSpan('process order message', {}, async (span) => {
      log.info('invoice issued', { invoiceNumber: 'INV-2026-000001' });
      return span.spanContext().traceId;
    });
    log.info('outside');
    const [inside, outside] = stdout.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ message: 'invoice issued', orderId: '01M8N49TT7W38AVHVNF23PJ1NT', traceId, invoiceNumber: 'INV-2026-000001' });
    expect(outside).toMatchObject({ message: 'outside', orderId: '01M8N49TT7W38AVHVNF23PJ1NT' });
    expect(outside).not.toHaveProperty('traceId');
  });
});
