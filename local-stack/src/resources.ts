import { orderEventsTopicName, productsTableName } from '@checkout/aws-adapters';

/** Names of a stage's resources, the same scheme as terraform-cdk uses in AWS. */
export interface StageResources {
  stage: string;
  ordersTable: string;
  idempotencyTable: string;
  /** The catalog (`products-<stage>`). */
  productsTable: string;
  invoicesBucket: string;
  ordersQueue: string;
  ordersDlq: string;
  /** SNS FIFO topic of the order events (`order-events-<stage>.fifo`). */
  orderEventsTopic: string;
}

export function stageResources(stage: string): StageResources {
  return {
    stage,
    ordersTable: `orders-${stage}`,
    idempotencyTable: `idempotency-${stage}`,
    productsTable: productsTableName(stage),
    invoicesBucket: `invoices-${stage}`,
    ordersQueue: `orders-${stage}`,
    ordersDlq: `orders-${stage}-dlq`,
    orderEventsTopic: orderEventsTopicName(stage),
  };
}

/** The dead-letter queue takes a message after this many receives. */
export const MAX_RECEIVE_COUNT = 3;
