import { SESv2Client, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { createMailer, type MailerConfig } from '../../src/adapters/mailer';

/**
 * The SES transport (nodemailer builds the MIME message, SESv2 SendEmail sends it raw). SES is
 * not emulated locally, so the client stops each request at its first middleware step and answers
 * as SES does; everything nodemailer hands to the client is real.
 */
function sesClientRecording(): { client: SESv2Client; sent: SendEmailCommandInput[] } {
  const sent: SendEmailCommandInput[] = [];
  const client = new SESv2Client({ region: 'eu-west-1', credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' } });
  client.middlewareStack.add(
    () => async (args) => {
      sent.push(args.input as SendEmailCommandInput);
      return { output: { MessageId: `ses-${sent.length}`, $metadata: {} }, response: {} };
    },
    { step: 'initialize', name: 'answerAsSes' },
  );
  return { client, sent };
}

const config: MailerConfig = {
  AWS_REGION: 'eu-west-1',
  MAIL_TRANSPORT: 'ses',
  MAIL_FROM: { name: 'Example Trading', address: 'billing@example.com' },
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: 1025,
  SMTP_SECURE: false,
  SMTP_CREDENTIALS_SECRET_ARN: undefined,
  SES_CONFIGURATION_SET: 'checkout-dev',
};

describe('the SES mailer', () => {
  it('sends the whole message as raw MIME through SESv2 with the configuration set', async () => {
    const { client, sent } = sesClientRecording();
    const mailer = createMailer(config, { sesClient: client });
    const result = await mailer.send({
      to: { name: 'Łukasz Żółć', address: 'lukasz@example.com' },
      subject: 'Your invoice INV-2026-000001',
      text: 'Download: https://example.com/invoice.pdf',
      html: '<p>Download: <a href="https://example.com/invoice.pdf">invoice</a></p>',
    });
    mailer.close();

    // nodemailer turns SES's id into the Message-ID header SES gives the delivered message.
    expect(result.messageId).toBe('<ses-1@eu-west-1.amazonses.com>');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.ConfigurationSetName).toBe('checkout-dev');
    const raw = Buffer.from(sent[0]!.Content!.Raw!.Data!).toString('utf8');
    expect(raw).toMatch(/^From: Example Trading <billing@example\.com>\r$/m);
    // A non-ASCII display name travels as an RFC 2047 encoded word, never as raw bytes in a header.
    expect(raw).toMatch(/^To: =\?UTF-8\?[BQ]\?.+\?= <lukasz@example\.com>\r$/m);
    expect(raw).toMatch(/^Subject: Your invoice INV-2026-000001\r$/m);
    expect(raw).toContain('Content-Type: multipart/alternative');
    expect(raw).toContain('Content-Type: text/html');
  });
});
