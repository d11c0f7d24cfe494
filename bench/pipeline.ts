import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { startLocalStackProcess } from '../local-stack/src/stackProcess';
import { machineLine } from './support/machine';
import { orderLoad } from './support/orderLoad';

/**
 * Orders per second through the whole local pipeline (POST → worker → PDF in S3 → notifier →
 * email in the SMTP inbox), end-to-end latency per order, and the invoice worker's memory.
 * Method: start the embedded stack, warm it up with 20 orders, then post ORDERS orders with
 * CONCURRENCY requests in flight and wait until every one has had its email sent (the
 * notifier's log line). Throughput = orders / (last email − first POST).
 * CPU per order: user + system CPU time of the stack process and every descendant (DynamoDB Local's
 * JVM, the worker processes) from /proc/<pid>/stat, read before and after the measured run, divided
 * by ORDERS, in total and split into the stack process, the worker processes and the rest (DynamoDB
 * Local's JVM). It counts everything the local stack does for an order, emulators included, and not
 * this load generator. BENCH_WORKERS sets LOCAL_WORKERS (invoice worker processes).
 */
const ORDERS = Number(process.env.BENCH_ORDERS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

export async function benchPipeline() {
  const startedAt = performance.now();
  const stack = await startLocalStackProcess({ env: { LOG_LEVEL: 'INFO', LOCAL_WORKERS: String(WORKERS) } });
  const startupMs = performance.now() - startedAt;
  const workerPids = stack.workerPids();
  const load = orderLoad(stack, { concurrency: CONCURRENCY });
  const { sent, emailed, invoiced, postLatencies, place, run } = load;

  await run(20, 0);
  // Unloaded latency: one order at a time.
  const single: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = Date.now();
    const { email } = await place(100 + i);
    await email;
    single.push(Date.now() - t0);
  }
  load.reset();
  const cpuBefore = treeCpuSeconds(stack.pid, workerPids);
  const first = Date.now();
  await run(ORDERS, 1000);
  const last = Math.max(...emailed.values());
  const cpuAfter = treeCpuSeconds(stack.pid, workerPids);
  load.stop();

  const memory = workerPids.map((pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mib = (field: string) => (Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024).toFixed(0);
    return `${mib('VmRSS')} / ${mib('VmHWM')}`;
  });
  await stack.stop();

  const endToEnd = [...sent].map(([id, at]) => emailed.get(id)! - at);
  // The notifier's share: from the worker's 'invoice issued' (the PDF is in S3) to the email sent.
  const notifying = [...sent.keys()].filter((id) => invoiced.has(id)).map((id) => emailed.get(id)! - invoiced.get(id)!);
  const cpuMsPerOrder = ((cpuAfter.seconds - cpuBefore.seconds) / ORDERS) * 1000;
  return {
    machine: machineLine(),
    rows: [
      { measure: 'invoice worker processes (BENCH_WORKERS → LOCAL_WORKERS)', value: String(WORKERS) },
      { measure: 'stack start-up (all emulators + components)', value: `${(startupMs / 1000).toFixed(1)} s` },
      { measure: `orders/s, POST to email sent (${ORDERS} orders, ${CONCURRENCY} concurrent clients)`, value: (ORDERS / ((last - first) / 1000)).toFixed(1) },
      { measure: 'POST /orders latency median / p95', value: `${q(postLatencies, 0.5).toFixed(0)} / ${q(postLatencies, 0.95).toFixed(0)} ms` },
      { measure: 'one order on an idle stack, POST to email sent, median / max', value: `${q(single, 0.5).toFixed(0)} / ${Math.max(...single).toFixed(0)} ms` },
      { measure: `POST to email sent under the ${ORDERS}-order load, median / p95`, value: `${q(endToEnd, 0.5).toFixed(0)} / ${q(endToEnd, 0.95).toFixed(0)} ms` },
      { measure: 'invoice issued to email sent under that load, median / p95', value: `${q(notifying, 0.5).toFixed(0)} / ${q(notifying, 0.95).toFixed(0)} ms` },
      {
        measure: `CPU per order, stack + ${cpuAfter.processes - 1} descendant processes (user + system)`,
        value: `${cpuMsPerOrder.toFixed(0)} ms (${((cpuAfter.seconds - cpuBefore.seconds) / ((last - first) / 1000)).toFixed(2)} cores busy)`,
      },
      {
        measure: 'CPU per order by process: stack (API, emulators, notifier, stream poller) / invoice workers / DynamoDB Local',
        value: (['stack', 'workers', 'others'] as const).map((part) => `${(((cpuAfter[part] - cpuBefore[part]) / ORDERS) * 1000).toFixed(0)}`).join(' / ') + ' ms',
      },
      { measure: 'invoice worker RSS at end / peak (VmRSS / VmHWM), per worker', value: `${memory.join(', ')} MiB` },
    ],
  };
}

/**
 * CPU seconds (user + system) used so far by `root` and all its descendants, from /proc/<pid>/stat:
 * utime + stime of each living process, plus cutime + cstime for children that exited and were
 * reaped (a replaced worker). Clock ticks are converted with the kernel's CLK_TCK.
 */
function treeCpuSeconds(root: number, workerPids: number[]) {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let text: string;
    try {
      text = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited since the listing
    }
    // Fields after the command name, which is in parentheses and may contain spaces: state is field 3.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(fields[n - 3]);
    stats.set(Number(entry), { ppid: field(4), ticks: field(14) + field(15) + field(16) + field(17) });
  }
  const tree = new Set([root]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, { ppid }] of stats) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  const seconds = (pids: Iterable<number>) => [...pids].reduce((sum, pid) => sum + (stats.get(pid)?.ticks ?? 0), 0) / CLOCK_TICKS;
  const workers = [...tree].filter((pid) => workerPids.includes(pid));
  const java = [...tree].filter((pid) => pid !== root && !workerPids.includes(pid));
  return { seconds: seconds(tree), processes: tree.size, stack: seconds([root]), workers: seconds(workers), others: seconds(java) };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

function q(values: number[], quantile: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? NaN;
}

if (require.main === module) {
  benchPipeline().then(
    ({ machine, rows }) => {
      console.log(machine);
      console.table(rows);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
