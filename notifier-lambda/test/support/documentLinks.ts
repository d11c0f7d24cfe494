import { createOrdersApp } from '@checkout/ingress-lambda';
import { type TestStage } from '../../../local-stack/test/support/testStage';
import { testOrdersApiDeps } from '../../../ingress-lambda/test/support/testOrdersApi';

/**
 * Follows an emailed document link as a mail client would, into the stage's real Orders API
 * (`app.request`, no socket): the link must point at DOCUMENT_LINK_BASE_URL, and the answer is
 * what a browser would get (303 to a presigned URL, or a problem).
 */
export function documentLinkFollower(stage: TestStage) {
  const app = createOrdersApp(testOrdersApiDeps(stage));
  return (link: string, headers: Record<string, string> = {}): Promise<Response> => {
    const url = new URL(link);
    if (url.origin !== stage.env.DOCUMENT_LINK_BASE_URL) throw new Error(`the link does not point at DOCUMENT_LINK_BASE_URL: ${url.origin}`);
    return Promise.resolve(app.request(url.pathname, { headers }));
  };
}
