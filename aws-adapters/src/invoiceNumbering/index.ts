export * from './invoiceNumberer';
export * from './invoiceNumbers';
