import type { Progress } from './ports';

/** What a progress line writes to: stderr in the CLI, so stdout stays clean for `--json`. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;
/** Redraw at most this often: a terminal redrawn on every message of a large redrive flickers. */
const REDRAW_EVERY_MS = 80;

/**
 * A progress line on a terminal: `label [#####.....] done/total`, redrawn in place (carriage
 * return, erase line) and erased when the work is done; a count without a bar when the total is
 * unknown. Draws nothing at all when the stream is not a terminal (a pipe, a file, CI), where a
 * carriage-return animation would only garble the log.
 */
export function progressLine(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  if (!stream.isTTY) return { start() {}, update() {}, done() {} };
  let label = '';
  let total: number | undefined;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (done: number, force = false) => {
    const at = now();
    if (!force && at - lastDraw < REDRAW_EVERY_MS) return;
    lastDraw = at;
    let line: string;
    if (total === undefined || total <= 0) {
      line = `${label} … ${done}`;
    } else {
      const filled = Math.min(BAR_WIDTH, Math.round((Math.min(done, total) / total) * BAR_WIDTH));
      line = `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
    }
    const width = stream.columns && stream.columns > 1 ? stream.columns - 1 : 79;
    stream.write(`\r\x1b[2K${line.slice(0, width)}`);
    drawn = true;
  };
  return {
    start(newLabel, newTotal) {
      label = newLabel;
      total = newTotal;
      draw(0, true);
    },
    update(done) {
      draw(done);
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
