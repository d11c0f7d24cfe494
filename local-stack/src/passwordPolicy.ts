import { PASSWORD_POLICY } from '@checkout/aws-adapters';

/**
 * The symbols a Cognito password policy counts (its documentation's list; the space counts when it
 * is neither first nor last).
 */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-');

/** A user pool's password policy, as the identity contract states it. */
export interface PasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/**
 * Why `password` breaks the identity contract's policy (PASSWORD_POLICY, which terraform-cdk gives
 * the user pool in AWS), in Cognito's words, or undefined. cognito-local does not check passwords;
 * the local user pool does, so a customer app meets locally the refusal it meets in AWS.
 */
export function passwordPolicyProblem(password: string, policy: PasswordPolicy = PASSWORD_POLICY): string | undefined {
  const rule = brokenRule(password, policy);
  return rule && `Password did not conform with policy: ${rule}`;
}

/** The first rule `password` breaks, checked in this order: length, upper case, lower case, numbers, symbols. */
function brokenRule(password: string, policy: PasswordPolicy): string | undefined {
  const chars = [...password]; // code points: the length Cognito counts
  if (chars.length < policy.minimumLength) return 'Password not long enough';
  if (policy.requireUppercase && !/[A-Z]/.test(password)) return 'Password must have uppercase characters';
  if (policy.requireLowercase && !/[a-z]/.test(password)) return 'Password must have lowercase characters';
  if (policy.requireNumbers && !/[0-9]/.test(password)) return 'Password must have numeric characters';
  const isSymbol = (c: string, i: number) => SYMBOLS.has(c) || (c === ' ' && i > 0 && i < chars.length - 1);
  if (policy.requireSymbols && !chars.some(isSymbol)) return 'Password must have symbol characters';
  return undefined;
}

/** The Cognito API calls that set a password, and the member that carries it. */
export const PASSWORD_MEMBERS: Readonly<Record<string, string>> = {
  SignUp: 'Password',
  ChangePassword: 'ProposedPassword',
  ConfirmForgotPassword: 'Password',
  AdminSetUserPassword: 'Password',
};
