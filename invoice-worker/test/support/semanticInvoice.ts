import { checkEn16931, type RuleViolation, type SemanticInvoice, type SemanticParty } from '@checkout/domain';
import { XMLParser } from 'fast-xml-parser';

/**
 * Reads the EN 16931 business terms back from the XML we issue (CII or UBL), so the business
 * rules run on what a buyer receives. Namespace prefixes are dropped; every value stays text.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['IncludedSupplyChainTradeLineItem', 'ApplicableTradeTax', 'InvoiceLine', 'CreditNoteLine', 'TaxSubtotal', 'TaxTotal', 'PartyTaxScheme', 'SpecifiedTaxRegistration', 'SpecifiedTradeSettlementPaymentMeans', 'PaymentMeans', 'IncludedNote', 'Note', 'InvoiceReferencedDocument', 'BillingReference'].includes(name),
});

type Node = Record<string, unknown>;

/** The text of a path of child names; an element with attributes gives its `#text`. */
function text(node: unknown, ...path: string[]): string | undefined {
  let current: unknown = node;
  for (const name of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Node)[name];
  }
  if (Array.isArray(current)) current = current[0];
  if (typeof current === 'string') return current;
  if (current && typeof current === 'object' && '#text' in current) return String((current as Node)['#text']);
  return undefined;
}

function list(node: unknown, ...path: string[]): Node[] {
  let current: unknown = node;
  for (const name of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return [];
    current = (current as Node)[name];
  }
  if (current === undefined) return [];
  return (Array.isArray(current) ? current : [current]) as Node[];
}

