// Reads a PDF on stdin and prints {"pages": string[], "attachments": {name: base64}} as JSON.
// A plain Node script because pdfjs (inside unpdf) is ESM-only and jest would need
// --experimental-vm-modules to load it; test/support/pdfText.ts runs this as a child process.
import { extractText, getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { text } = await extractText(pdf, { mergePages: false });
const attachments = Object.fromEntries(
  Object.entries((await pdf.getAttachments()) ?? {}).map(([name, { content }]) => [
    name,
    Buffer.from(content).toString('base64'),
  ]),
);
process.stdout.write(JSON.stringify({ pages: text, attachments }));
