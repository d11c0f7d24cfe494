import type { OrderInvoice } from '@checkout/domain';
import { describeError, type Logger } from '../logger';
import { NUMBERING_SHARDS } from '../tableKeys';
import { InvoiceNumbers, MAX_BATCH, numberingRefused } from './invoiceNumbers';

export interface InvoiceNumbererOptions {
  /** This process, as the lease names it (e.g. the ECS task id, or host:pid). */
  holderId: string;
  /** How long the lease lasts unrenewed: how long the fleet waits for numbers when its numberer dies. */
  leaseMs: number;
  /** How often a waiting worker reads whether its orders were numbered. */
  followerPollMs: number;
  /** Longest pause between two looks at the index when there was nothing to number. */
  idlePollMaxMs: number;
}

export const DEFAULT_NUMBERER_OPTIONS: Omit<InvoiceNumbererOptions, 'holderId'> = { leaseMs: 10_000, followerPollMs: 100, idlePollMaxMs: 500 };

/** Requests from the index in one cycle from which the numberer reads every shard each cycle. */
const BUSY_INDEX_REQUESTS = 8;

interface Waiter {
  resolve(invoice: OrderInvoice): void;
  reject(error: Error): void;
}

/**
 * Assigns invoice numbers for a whole fleet of workers without contention on the series counter.
 *
 * One worker at a time holds a lease (the `NUMBERER` item) and is the fleet's numberer: it numbers
 * its own orders and every other worker's pending requests (the sparse `numbering` index) in
 * transactions of up to 49 orders, one after another, so the counter is never raced. The others
 * read their orders back (one consistent BatchGetItem for all they wait on) until numbered, and
 * take the lease over when it expires. Correctness never depends on the lease: every transaction
 * is conditional on the counter, so two numberers at once (a paused one and its successor) cost a
 * retry, never a duplicate or a gap.
 *
 * `numberFor` waits as long as it takes; the caller's message heartbeat keeps it invisible.
 */
export class InvoiceNumberer {
  private readonly waiting = new Map<string, Waiter[]>();
  /**
   * Orders this numberer numbered (or found numbered) lately, with when: a lagging index entry is
   * not numbered again, and a worker that asks for a number the index request already got it
   * answered without a transaction.
   */
  private readonly recentlyNumbered = new Map<string, { at: number; invoice?: OrderInvoice }>();
  private leader = false;
  private leaseCheckedAt = 0;
  private running = false;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private renewal: NodeJS.Timeout | undefined;
  private nextIndexQuery: Promise<string[]> | undefined;
  /** The last index query brought many requests: read every shard per cycle. */
  private indexBusy = false;
  private shard = 0;

  constructor(
    private readonly numbers: InvoiceNumbers,
    private readonly options: InvoiceNumbererOptions,
    /** The issue date of the invoices. Leases run on the wall clock, which every worker shares. */
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  /** True while this process holds the numbering lease. */
  get isNumberer(): boolean {
    return this.leader;
  }

  /**
   * The invoice number of a PROCESSING order whose numbering request is stored (see
   * `OrderStore.startProcessing`). Rejects with OrderStatusConflictError if the order left
   * PROCESSING without a number, OrderNotFoundError if it is gone.
   */
  numberFor(orderId: string): Promise<OrderInvoice> {
    if (this.stopped) return Promise.reject(new Error(`invoice numbering stopped before order ${orderId} was numbered`));
    const known = this.recentlyNumbered.get(orderId)?.invoice;
    if (known) return Promise.resolve(known);
    const numbered = new Promise<OrderInvoice>((resolve, reject) => {
      const waiters = this.waiting.get(orderId) ?? [];
      waiters.push({ resolve, reject });
      this.waiting.set(orderId, waiters);
    });
    this.start();
    this.wake?.();
    return numbered;
  }

  start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.loop = this.run();
  }

