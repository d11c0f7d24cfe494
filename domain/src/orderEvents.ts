import * as z from 'zod/mini';
import { OrderEventDataError } from './errors';
import type { Order } from './order';
import { ORDER_STATUSES, type OrderStatus } from './orderStatus';
import { REFUND_STATUSES, type Refund, type RefundStatus } from './refund';
import './zodLocale';

/**
 * The events published for every change of an order's status (one event per change), and the
 * schemas they follow. Each event type is versioned on its own (`schemaVersion`); a breaking change
 * to a type's fields is a new version, published beside the old one until its subscribers moved.
 * The JSON Schemas generated from these (`orderEventJsonSchemas`) are checked in under
 * docs/events/ and a unit test keeps them in step.
 *
 * No personal data: events carry ids, statuses, amounts and the invoice number, never the
 * customer's name, email address or postal address. A subscriber that needs them reads the order.
 */

export const ORDER_EVENT_TYPES = ['OrderCreated', 'OrderStatusChanged', 'InvoiceIssued', 'InvoiceEmailed', 'OrderFailed'] as const;
/** The events of a refund of an order, one per refund status; published on the same topic, in the order's message group. */
export const REFUND_EVENT_TYPES = ['RefundRequested', 'CreditNoteIssued', 'CreditNoteEmailed', 'RefundFailed'] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number] | (typeof REFUND_EVENT_TYPES)[number];

/** The schema version of each event type that is published now. */
export const ORDER_EVENT_SCHEMA_VERSIONS: Record<OrderEventType, number> = {
  OrderCreated: 1,
  OrderStatusChanged: 1,
  InvoiceIssued: 1,
  InvoiceEmailed: 1,
  OrderFailed: 1,
  RefundRequested: 1,
  CreditNoteIssued: 1,
  CreditNoteEmailed: 1,
  RefundFailed: 1,
};

const Status = z.enum(ORDER_STATUSES).check(z.meta({ description: 'An order status.' }));
const Instant = z.iso.datetime({ offset: false }).check(z.meta({ description: 'UTC ISO-8601 instant.' }));
const Minor = z.number().check(z.int(), z.minimum(0), z.meta({ description: 'Amount in integer minor units (cents) of `currency`.' }));

const Ulid = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/));
const RefundStatusSchema = z.enum(REFUND_STATUSES).check(z.meta({ description: 'A refund status.' }));

/** What an event is about: an order, or a refund of one (which also names its order). */
interface EventSubject<S extends z.core.$ZodShape, E extends z.ZodMiniType<string>> {
  noun: 'order' | 'refund';
  /** The parts of `eventId`, as documented. */
  eventIdPattern: string;
  /** The ids the event carries, between `schemaVersion` and `status`. */
  ids: S;
  status: E;
}

const ORDER_SUBJECT = {
  noun: 'order',
  eventIdPattern: '<orderId>:<status>:<occurredAt>',
  ids: { orderId: Ulid.check(z.meta({ description: 'The order (a ULID).' })) },
  status: Status,
} satisfies EventSubject<z.core.$ZodShape, z.ZodMiniType<string>>;

const REFUND_SUBJECT = {
  noun: 'refund',
  eventIdPattern: '<refundId>:<status>:<occurredAt>',
  ids: { orderId: Ulid.check(z.meta({ description: 'The refunded order (a ULID).' })), refundId: Ulid.check(z.meta({ description: 'The refund (a ULID).' })) },
  status: RefundStatusSchema,
} satisfies EventSubject<z.core.$ZodShape, z.ZodMiniType<string>>;

/** Fields every event has, for its subject; `data` is the type's own. */
const eventEnvelope = <T extends OrderEventType, S extends z.core.$ZodShape, E extends z.ZodMiniType<string>, D extends z.ZodMiniType>(
  eventType: T,
  description: string,
  subject: EventSubject<S, E>,
  data: D,
) =>
  z
    .strictObject({
      eventId: z.string().check(
        z.minLength(1),
        z.maxLength(128),
        z.meta({
          description: `Deterministic id of the change: \`${subject.eventIdPattern}\`. The same change always has the same id, however often it is delivered; deduplicate on it.`,
        }),
      ),
      eventType: z.literal(eventType),
      schemaVersion: z.literal(ORDER_EVENT_SCHEMA_VERSIONS[eventType]),
      ...subject.ids,
      status: subject.status.check(z.meta({ description: `The status the ${subject.noun} entered with this change.` })),
      occurredAt: Instant.check(z.meta({ description: `When the ${subject.noun} entered \`status\` (the time of the write that changed it).` })),
      data,
    })
    .check(z.meta({ title: `${eventType} v${ORDER_EVENT_SCHEMA_VERSIONS[eventType]}`, description }));

