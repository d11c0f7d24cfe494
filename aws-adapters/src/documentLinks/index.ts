export * from './documentLinkGenerations';
export * from './documentLinkKeys';
