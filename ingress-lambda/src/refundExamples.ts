/** Request examples for POST /orders/{id}/refunds in the OpenAPI document; the API test posts each. */
export const REFUND_EXAMPLES = {
  partial: {
    summary: 'Two of line 2 and one of SKU MUG-2',
    value: { lines: [{ lineNumber: 2, quantity: 2 }, { sku: 'MUG-2', quantity: 1 }], reason: 'Damaged in transit' },
  },
  everything: {
    summary: 'Everything not yet refunded',
    value: { reason: 'Order returned' },
  },
} as const;