const envelope = <T extends OrderEventType, D extends z.ZodMiniType>(eventType: T, description: string, data: D) =>
  eventEnvelope(eventType, description, ORDER_SUBJECT, data);

const refundEnvelope = <T extends OrderEventType, D extends z.ZodMiniType>(eventType: T, description: string, data: D) =>
  eventEnvelope(eventType, description, REFUND_SUBJECT, data);

export const OrderCreatedSchema = envelope(
  'OrderCreated',
  'An order was accepted (status RECEIVED): it is stored and will be invoiced.',
  z.strictObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/), z.meta({ description: 'ISO 4217 code.' })),
    subtotalMinor: Minor,
    taxMinor: Minor,
    totalMinor: Minor,
    lineItemCount: z.number().check(z.int(), z.minimum(1)),
    customerCountry: z.string().check(z.regex(/^[A-Z]{2}$/), z.meta({ description: 'ISO 3166-1 alpha-2 country of the billing address.' })),
  }),
);

export const OrderStatusChangedSchema = envelope(
  'OrderStatusChanged',
  'The order moved to a status that has no event type of its own (PROCESSING, CANCELLED, and any status added later).',
  z.strictObject({ previousStatus: Status }),
);

export const InvoiceIssuedSchema = envelope(
  'InvoiceIssued',
  'The invoice is numbered and stored (status INVOICED); its PDF is in the invoices bucket under `objectKey`.',
  z.strictObject({
    previousStatus: Status,
    invoiceNumber: z.string().check(z.regex(/^INV-\d{4}-\d{6,}$/)),
    issuedAt: Instant,
    objectKey: z.string().check(z.minLength(1), z.meta({ description: 'S3 key of the Factur-X PDF in the invoices bucket.' })),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    totalMinor: Minor,
  }),
);

export const InvoiceEmailedSchema = envelope(
  'InvoiceEmailed',
  'The customer was emailed a link to the invoice (status NOTIFIED).',
  z.strictObject({
    previousStatus: Status,
    invoiceNumber: z.string().check(z.regex(/^INV-\d{4}-\d{6,}$/)),
    messageId: z.optional(z.string()).check(z.meta({ description: 'Message-ID of the email, as the mail server accepted it.' })),
  }),
);

export const OrderFailedSchema = envelope(
  'OrderFailed',
  'Invoicing the order failed for good (status FAILED) after the queue\'s last attempt.',
  z.strictObject({
    previousStatus: Status,
    failureReason: z.optional(z.string()).check(z.meta({ description: 'Why the last attempt failed.' })),
  }),
);

const CreditNoteNumber = z.string().check(z.regex(/^CN-\d{4}-\d{6,}$/));

export const RefundRequestedSchema = refundEnvelope(
  'RefundRequested',
  'A refund of an invoiced order was accepted (status REQUESTED); its credit note follows.',
  z.strictObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/), z.meta({ description: 'ISO 4217 code.' })),
    subtotalMinor: Minor,
    taxMinor: Minor,
    totalMinor: Minor.check(z.meta({ description: 'The amount refunded, VAT included.' })),
    lineCount: z.number().check(z.int(), z.minimum(1), z.meta({ description: 'How many order lines the refund credits.' })),
  }),
);

export const CreditNoteIssuedSchema = refundEnvelope(
  'CreditNoteIssued',
  'The credit note is numbered and stored (status CREDITED); its PDF is in the invoices bucket under `objectKey`.',
  z.strictObject({
    previousStatus: RefundStatusSchema,
    creditNoteNumber: CreditNoteNumber,
    issuedAt: Instant,
    objectKey: z.string().check(z.minLength(1), z.meta({ description: 'S3 key of the Factur-X PDF of the credit note in the invoices bucket.' })),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    totalMinor: Minor,
  }),
);

