import os from 'node:os';

/** The line every benchmark prints first: Node, CPU model and cores, memory. */
export function machineLine(): string {
  return `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}`;
}
