import { PASSWORD_POLICY } from '@checkout/aws-adapters';
import { passwordPolicyProblem } from '../../src/passwordPolicy';

describe('passwordPolicyProblem', () => {
  it('accepts a password with every kind of character the policy asks for', () => {
    expect(passwordPolicyProblem('Correct-Horse-1')).toBeUndefined();
    expect(passwordPolicyProblem('Ab1"cdefg')).toBeUndefined();
  });

  it('counts a space as a symbol only inside the password, as Cognito does', () => {
    expect(passwordPolicyProblem('Correct Horse1')).toBeUndefined();
    expect(passwordPolicyProblem(' CorrectHorse1')).toBe('Password did not conform with policy: Password must have symbol characters');
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(passwordPolicyProblem('Aa1-😀😀')).toBe('Password did not conform with policy: Password not long enough');
  });

  it('names the first rule broken: length, then upper case, lower case, numbers, symbols', () => {
    expect(passwordPolicyProblem('a')).toBe('Password did not conform with policy: Password not long enough');
    expect(passwordPolicyProblem('abcdefgh')).toBe('Password did not conform with policy: Password must have uppercase characters');
  });

  it('follows the contract\'s policy, not a copy of it', () => {
    expect(passwordPolicyProblem('abcdefgh', { ...PASSWORD_POLICY, requireUppercase: false, requireNumbers: false, requireSymbols: false })).toBeUndefined();
  });
});