export const CreditNoteEmailedSchema = refundEnvelope(
  'CreditNoteEmailed',
  'The customer was emailed a link to the credit note (status NOTIFIED).',
  z.strictObject({
    previousStatus: RefundStatusSchema,
    creditNoteNumber: CreditNoteNumber,
    messageId: z.optional(z.string()).check(z.meta({ description: 'Message-ID of the email, as the mail server accepted it.' })),
  }),
);

export const RefundFailedSchema = refundEnvelope(
  'RefundFailed',
  'Issuing the credit note failed for good (status FAILED) after the queue\'s last attempt.',
  z.strictObject({
    previousStatus: RefundStatusSchema,
    failureReason: z.optional(z.string()).check(z.meta({ description: 'Why the last attempt failed.' })),
  }),
);

export const OrderEventSchema = z.discriminatedUnion('eventType', [
  OrderCreatedSchema,
  OrderStatusChangedSchema,
  InvoiceIssuedSchema,
  InvoiceEmailedSchema,
  OrderFailedSchema,
  RefundRequestedSchema,
  CreditNoteIssuedSchema,
  CreditNoteEmailedSchema,
  RefundFailedSchema,
]);

export type OrderEvent = z.infer<typeof OrderEventSchema>;
export type OrderEventOf<T extends OrderEventType> = Extract<OrderEvent, { eventType: T }>;

/** The event type of a move into `status`. */
export function orderEventTypeFor(status: OrderStatus, isCreation: boolean): OrderEventType {
  if (isCreation) return 'OrderCreated';
  switch (status) {
    case 'INVOICED':
      return 'InvoiceIssued';
    case 'NOTIFIED':
      return 'InvoiceEmailed';
    case 'FAILED':
      return 'OrderFailed';
    default:
      return 'OrderStatusChanged';
  }
}

/** The deterministic id of the change that moved `orderId` into `status` at `occurredAt`. */
export function orderEventId(orderId: string, status: OrderStatus, occurredAt: string): string {
  return `${orderId}:${status}:${occurredAt}`;
}

/**
 * The event of one write to an order, from the order before (`undefined` when the write created it)
 * and after. A write that did not change the status (a redelivered order resuming PROCESSING, an
 * invoice number assigned, a failure reason recorded) has no event: returns undefined. Pure and
 * deterministic: the same write always gives the same event, id included. Throws
 * OrderEventDataError when the stored order lacks what the event must carry.
 */
export function orderEventFor(before: Order | undefined, after: Order): OrderEvent | undefined {
  if (before && before.status === after.status) return undefined;
  const status = after.status;
  // The write that changes the status sets updatedAt to its own time (and statusTimestamps[status]).
  const occurredAt = after.updatedAt;
  const eventType = orderEventTypeFor(status, before === undefined);
  const common = {
    eventId: orderEventId(after.orderId, status, occurredAt),
    schemaVersion: ORDER_EVENT_SCHEMA_VERSIONS[eventType],
    orderId: after.orderId,
    status,
    occurredAt,
  };
  const previousStatus = before?.status as OrderStatus;
  let event: unknown;
  switch (eventType) {
    case 'OrderCreated':
      event = {
        ...common,
        eventType,
        data: {
          currency: after.currency,
          subtotalMinor: after.subtotalMinor,
          taxMinor: after.taxMinor,
          totalMinor: after.totalMinor,
          lineItemCount: after.lineItems.length,
          customerCountry: after.customer.billingAddress.country,
        },
      };
      break;
    case 'InvoiceIssued':
      if (!after.invoice?.objectKey) throw new OrderEventDataError(after.orderId, 'INVOICED without an invoice object key');
      event = {
        ...common,
        eventType,
        data: {
          previousStatus,
          invoiceNumber: after.invoice.invoiceNumber,
          issuedAt: after.invoice.issuedAt,
          objectKey: after.invoice.objectKey,
          currency: after.currency,
          totalMinor: after.totalMinor,
        },
      };
      break;
    case 'InvoiceEmailed':
      if (!after.invoice) throw new OrderEventDataError(after.orderId, 'NOTIFIED without an invoice');
      event = {
        ...common,
        eventType,
        data: {
          previousStatus,
          invoiceNumber: after.invoice.invoiceNumber,
          ...(after.notification?.messageId ? { messageId: after.notification.messageId } : {}),
        },
      };
      break;
    case 'OrderFailed':
      event = {
        ...common,
        eventType,
        data: { previousStatus, ...(after.failureReason ? { failureReason: after.failureReason } : {}) },
      };
      break;
    case 'OrderStatusChanged':
      event = { ...common, eventType, data: { previousStatus } };
      break;
  }
  return validated(after.orderId, event);
}

