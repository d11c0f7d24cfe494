import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
  type ShardIteratorType,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { type Logger, withoutSdkLogging } from '@checkout/aws-adapters';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export interface StreamPollerOptions {
  streamArn: string;
  region: string;
  /** The function the event source mapping invokes: gets the batch as Lambda would deliver it. */
  invoke: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;
  logger: Logger;
  /** Records per invocation at most; the event source mapping in terraform-cdk uses 100. */
  batchSize?: number;
  /** Wait before polling a shard again when it had nothing new (Lambda polls 4 times a second). */
  idlePollMs?: number;
  /** Wait before each retry of a failed batch; the last one repeats. Retries never stop (see `deliver`). */
  retryDelaysMs?: readonly number[];
  /** How often the stream is described to find new shards (DynamoDB rolls shards over). */
  discoverShardsMs?: number;
}

export interface StreamPoller {
  /** Stops polling; resolves once no invocation is running. */
  stop(): Promise<void>;
}

/** Doubling from 250 ms, then every 8 s. */
const DEFAULT_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000];

/**
 * Reads a DynamoDB stream with the Streams API and invokes a handler with each batch, the way the
 * Lambda event source mapping does in AWS: every shard from TRIM_HORIZON, child shards after their
 * parent is read to its end, records of a shard in order and one batch at a time. A batch that
 * fails (the handler throws, or reports `batchItemFailures`: ReportBatchItemFailures) is retried
 * from the first failed record until it succeeds, so nothing after it overtakes it and nothing is
 * dropped (AWS would drop a record after the stream's 24 h retention, to the on-failure destination;
 * here the stream lives as long as the process). Unlike AWS it does not bisect a failing batch: with
 * batch item failures the handler already says which record failed.
 */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const streams = withoutSdkLogging(new DynamoDBStreamsClient({ region: options.region }));
  const logger = options.logger;
  const batchSize = options.batchSize ?? 100;
  const idlePollMs = options.idlePollMs ?? 250;
  const retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const discoverShardsMs = options.discoverShardsMs ?? 5_000;

  const stop = new AbortController();
  /** Resolves after `ms`, or at once when the poller stops. */
  const pause = (ms: number) => sleep(ms, undefined, { signal: stop.signal }).catch(() => {});

  const reading = new Map<string, Promise<void>>();
  const finished = new Set<string>();

  async function discover(): Promise<void> {
    const shards: Shard[] = [];
    let ExclusiveStartShardId: string | undefined;
    do {
      const page = await streams.send(new DescribeStreamCommand({ StreamArn: options.streamArn, ExclusiveStartShardId }));
      shards.push(...(page.StreamDescription?.Shards ?? []));
      ExclusiveStartShardId = page.StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
    const known = new Set(shards.map((shard) => shard.ShardId!));
    for (const shard of shards) {
      const id = shard.ShardId!;
      const parent = shard.ParentShardId;
      // A child shard continues its parent's items: read it only once the parent is read to its end.
      if (reading.has(id) || (parent && known.has(parent) && !finished.has(parent))) continue;
      reading.set(
        id,
        readShard(id).catch((error) => logger.error('stream shard reader stopped', { shardId: id, error: String(error) })),
      );
    }
  }

  async function iterator(shardId: string, type: ShardIteratorType, sequenceNumber?: string): Promise<string | undefined> {
    const result = await streams.send(
      new GetShardIteratorCommand({ StreamArn: options.streamArn, ShardId: shardId, ShardIteratorType: type, SequenceNumber: sequenceNumber }),
    );
    return result.ShardIterator;
  }

  async function readShard(shardId: string): Promise<void> {
    let lastSequenceNumber: string | undefined;
    let next = await iterator(shardId, 'TRIM_HORIZON');
    while (next && !stop.signal.aborted) {
      let page;
      try {
        page = await streams.send(new GetRecordsCommand({ ShardIterator: next, Limit: batchSize }));
      } catch (error) {
        if (stop.signal.aborted) return;
        // An iterator can lapse (15 minutes in AWS) or be refused as trimmed (DynamoDB Local does so
        // now and then for a live iterator): take a new one after the last record delivered.
        const lapsed = error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException;
        if (!lapsed) logger.warn('reading the orders stream failed; trying again', { shardId, error: String(error) });
        await pause(lapsed ? 0 : idlePollMs);
        next = await (lastSequenceNumber ? iterator(shardId, 'AFTER_SEQUENCE_NUMBER', lastSequenceNumber) : iterator(shardId, 'TRIM_HORIZON')).catch(
          (reason: unknown) => {
            logger.warn('could not renew the orders stream iterator; trying again', { shardId, error: String(reason) });
            return next;
          },
        );
        continue;
      }
      const records = page.Records ?? [];
      if (records.length > 0) {
        await deliver(shardId, records);
        lastSequenceNumber = records.at(-1)!.dynamodb?.SequenceNumber;
      }
      next = page.NextShardIterator;
      if (records.length === 0 && next) await pause(idlePollMs);
    }
    if (!next) {
      finished.add(shardId);
      // Its children may start now.
      if (!stop.signal.aborted) await discover();
    }
  }

  /**
   * Invokes the handler with `records` until it succeeds (or the poller stops), as the event source
   * mapping in terraform-cdk does: it retries until the record expires from the stream (24 h).
   */
  async function deliver(shardId: string, records: StreamRecord[]): Promise<void> {
    let batch = records;
    for (let attempt = 0; !stop.signal.aborted; attempt++) {
      let failedFrom: number;
      try {
        const response = await options.invoke(lambdaEvent(batch, options.streamArn));
        const failures = (response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
        if (failures.length === 0) return;
        // As Lambda: retry from the lowest failed sequence number; an unknown one fails the whole batch.
        const indexes = failures.map((id) => batch.findIndex((record) => record.dynamodb?.SequenceNumber === id));
        failedFrom = indexes.includes(-1) ? 0 : Math.min(...indexes);
      } catch (error) {
        logger.error('order events handler threw; the batch is retried', { shardId, error: String(error) });
        failedFrom = 0;
      }
      batch = batch.slice(failedFrom);
      await pause(retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)]!);
    }
  }

  const discovery = (async () => {
    while (!stop.signal.aborted) {
      await discover().catch((error) => logger.warn('describing the orders stream failed', { error: String(error) }));
      await pause(discoverShardsMs);
    }
  })();

  return {
    async stop() {
      stop.abort();
      await discovery;
      await Promise.all(reading.values());
      streams.destroy();
    },
  };
}

/** A batch of stream records as the event source mapping hands it to Lambda. */
export function lambdaEvent(records: StreamRecord[], streamArn: string): DynamoDBStreamEvent {
  return {
    Records: records.map(
      (record): DynamoDBRecord => ({
        eventID: record.eventID,
        eventName: record.eventName,
        eventVersion: record.eventVersion,
        eventSource: record.eventSource,
        awsRegion: record.awsRegion,
        eventSourceARN: streamArn,
        dynamodb: {
          ...(record.dynamodb as NonNullable<DynamoDBRecord['dynamodb']>),
          // The SDK parses it into a Date; Lambda delivers epoch seconds.
          ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
            ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
            : undefined,
        },
      }),
    ),
  };
}