/** A CII (Factur-X) invoice's business terms. */
export function semanticInvoiceFromCii(xml: string): SemanticInvoice {
  const root = (parser.parse(xml) as Node)['CrossIndustryInvoice'] as Node;
  const transaction = root['SupplyChainTradeTransaction'] as Node;
  const agreement = transaction['ApplicableHeaderTradeAgreement'] as Node;
  const settlement = transaction['ApplicableHeaderTradeSettlement'] as Node;
  const sums = settlement['SpecifiedTradeSettlementHeaderMonetarySummation'];
  const party = (name: string): SemanticParty => {
    const node = agreement[name];
    const registrations = list(node, 'SpecifiedTaxRegistration');
    const byScheme = (scheme: string) => text(registrations.find((registration) => (registration['ID'] as Node | undefined)?.['@schemeID'] === scheme), 'ID');
    return {
      name: text(node, 'Name'),
      addressLine: text(node, 'PostalTradeAddress', 'LineOne'),
      country: text(node, 'PostalTradeAddress', 'CountryID'),
      vatId: byScheme('VA'),
      taxRegistrationId: byScheme('FC'),
    };
  };
  const means = list(settlement, 'SpecifiedTradeSettlementPaymentMeans')[0];
  return {
    specification: text(root, 'ExchangedDocumentContext', 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
    number: text(root, 'ExchangedDocument', 'ID'),
    issueDate: text(root, 'ExchangedDocument', 'IssueDateTime', 'DateTimeString'),
    typeCode: text(root, 'ExchangedDocument', 'TypeCode'),
    currency: text(settlement, 'InvoiceCurrencyCode'),
    dueDate: text(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime', 'DateTimeString'),
    paymentTerms: text(settlement, 'SpecifiedTradePaymentTerms', 'Description'),
    paymentMeansCode: text(means, 'TypeCode'),
    payeeAccount: text(means, 'PayeePartyCreditorFinancialAccount', 'IBANID') ?? text(means, 'PayeePartyCreditorFinancialAccount', 'ProprietaryID'),
    seller: party('SellerTradeParty'),
    buyer: party('BuyerTradeParty'),
    sumOfLineNetAmounts: text(sums, 'LineTotalAmount'),
    sumOfAllowances: text(sums, 'AllowanceTotalAmount'),
    sumOfCharges: text(sums, 'ChargeTotalAmount'),
    totalWithoutVat: text(sums, 'TaxBasisTotalAmount'),
    totalVat: text(sums, 'TaxTotalAmount'),
    totalWithVat: text(sums, 'GrandTotalAmount'),
    paidAmount: text(sums, 'TotalPrepaidAmount'),
    roundingAmount: text(sums, 'RoundingAmount'),
    amountDue: text(sums, 'DuePayableAmount'),
    lines: list(transaction, 'IncludedSupplyChainTradeLineItem').map((line) => ({
      id: text(line, 'AssociatedDocumentLineDocument', 'LineID'),
      quantity: text(line, 'SpecifiedLineTradeDelivery', 'BilledQuantity'),
      netAmount: text(line, 'SpecifiedLineTradeSettlement', 'SpecifiedTradeSettlementLineMonetarySummation', 'LineTotalAmount'),
      netPrice: text(line, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice', 'ChargeAmount'),
      itemName: text(line, 'SpecifiedTradeProduct', 'Name'),
      vatCategory: text(line, 'SpecifiedLineTradeSettlement', 'ApplicableTradeTax', 'CategoryCode'),
      vatRate: text(line, 'SpecifiedLineTradeSettlement', 'ApplicableTradeTax', 'RateApplicablePercent'),
    })),
    precedingInvoices: list(settlement, 'InvoiceReferencedDocument').map((reference) => ({
      number: text(reference, 'IssuerAssignedID'),
      issueDate: text(reference, 'FormattedIssueDateTime', 'DateTimeString'),
    })),
    vatBreakdown: list(settlement, 'ApplicableTradeTax').map((tax) => ({
      taxableAmount: text(tax, 'BasisAmount'),
      taxAmount: text(tax, 'CalculatedAmount'),
      category: text(tax, 'CategoryCode'),
      rate: text(tax, 'RateApplicablePercent'),
      exemptionReason: text(tax, 'ExemptionReason'),
      exemptionReasonCode: text(tax, 'ExemptionReasonCode'),
    })),
  };
}

/** A UBL 2.1 invoice's (or credit note's) business terms. */
export function semanticInvoiceFromUbl(xml: string): SemanticInvoice {
  const parsed = parser.parse(xml) as Node;
  const root = (parsed['Invoice'] ?? parsed['CreditNote']) as Node;
  const totals = root['LegalMonetaryTotal'];
  const taxTotal = list(root, 'TaxTotal')[0];
  const party = (name: string): SemanticParty => {
    const node = (root[name] as Node)['Party'];
    const schemes = list(node, 'PartyTaxScheme');
    const byScheme = (scheme: string) => text(schemes.find((entry) => text(entry, 'TaxScheme', 'ID') === scheme), 'CompanyID');
    return {
      name: text(node, 'PartyLegalEntity', 'RegistrationName'),
      addressLine: text(node, 'PostalAddress', 'StreetName'),
      country: text(node, 'PostalAddress', 'Country', 'IdentificationCode'),
      vatId: byScheme('VAT'),
      taxRegistrationId: byScheme('FC'),
    };
  };
  const means = list(root, 'PaymentMeans')[0];
  return {
    specification: text(root, 'CustomizationID'),
    number: text(root, 'ID'),
    issueDate: text(root, 'IssueDate'),
    typeCode: text(root, 'InvoiceTypeCode') ?? text(root, 'CreditNoteTypeCode'),
    currency: text(root, 'DocumentCurrencyCode'),
    dueDate: text(root, 'DueDate') ?? text(means, 'PaymentDueDate'),
    paymentTerms: text(root, 'PaymentTerms', 'Note'),
    paymentMeansCode: text(means, 'PaymentMeansCode'),
    payeeAccount: text(means, 'PayeeFinancialAccount', 'ID'),
    seller: party('AccountingSupplierParty'),
    buyer: party('AccountingCustomerParty'),
    sumOfLineNetAmounts: text(totals, 'LineExtensionAmount'),
    sumOfAllowances: text(totals, 'AllowanceTotalAmount'),
    sumOfCharges: text(totals, 'ChargeTotalAmount'),
    totalWithoutVat: text(totals, 'TaxExclusiveAmount'),
    totalVat: text(taxTotal, 'TaxAmount'),
    totalWithVat: text(totals, 'TaxInclusiveAmount'),
    paidAmount: text(totals, 'PrepaidAmount'),
    roundingAmount: text(totals, 'PayableRoundingAmount'),
    amountDue: text(totals, 'PayableAmount'),
    lines: [...list(root, 'InvoiceLine'), ...list(root, 'CreditNoteLine')].map((line) => ({
      id: text(line, 'ID'),
      quantity: text(line, 'InvoicedQuantity') ?? text(line, 'CreditedQuantity'),
      netAmount: text(line, 'LineExtensionAmount'),
      netPrice: text(line, 'Price', 'PriceAmount'),
      itemName: text(line, 'Item', 'Name'),
      vatCategory: text(line, 'Item', 'ClassifiedTaxCategory', 'ID'),
      vatRate: text(line, 'Item', 'ClassifiedTaxCategory', 'Percent'),
    })),
    precedingInvoices: list(root, 'BillingReference').map((reference) => ({
      number: text(reference, 'InvoiceDocumentReference', 'ID'),
      issueDate: text(reference, 'InvoiceDocumentReference', 'IssueDate'),
    })),
    vatBreakdown: list(taxTotal, 'TaxSubtotal').map((subtotal) => ({
      taxableAmount: text(subtotal, 'TaxableAmount'),
      taxAmount: text(subtotal, 'TaxAmount'),
      category: text(subtotal, 'TaxCategory', 'ID'),
      rate: text(subtotal, 'TaxCategory', 'Percent'),
      exemptionReason: text(subtotal, 'TaxCategory', 'TaxExemptionReason'),
      exemptionReasonCode: text(subtotal, 'TaxCategory', 'TaxExemptionReasonCode'),
    })),
  };
}

/** The EN 16931 rules a CII or UBL invoice breaks. */
export function ruleViolationsOf(xml: string): RuleViolation[] {
  return checkEn16931(xml.includes('CrossIndustryInvoice') ? semanticInvoiceFromCii(xml) : semanticInvoiceFromUbl(xml));
}
