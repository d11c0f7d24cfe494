import { baseEnv, ConfigError, parseEnv, tracesDestinationFrom } from '../../src';
import * as z from 'zod/mini';

const parse = (env: NodeJS.ProcessEnv) => parseEnv(z.object(baseEnv), { ORDERS_TABLE: 'orders-dev', INVOICES_BUCKET: 'invoices-dev', ...env });

describe('where spans go (TRACES_EXPORT, TRACES_FILE)', () => {
  it('records none by default, writes to stdout in AWS and to TRACES_FILE locally', () => {
    expect(tracesDestinationFrom(parse({}))).toEqual({ kind: 'off' });
    expect(tracesDestinationFrom(parse({ TRACES_EXPORT: 'stdout' }))).toEqual({ kind: 'stdout' });
    expect(tracesDestinationFrom(parse({ TRACES_EXPORT: 'file', TRACES_FILE: '/tmp/traces.jsonl' }))).toEqual({ kind: 'file', file: '/tmp/traces.jsonl' });
  });

  it('names the variable when TRACES_EXPORT is unknown, or file comes without TRACES_FILE', () => {
    expect(() => parse({ TRACES_EXPORT: 'xray' })).toThrow(/TRACES_EXPORT="xray": must be off, stdout or file/);
    expect(() => tracesDestinationFrom(parse({ TRACES_EXPORT: 'file' }))).toThrow(ConfigError);
    expect(() => tracesDestinationFrom(parse({ TRACES_EXPORT: 'file' }))).toThrow(/TRACES_FILE is required/);
  });
});
