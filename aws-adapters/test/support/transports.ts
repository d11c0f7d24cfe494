import type { DocumentTable } from '../../src';
import type { TestStage } from '../../../local-stack/test/support/testStage';

/**
 * The two transports a store runs on, for `describe.each`: the SDK's DocumentClient (the worker,
 * the notifier, the tools) and the lean transport (the ingress), on the same stage's tables.
 */
export const DOCUMENT_TRANSPORTS: [string, (stage: TestStage) => DocumentTable][] = [
  ['the SDK', (stage) => stage.clients.dynamo],
  ['the lean transport', (stage) => stage.lean.documents],
];
