import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { orderEventJsonSchemas, ORDER_EVENT_TYPES, REFUND_EVENT_TYPES } from '../../src';

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'events');
const checkedIn = () =>
  Object.fromEntries(
    readdirSync(DOCS)
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => [file, JSON.parse(readFileSync(join(DOCS, file), 'utf8')) as object]),
  );

describe('the event schemas in docs/events', () => {
  it('are exactly what the zod schemas generate (run `npm run schemas` after changing domain/src/orderEvents.ts)', () => {
    expect(checkedIn()).toEqual(orderEventJsonSchemas());
  });

  it('document every event type, each with its version in the file name', () => {
    expect(Object.keys(checkedIn()).map((file) => file.replace(/\.v\d+\.schema\.json$/, '')).sort()).toEqual([...ORDER_EVENT_TYPES, ...REFUND_EVENT_TYPES].sort());
  });
});