/** Validated on the way out: what we publish is what the documented schema says. */
function validated(orderId: string, event: unknown): OrderEvent {
  const parsed = OrderEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new OrderEventDataError(orderId, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The event type of a refund's move into `status`. */
export function refundEventTypeFor(status: RefundStatus): OrderEventType {
  switch (status) {
    case 'REQUESTED':
      return 'RefundRequested';
    case 'CREDITED':
      return 'CreditNoteIssued';
    case 'NOTIFIED':
      return 'CreditNoteEmailed';
    case 'FAILED':
      return 'RefundFailed';
  }
}

/**
 * The event of one write to a refund, as `orderEventFor` for an order: undefined when the status
 * did not change (a credit note number assigned, a notification lease). Pure and deterministic.
 * Carries amounts and numbers, never the refund's free-text reason.
 */
export function refundEventFor(before: Refund | undefined, after: Refund): OrderEvent | undefined {
  if (before && before.status === after.status) return undefined;
  const status = after.status;
  const occurredAt = after.updatedAt;
  const eventType = refundEventTypeFor(status);
  const common = {
    eventId: `${after.refundId}:${status}:${occurredAt}`,
    eventType,
    schemaVersion: ORDER_EVENT_SCHEMA_VERSIONS[eventType],
    orderId: after.orderId,
    refundId: after.refundId,
    status,
    occurredAt,
  };
  const previousStatus = before?.status;
  const creditNote = after.creditNote;
  switch (status) {
    case 'REQUESTED':
      return validated(after.orderId, {
        ...common,
        data: { currency: after.currency, subtotalMinor: after.subtotalMinor, taxMinor: after.taxMinor, totalMinor: after.totalMinor, lineCount: after.lines.length },
      });
    case 'CREDITED':
      if (!creditNote?.objectKey) throw new OrderEventDataError(after.orderId, `refund ${after.refundId} CREDITED without a credit note object key`);
      return validated(after.orderId, {
        ...common,
        data: {
          previousStatus,
          creditNoteNumber: creditNote.creditNoteNumber,
          issuedAt: creditNote.issuedAt,
          objectKey: creditNote.objectKey,
          currency: after.currency,
          totalMinor: after.totalMinor,
        },
      });
    case 'NOTIFIED':
      if (!creditNote) throw new OrderEventDataError(after.orderId, `refund ${after.refundId} NOTIFIED without a credit note`);
      return validated(after.orderId, {
        ...common,
        data: { previousStatus, creditNoteNumber: creditNote.creditNoteNumber, ...(after.notification?.messageId ? { messageId: after.notification.messageId } : {}) },
      });
    case 'FAILED':
      return validated(after.orderId, { ...common, data: { previousStatus, ...(after.failureReason ? { failureReason: after.failureReason } : {}) } });
  }
}

/** The JSON Schema (draft 2020-12) of each event type, by file name: `<EventType>.v<version>.schema.json`. */
export function orderEventJsonSchemas(): Record<string, object> {
  const schemas = [
    OrderCreatedSchema,
    OrderStatusChangedSchema,
    InvoiceIssuedSchema,
    InvoiceEmailedSchema,
    OrderFailedSchema,
    RefundRequestedSchema,
    CreditNoteIssuedSchema,
    CreditNoteEmailedSchema,
    RefundFailedSchema,
  ];
  return Object.fromEntries(
    schemas.map((schema) => {
      const eventType = schema.shape.eventType.def.values[0]!;
      const version = ORDER_EVENT_SCHEMA_VERSIONS[eventType];
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
      return [`${eventType}.v${version}.schema.json`, { ...json, $id: `https://checkout.example.com/schemas/events/${eventType}.v${version}.schema.json` }];
    }),
  );
}
