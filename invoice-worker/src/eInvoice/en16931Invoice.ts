import { decimalString, formatAmount, type InvoiceDocument, invoiceLabels, minorUnitDigits, percentString, type PostalAddress } from '@checkout/domain';
import type { Invoice } from '@e-invoice-eu/core';

/** EN 16931 core invoice: the CustomizationID of UBL and the guideline of CII (Factur-X profile EN 16931). */
export const EN16931_SPECIFICATION = 'urn:cen.eu:en16931:2017';

/** UN/ECE Recommendation 20 "one" (unit): what a checkout line counts. */
const UNIT_CODE = 'C62';

type UblInvoice = Invoice['ubl:Invoice'];
type Party = UblInvoice['cac:AccountingSupplierParty']['cac:Party'];
type CurrencyCode = UblInvoice['cbc:DocumentCurrencyCode'];
type CountryCode = Party['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode'];

/**
 * The invoice in the semantic model of EN 16931, as `@e-invoice-eu/core` takes it (UBL-shaped
 * JSON), from which it writes both CII and UBL. Pure. Every field and where it comes from is
 * listed in docs/decisions/e-invoicing.md. Control characters and lone surrogates, which XML 1.0
 * cannot carry, are removed from every text.
 */
export function en16931Invoice(doc: InvoiceDocument): Invoice {
  const currency = doc.currency as CurrencyCode;
  const digits = minorUnitDigits(doc.currency);
  const amount = (minor: number) => decimalString(minor, digits);
  const labels = invoiceLabels(doc.seller.locale);
  const { seller, billTo } = doc;
  const payment = seller.paymentMeans;

  const invoice: Invoice = {
    'ubl:Invoice': {
      'cbc:CustomizationID': EN16931_SPECIFICATION,
      'cbc:ID': doc.invoiceNumber,
      'cbc:IssueDate': doc.issueDate,
      ...(doc.dueDate ? { 'cbc:DueDate': doc.dueDate } : {}),
      'cbc:InvoiceTypeCode': doc.typeCode,
      // One note: the formatter writes several notes' texts into one CII IncludedNote, which the XSD refuses.
      ...(notesOf(doc).length > 0 ? { 'cbc:Note': [notesOf(doc).join(' ')] } : {}),
      'cbc:DocumentCurrencyCode': currency,
      ...(billTo.reference ? { 'cbc:BuyerReference': billTo.reference } : {}),
      // BT-14, the seller's order; UBL requires an order ID beside it, "NA" when the buyer gave none.
      'cac:OrderReference': { 'cbc:ID': 'NA', 'cbc:SalesOrderID': doc.orderId },
      // BG-3: the invoice a credit note corrects (BT-25, BT-26). The CII formatter does not write it
      // correctly; the writer adds it to the CII itself (eInvoiceWriter.ts).
      ...(doc.precedingInvoice
        ? { 'cac:BillingReference': [{ 'cac:InvoiceDocumentReference': { 'cbc:ID': doc.precedingInvoice.invoiceNumber, 'cbc:IssueDate': doc.precedingInvoice.issueDate } }] }
        : {}),
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': seller.email,
          'cbc:EndpointID@schemeID': 'EM',
          'cac:PostalAddress': postalAddress(seller.address),
          'cac:PartyTaxScheme': [
            ...(seller.vatId ? [{ 'cbc:CompanyID': seller.vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }] : []),
            ...(seller.taxNumber ? [{ 'cbc:CompanyID': seller.taxNumber, 'cac:TaxScheme': { 'cbc:ID': 'FC' } }] : []),
          ] as Party['cac:PartyTaxScheme'],
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': seller.name },
          'cac:Contact': {
            ...(seller.contactName ? { 'cbc:Name': seller.contactName } : {}),
            ...(seller.phone ? { 'cbc:Telephone': seller.phone } : {}),
            'cbc:ElectronicMail': seller.email,
          },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          'cbc:EndpointID': billTo.email,
          'cbc:EndpointID@schemeID': 'EM',
          'cac:PostalAddress': postalAddress(billTo.address),
          ...(billTo.vatId ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': billTo.vatId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } } : {}),
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': billTo.name },
          'cac:Contact': { 'cbc:ElectronicMail': billTo.email },
        },
      },
      'cac:Delivery': { 'cbc:ActualDeliveryDate': doc.deliveryDate },
      ...paymentOf(doc, payment, labels),
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': amount(doc.taxMinor),
          'cbc:TaxAmount@currencyID': currency,
          'cac:TaxSubtotal': doc.vatBreakdown.map((entry) => ({
            'cbc:TaxableAmount': amount(entry.taxableMinor),
            'cbc:TaxableAmount@currencyID': currency,
            'cbc:TaxAmount': amount(entry.taxMinor),
            'cbc:TaxAmount@currencyID': currency,
            'cac:TaxCategory': {
              'cbc:ID': entry.vatCategory,
              'cbc:Percent': percentString(entry.taxRateBps),
              ...(entry.exemptionReasonCode ? { 'cbc:TaxExemptionReasonCode': entry.exemptionReasonCode } : {}),
              ...(entry.exemptionReason ? { 'cbc:TaxExemptionReason': entry.exemptionReason } : {}),
              'cac:TaxScheme': { 'cbc:ID': 'VAT' },
            },
          })),
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(doc.subtotalMinor),
        'cbc:LineExtensionAmount@currencyID': currency,
        'cbc:TaxExclusiveAmount': amount(doc.subtotalMinor),
        'cbc:TaxExclusiveAmount@currencyID': currency,
        'cbc:TaxInclusiveAmount': amount(doc.totalMinor),
        'cbc:TaxInclusiveAmount@currencyID': currency,
        'cbc:PayableAmount': amount(doc.totalMinor),
        'cbc:PayableAmount@currencyID': currency,
      },
      'cac:InvoiceLine': doc.lines.map((line, index) => ({
        'cbc:ID': String(index + 1),
        'cbc:InvoicedQuantity': String(line.quantity),
        'cbc:InvoicedQuantity@unitCode': UNIT_CODE,
        'cbc:LineExtensionAmount': amount(line.lineTotalMinor),
        'cbc:LineExtensionAmount@currencyID': currency,
        'cac:Item': {
          'cbc:Name': line.description,
          'cac:SellersItemIdentification': { 'cbc:ID': line.sku },
          'cac:ClassifiedTaxCategory': { 'cbc:ID': line.vatCategory, 'cbc:Percent': percentString(line.taxRateBps), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        },
        'cac:Price': { 'cbc:PriceAmount': amount(line.unitPriceMinor), 'cbc:PriceAmount@currencyID': currency },
      })) as UblInvoice['cac:InvoiceLine'],
    },
  };
  return withoutControlCharacters(invoice);
}

