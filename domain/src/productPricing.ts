import { CatalogMismatchError, OrderValidationError } from './errors';
import { formatFieldPath, orderRuleIssues, type CreateOrderRequest, type FieldError, type PricedOrderRequest } from './orderRequest';
import type { Product } from './product';

/** The products an order names, by SKU (those the catalog has). */
export type Catalog = ReadonlyMap<string, Product>;

/** The distinct SKUs of an order's lines, in order of first appearance: what to read from the catalog. */
export const skusOf = (request: Pick<CreateOrderRequest, 'lineItems'>): string[] => [...new Set(request.lineItems.map((line) => line.sku))];

/**
 * Prices a checkout request from the catalog: every line gets the product's description, unit
 * price, VAT category and rate, as they are now. What the request states itself must be exactly
 * the catalog's: a line's description, price, category and rate, the order's `taxRateBps` for
 * lines without their own, and the order's currency. Then the order's VAT rules run on the priced
 * lines (an exempt product needs `vatExemptionReason`, a reverse-charged one the buyer's VAT ID).
 *
 * Pure. Throws CatalogMismatchError (unknown SKU, other currency, other description, price or VAT;
 * each error names the field) and OrderValidationError (the rules of the priced order).
 */
export function priceOrder(request: CreateOrderRequest, catalog: Catalog): PricedOrderRequest {
  const errors: FieldError[] = [];
  const reported = new Set<string>();
  const currencies = new Set<string>();
  const report = (path: (string | number)[], message: string) => {
    const error = { path: formatFieldPath(path), message };
    if (reported.has(`${error.path}:${message}`)) return;
    reported.add(`${error.path}:${message}`);
    errors.push(error);
  };
  const lineItems = request.lineItems.map((line, index) => {
    const product = catalog.get(line.sku);
    if (!product) {
      report(['lineItems', index, 'sku'], 'is not a product of the catalog (GET /products lists them)');
      return undefined;
    }
    const at = `lineItems[${index}] (${product.sku})`;
    if (product.currency !== request.currency && !currencies.has(product.currency)) {
      // Once per catalog currency: the first line in it says which.
      currencies.add(product.currency);
      report(['currency'], `must be ${product.currency}, the catalog currency of ${at}`);
    }
    if (line.description !== undefined && line.description !== product.description) {
      report(['lineItems', index, 'description'], `must be the catalog's description of ${product.sku}, ${JSON.stringify(product.description)}, or be left out`);
    }
    if (line.unitPriceMinor !== undefined && line.unitPriceMinor !== product.unitPriceMinor) {
      report(['lineItems', index, 'unitPriceMinor'], `must be ${product.unitPriceMinor}, the catalog price of ${product.sku}, or be left out`);
    }
    if (line.vatCategory !== undefined && line.vatCategory !== product.vatCategory) {
      report(['lineItems', index, 'vatCategory'], `must be ${product.vatCategory}, the catalog VAT category of ${product.sku}, or be left out`);
    }
    if (line.taxRateBps !== undefined) {
      if (line.taxRateBps !== product.taxRateBps) {
        report(['lineItems', index, 'taxRateBps'], `must be ${product.taxRateBps}, the catalog VAT rate of ${product.sku}, or be left out`);
      }
    } else if (request.taxRateBps !== undefined && request.taxRateBps !== product.taxRateBps) {
      // The line inherits the order's rate: the order states it for this line too.
      report(['taxRateBps'], `must be ${product.taxRateBps}, the catalog VAT rate of ${at}, or be left out (or ${at} must state its own rate)`);
    }
    return {
      sku: product.sku,
      description: product.description,
      quantity: line.quantity,
      unitPriceMinor: product.unitPriceMinor,
      vatCategory: product.vatCategory,
      taxRateBps: product.taxRateBps,
    };
  });
  if (errors.length) throw new CatalogMismatchError(errors);
  const priced: PricedOrderRequest = { ...request, lineItems: lineItems.map((line) => line!) };
  const ruleErrors = orderRuleIssues(priced).map((issue) => ({ path: formatFieldPath(issue.path), message: issue.message }));
  if (ruleErrors.length) throw new OrderValidationError(ruleErrors);
  return priced;
}