  /**
   * Stops numbering and gives the lease up, so another worker takes over at once. Orders still
   * waiting are rejected: their messages go back to the queue. Call it after the worker drained.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.running = false;
    this.wake?.();
    await this.loop;
    clearInterval(this.renewal);
    for (const orderId of [...this.waiting.keys()]) this.settle(orderId, new Error(`invoice numbering stopped before order ${orderId} was numbered`));
    if (this.leader) {
      this.leader = false;
      await this.numbers.releaseLease(this.options.holderId).catch((error) => this.logger.warn('could not release the numbering lease', { error: describeError(error) }));
    }
  }

  private async run(): Promise<void> {
    let idleMs = 0;
    let emptyCycles = 0;
    while (this.running) {
      try {
        if (!this.leader) await this.tryToLead();
        const busy = this.leader ? await this.numberPending() : await this.readBack();
        emptyCycles = busy ? 0 : emptyCycles + 1;
        // The leader backs off only after a whole round of empty index shards.
        idleMs = emptyCycles < NUMBERING_SHARDS ? 0 : Math.min(this.options.idlePollMaxMs, Math.max(this.options.followerPollMs, idleMs * 2));
        if (!this.leader) idleMs = this.waiting.size > 0 ? this.followerPause() : this.options.idlePollMaxMs;
        if (idleMs > 0 && this.running) await this.pause(idleMs);
      } catch (error) {
        this.logger.error('invoice numbering failed; retrying', { error: describeError(error) });
        await this.pause(Math.max(200, this.options.followerPollMs));
      }
    }
  }

  /**
   * Leader: numbers up to one batch of local and fleet requests. True if it numbered anything.
   * While the index brings few requests, each cycle reads one shard, the next one each time (a
   * request waits at most NUMBERING_SHARDS cycles, for a quarter of the reads); once it brings
   * many, every shard each cycle (the reads are shared by many orders then). The index query for
   * the next batch runs while this batch's transaction does, so a cycle costs one round trip, not
   * two; what it returns that this batch numbered is skipped next time.
   */
  private async numberPending(): Promise<boolean> {
    const fromIndex = this.nextIndexQuery ?? this.queryIndex();
    this.nextIndexQuery = undefined;
    const batch = [...this.waiting.keys()].slice(0, MAX_BATCH);
    const local = batch.length;
    this.forgetOldNumbered();
    for (const orderId of await fromIndex) {
      if (batch.length >= MAX_BATCH) break;
      if (!this.waiting.has(orderId) && !this.recentlyNumbered.has(orderId)) batch.push(orderId);
    }
    this.indexBusy = batch.length - local >= BUSY_INDEX_REQUESTS;
    if (batch.length === 0) return false;
    this.nextIndexQuery = this.queryIndex();
    this.nextIndexQuery.catch(() => undefined); // a failed query surfaces when awaited
    const results = await this.numbers.numberBatch(batch, this.clock());
    const at = Date.now();
    for (const result of results) {
      this.recentlyNumbered.delete(result.orderId); // keep insertion order = time order
      this.recentlyNumbered.set(result.orderId, { at, ...('invoice' in result ? { invoice: result.invoice } : {}) });
      this.settle(result.orderId, 'invoice' in result ? result.invoice : result.error);
    }
    return true;
  }

  private async queryIndex(): Promise<string[]> {
    if (!this.indexBusy) return this.numbers.pendingRequests(this.shard++, MAX_BATCH);
    const perShard = Math.ceil(MAX_BATCH / NUMBERING_SHARDS);
    const pages = await Promise.all(Array.from({ length: NUMBERING_SHARDS }, (_, shard) => this.numbers.pendingRequests(shard, perShard)));
    return pages.flat();
  }

  /**
   * How long a follower waits before reading its orders back: followerPollMs while it waits for a
   * few, down to a fifth of it when it waits for many (one read serves them all).
   */
  private followerPause(): number {
    return this.options.followerPollMs / Math.min(5, Math.max(1, Math.ceil(this.waiting.size / 5)));
  }

  /** Follower: reads back the orders it waits for. True if any got its number. */
  private async readBack(): Promise<boolean> {
    const orderIds = [...this.waiting.keys()].slice(0, 99);
    if (orderIds.length === 0) return false;
    const state = await this.numbers.readState(orderIds);
    let settled = false;
    for (const orderId of orderIds) {
      const order = state.orders.get(orderId);
      if (order?.invoice) {
        this.settle(orderId, order.invoice);
        settled = true;
      } else if (order?.status !== 'PROCESSING') {
        this.settle(orderId, numberingRefused(orderId, order?.status));
      }
    }
    // Whoever held the lease stopped renewing it: take over on the next turn.
    if (!state.lease || state.lease.leaseUntil < Date.now()) this.leaseCheckedAt = 0;
    return settled;
  }

  private async tryToLead(): Promise<void> {
    // Only a worker that waits for numbers asks, and only when it has not asked yet or saw the
    // lease expire (readBack resets leaseCheckedAt).
    if (this.waiting.size === 0 || this.leaseCheckedAt !== 0) return;
    this.leaseCheckedAt = Date.now();
    if (!(await this.numbers.holdLease(this.options.holderId, new Date(), this.options.leaseMs))) return;
    this.leader = true;
    this.logger.info('this worker now assigns the invoice numbers', { holderId: this.options.holderId });
    clearInterval(this.renewal);
    this.renewal = setInterval(() => void this.renew(), this.options.leaseMs / 3);
    this.renewal.unref();
  }

  private async renew(): Promise<void> {
    if (!this.leader || !this.running) return;
    const held = await this.numbers.holdLease(this.options.holderId, new Date(), this.options.leaseMs).catch((error) => {
      this.logger.warn('could not renew the numbering lease', { error: describeError(error) });
      return true; // keep numbering; the counter condition keeps a lapsed lease safe
    });
    if (!held) {
      this.leader = false;
      clearInterval(this.renewal);
      this.logger.warn('another worker took over invoice numbering', { holderId: this.options.holderId });
    }
  }

  private settle(orderId: string, outcome: OrderInvoice | Error): void {
    const waiters = this.waiting.get(orderId);
    if (!waiters) return;
    this.waiting.delete(orderId);
    for (const waiter of waiters) outcome instanceof Error ? waiter.reject(outcome) : waiter.resolve(outcome);
  }

  private forgetOldNumbered(): void {
    const horizon = Date.now() - 60_000;
    for (const [orderId, { at }] of this.recentlyNumbered) {
      if (at >= horizon) break; // insertion order is time order
      this.recentlyNumbered.delete(orderId);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      // Unref'd: a numberer alone never keeps a process alive.
      const timer = setTimeout(done, ms).unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
