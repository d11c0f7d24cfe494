import type { DeadLetterQueue, DocumentLinkGenerations, InvoiceFiles, Logger, OrderOperations, OrderQueue, OrderStore } from '@checkout/aws-adapters';

/** What the operations core needs, passed in: the real adapters, wired by `opsFromEnv` or a test. */
export interface OpsPorts {
  store: OrderStore;
  orders: OrderOperations;
  files: Pick<InvoiceFiles, 'exists' | 'raiseObjectCreated' | 'read'>;
  queue: OrderQueue;
  /** Revocation of emailed document links (the order's link generation). */
  links: Pick<DocumentLinkGenerations, 'revoke'>;
  deadLetters: DeadLetterQueue;
  ordersQueueUrl: string;
  clock: () => Date;
  logger: Logger;
}

/**
 * Told how far long work has come: the CLI draws a bar on a terminal, the console and tests
 * ignore it. `total` is unknown for work that learns its size as it goes.
 */
export interface Progress {
  start(label: string, total?: number): void;
  update(done: number): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { start() {}, update() {}, done() {} };
