/**
 * The one way store code tells AWS errors apart, whichever transport threw them (the SDK's error
 * classes and the lean transport's AwsServiceError share `name` = AWS error code and, for a
 * cancelled transaction, `CancellationReasons`). No `instanceof`: that would load the SDK.
 */

/** A reason DynamoDB gives for each item of a cancelled transaction (`None` for the items that were fine). */
export interface CancellationReason {
  Code?: string;
  Message?: string;
}

/** True when `error` is DynamoDB's TransactionCanceledException. */
export function isTransactionCanceled(error: unknown): error is Error & { CancellationReasons?: CancellationReason[] } {
  return (error as { name?: unknown } | undefined)?.name === 'TransactionCanceledException';
}

/** The reason code of each item of a cancelled transaction, in item order; [] for any other error. */
export function cancellationReasonCodes(error: unknown): (string | undefined)[] {
  return isTransactionCanceled(error) ? (error.CancellationReasons ?? []).map((reason) => reason.Code) : [];
}

/** True when a write failed on its condition (for a transaction: on item `index`, if given). */
export function isConditionFailure(error: unknown, index?: number): boolean {
  if (isTransactionCanceled(error)) {
    const codes = cancellationReasonCodes(error);
    return index === undefined ? codes.includes('ConditionalCheckFailed') : codes[index] === 'ConditionalCheckFailed';
  }
  return (error as { name?: unknown } | undefined)?.name === 'ConditionalCheckFailedException';
}
