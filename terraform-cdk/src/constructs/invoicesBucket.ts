import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { policyDocument } from '../iam';

/** Key prefixes agreed with the application. */
export const INVOICES_PREFIX = 'invoices/';
export const FAILED_PREFIX = 'failed/';

/**
 * `invoices-<stage>-<accountId>`: the invoice PDFs (`invoices/<orderId>/<invoiceNumber>.pdf`) and the
 * archive of messages that ended in the DLQ (`failed/…`). Private, versioned, SSE-S3, TLS only.
 */
export class InvoicesBucket extends Construct {
  readonly bucket: S3Bucket;

  constructor(scope: Construct, id: string, props: { stage: string; accountId: string }) {
    super(scope, id);
    this.bucket = new S3Bucket(this, 'bucket', { bucket: `invoices-${props.stage}-${props.accountId}` });
    const bucket = this.bucket.id;

    new S3BucketOwnershipControls(this, 'ownership', {
      bucket,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    const publicAccessBlock = new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket,
      // SSE-S3: presigned GETs need no kms:Decrypt on the signer's role.
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    new S3BucketVersioningA(this, 'versioning', { bucket, versioningConfiguration: { status: 'Enabled' } });

    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket,
      rule: [
        {
          id: 'invoices-to-infrequent-access',
          status: 'Enabled',
          filter: [{ prefix: INVOICES_PREFIX }],
          // Invoices are downloaded in the first days after the e-mail; afterwards they are kept for
          // bookkeeping (retention is a legal matter: we never expire current invoice versions).
          transition: [{ days: 90, storageClass: 'STANDARD_IA' }],
        },
        {
          id: 'expire-failed-archive',
          status: 'Enabled',
          filter: [{ prefix: FAILED_PREFIX }],
          // Long enough to investigate and replay a failed order; then it is noise.
          expiration: [{ days: 90 }],
        },
        {
          id: 'expire-noncurrent-versions',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          // Versioning protects against accidental overwrite/delete; 30 days is enough to notice.
          noncurrentVersionExpiration: [{ noncurrentDays: 30 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });

    const tlsOnly = policyDocument(this, 'policy-document', [
      {
        sid: 'DenyInsecureTransport',
        effect: 'Deny',
        // A wildcard in a Deny narrows access: every S3 action over plain HTTP is refused.
        actions: ['s3:*'],
        resources: [this.bucket.arn, `${this.bucket.arn}/*`],
        principals: [{ type: '*', identifiers: ['*'] }],
        conditions: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
      },
    ]);
    // After the public access block, so S3 never sees the policy on a bucket without it.
    new S3BucketPolicy(this, 'policy', { bucket, policy: tlsOnly.json, dependsOn: [publicAccessBlock] });
  }

  /** ARN pattern of the objects under one of the key prefixes, e.g. `invoices/*`. */
  objectsArn(prefix: string): string {
    return `${this.bucket.arn}/${prefix}*`;
  }
}
