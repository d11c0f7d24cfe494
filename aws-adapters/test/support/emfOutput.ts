/** One CloudWatch EMF line as Powertools Metrics prints it. */
export interface EmfLine {
  _aws: { Timestamp: number; CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
  [member: string]: unknown;
}

/**
 * Captures what this process writes to stdout while a test runs (Powertools writes its EMF lines
 * there, through a Console bound to process.stdout): `emf()` gives the EMF lines, `lines()` all of
 * them. Captured output is not written; `restore()` writes to stdout again.
 */
export function captureStdout(): { lines(): string[]; emf(): EmfLine[]; restore(): void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  const lines = () => chunks.join('').split('\n').filter(Boolean);
  return {
    lines,
    emf: () => lines().flatMap((line) => (line.startsWith('{"_aws"') ? [JSON.parse(line) as EmfLine] : [])),
    restore: () => spy.mockRestore(),
  };
}

/** The metric values of EMF lines of one service, summed by name. */
export function metricTotals(lines: EmfLine[], service: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const line of lines.filter((l) => l.service === service)) {
    for (const { Name } of line._aws.CloudWatchMetrics.flatMap((directive) => directive.Metrics)) {
      const value = line[Name];
      const values = Array.isArray(value) ? (value as number[]) : [value as number];
      totals[Name] = (totals[Name] ?? 0) + values.reduce((sum, v) => sum + v, 0);
    }
  }
  return totals;
}
