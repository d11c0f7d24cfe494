export * from './config';
export * from './deadLetters';
export * from './invoiceWorker';
export * from './issueInvoice';
export * from './outboxSweep';
export * from './renderInvoice';
