/**
 * Clocks for date-sensitive integration tests. Invoice series carry the year and idempotency
 * records expire by DynamoDB TTL, whose sweeper runs on the wall clock; so tests never hard-code a
 * date, and no clock here runs behind the wall clock (a record stamped from it never looks expired
 * to the sweeper while a test still needs it).
 */
export type Clock = () => Date;

/** 31 December, 23:59:50 UTC of the current year: ten seconds before a new invoice series starts. */
export function justBeforeNewYear(): Date {
  return new Date(Date.UTC(new Date().getUTCFullYear(), 11, 31, 23, 59, 50));
}

/** A clock that stays at `at` until moved with `advance`. */
export function fixedClock(at: Date): Clock & { advance(ms: number): void } {
  let now = at.getTime();
  return Object.assign(() => new Date(now), { advance: (ms: number) => void (now += ms) });
}

/** The clocks each date-sensitive integration test runs under, for `describe.each`. */
export const testClocks: [string, () => Clock][] = [
  ['the wall clock', () => () => new Date()],
  ['a clock 10 s before New Year (UTC)', () => fixedClock(justBeforeNewYear())],
];
