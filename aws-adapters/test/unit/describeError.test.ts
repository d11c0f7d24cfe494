import { describeError } from '../../src';

describe('describeError, the text of an error for an order and a log line', () => {
  it('shows quoted customer text by the shared rule: one line, no bidi controls or zero-width characters', () => {
    const error = new Error('550 mailbox "Eve \u202Egnp.exe\u200B" unavailable\r\nsecond line');
    expect(describeError(error)).toBe('Error: 550 mailbox "Eve gnp.exe" unavailable second line');
  });

  it('stays at most 1,000 characters', () => {
    expect(describeError(new Error('x'.repeat(5000)))).toHaveLength(1000);
  });
});
