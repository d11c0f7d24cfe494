export * from './config';
export * from './deadLetters';
export * from './invoiceWorker';
export * from './issueCreditNote';
export * from './issueInvoice';
export * from './observedRendering';
export * from './outboxSweep';
export * from './renderInvoice';
