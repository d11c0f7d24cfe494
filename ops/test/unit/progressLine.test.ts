import { progressLine } from '../../src/progress';
import { terminalSafe } from '../../src/cliOutput';

/** A stream that records what was written. */
const aStream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (text: string) => written.push(text) };
};

describe('the CLI progress line', () => {
  it('draws nothing when stderr is not a terminal (a pipe, a file, CI)', () => {
    const stream = aStream(false);
    const progress = progressLine(stream);
    progress.start('redrive', 10);
    progress.update(5);
    progress.done();
    expect(stream.written).toEqual([]);
  });

  it('redraws one line in place on a terminal, with a bar when the total is known, and erases it when done', () => {
    const stream = aStream(true);
    let now = 0;
    const progress = progressLine(stream, () => now);
    progress.start('reopening', 4);
    now += 100;
    progress.update(2);
    now += 100;
    progress.done();
    expect(stream.written).toEqual([
      '\r\x1b[2Kreopening [........................] 0/4',
      '\r\x1b[2Kreopening [############............] 2/4',
      '\r\x1b[2K',
    ]);
  });

  it('counts without a bar when the total is unknown, and redraws at most every 80 ms', () => {
    const stream = aStream(true);
    let now = 0;
    const progress = progressLine(stream, () => now);
    progress.start('finding FAILED orders');
    progress.update(500);
    now += 100;
    progress.update(1000);
    expect(stream.written).toEqual(['\r\x1b[2Kfinding FAILED orders … 0', '\r\x1b[2Kfinding FAILED orders … 1000']);
  });
});

describe('customer text in the terminal', () => {
  it('cannot carry escape sequences or bidi overrides', () => {
    expect(terminalSafe('Ada\x1b]0;owned\x07 \u202Egnp.exe')).toBe('Ada?]0;owned? ?gnp.exe');
    expect(terminalSafe('Nguyễn Văn A, Łukasz Żółć, قهوة')).toBe('Nguyễn Văn A, Łukasz Żółć, قهوة');
  });
});
