import { DocumentLinkKeyError } from '@checkout/domain';
import { randomBytes } from 'node:crypto';
import { documentLinkKeySource, type SecretReader } from '../../src';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:document-link-keys-dev-AbCdEf';

/** A Secrets Manager port that answers from a list and counts the reads. */
function secretsAnswering(...answers: (string | Error)[]) {
  const reads: string[] = [];
  const reader: SecretReader = {
    secretString: async (secretId) => {
      reads.push(secretId);
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { reader, reads };
}

describe('document link keys from Secrets Manager (unit: the secret reader is a stub)', () => {
  it('reads the secret once, on first use, and keeps the key ring for the life of the process', async () => {
    const secrets = secretsAnswering(`k2=${randomBytes(32).toString('base64url')},k1=${randomBytes(32).toString('base64url')}`);
    const source = documentLinkKeySource({ DOCUMENT_LINK_KEYS_SECRET_ARN: ARN }, secrets.reader);
    expect(secrets.reads).toEqual([]);

    const rings = await Promise.all([source.get(), source.get(), source.get()]);

    expect(secrets.reads).toEqual([ARN]);
    expect(rings[0]!.signing.id).toBe('k2');
    expect([...rings[2]!.keys.keys()]).toEqual(['k2', 'k1']);
  });

  it('does not keep a failed read: the next use reads again', async () => {
    const secrets = secretsAnswering(new Error('throttled'), `k1=${randomBytes(32).toString('base64url')}`);
    const source = documentLinkKeySource({ DOCUMENT_LINK_KEYS_SECRET_ARN: ARN }, secrets.reader);
    await expect(source.get()).rejects.toThrow('throttled');
    await expect(source.get()).resolves.toMatchObject({ signing: { id: 'k1' } });
    expect(secrets.reads).toHaveLength(2);
  });

  it('names the secret and the rule when its value is not a key ring, never the value', async () => {
    const short = randomBytes(8).toString('base64url');
    const secrets = secretsAnswering(`k1=${short}`);
    const source = documentLinkKeySource({ DOCUMENT_LINK_KEYS_SECRET_ARN: ARN }, secrets.reader);
    const error = (await source.get().then(
      () => undefined,
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(DocumentLinkKeyError);
    expect(error.message).toBe(`secret ${ARN} (DOCUMENT_LINK_KEYS_SECRET_ARN): key "k1" must be at least 32 bytes of base64url`);
    expect(error.message).not.toContain(short);
  });

  it('uses DOCUMENT_LINK_KEYS as given, with no secret to read', async () => {
    const secrets = secretsAnswering();
    const given = { signing: { id: 'local', secret: randomBytes(32) }, keys: new Map() };
    const source = documentLinkKeySource({ DOCUMENT_LINK_KEYS: given, DOCUMENT_LINK_KEYS_SECRET_ARN: ARN }, secrets.reader);
    await expect(source.get()).resolves.toBe(given);
    expect(secrets.reads).toEqual([]);
  });
});