/** BT-22: a credit note's reason, then the exemption and reverse-charge notes the PDF prints. */
function notesOf(doc: InvoiceDocument): string[] {
  const labels = invoiceLabels(doc.seller.locale);
  return [
    ...(doc.note ? [labels.refundReason(doc.note)] : []),
    ...doc.vatBreakdown.flatMap((entry) => (entry.exemptionReason ? [labels.exemptionNote(entry.vatCategory, entry.exemptionReason)] : [])),
  ].map((note) => note.replace(/[^.]$/, '$&.'));
}

/**
 * BG-16 and BT-20. An invoice: how to pay it (credit transfer to the seller, or paid by card) and
 * by when. A credit note is paid back, so it names no seller account: a card payment is refunded
 * to the card (48), a transfer to the buyer's account, which we do not know (no payment means;
 * BT-20 says how it is refunded, which BR-CO-25 asks for when an amount is due).
 */
function paymentOf(doc: InvoiceDocument, payment: InvoiceDocument['seller']['paymentMeans'], labels: ReturnType<typeof invoiceLabels>): Pick<UblInvoice, 'cac:PaymentMeans' | 'cac:PaymentTerms'> {
  if (doc.typeCode === '381') {
    const total = formatAmount(doc.totalMinor, doc.currency, doc.seller.locale);
    return {
      ...(payment.kind === 'card' ? { 'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '48', 'cbc:PaymentID': doc.orderId }] } : {}),
      'cac:PaymentTerms': { 'cbc:Note': labels.refundTerms(total, payment.kind === 'card') },
    } as Pick<UblInvoice, 'cac:PaymentMeans' | 'cac:PaymentTerms'>;
  }
  return {
    'cac:PaymentMeans': [
      payment.kind === 'sepa-credit-transfer'
        ? {
            'cbc:PaymentMeansCode': '58',
            'cbc:PaymentID': doc.invoiceNumber,
            'cac:PayeeFinancialAccount': {
              'cbc:ID': payment.iban,
              ...(payment.accountName ? { 'cbc:Name': payment.accountName } : {}),
              ...(payment.bic ? { 'cac:FinancialInstitutionBranch': { 'cbc:ID': payment.bic } } : {}),
            },
          }
        : { 'cbc:PaymentMeansCode': '48', 'cbc:PaymentID': doc.orderId },
    ],
    'cac:PaymentTerms': { 'cbc:Note': labels.paymentTerms(doc.seller.paymentTermsDays, doc.dueDate!) },
  } as Pick<UblInvoice, 'cac:PaymentMeans' | 'cac:PaymentTerms'>;
}

function postalAddress(address: PostalAddress): Party['cac:PostalAddress'] {
  return {
    'cbc:StreetName': address.line1,
    ...(address.line2 ? { 'cbc:AdditionalStreetName': address.line2 } : {}),
    'cbc:CityName': address.city,
    'cbc:PostalZone': address.postalCode,
    ...(address.region ? { 'cbc:CountrySubentity': address.region } : {}),
    'cac:Country': { 'cbc:IdentificationCode': address.country as CountryCode },
  };
}

/** XML 1.0 has no place for C0/C1 controls or lone surrogates; line breaks become spaces. */
function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/[\t\n\r\u0085\u2028\u2029]+/g, ' ')
      .replace(/[\u0000-\u001F\u007F-\u009F]|\p{Cs}/gu, '') as T;
  }
  if (Array.isArray(value)) return value.map(withoutControlCharacters) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutControlCharacters(inner)])) as T;
  }
  return value;
}
