export * from './creditNoteNumbers';
export * from './refundStore';
