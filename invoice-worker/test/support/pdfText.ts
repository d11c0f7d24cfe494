import { spawn } from 'node:child_process';
import { join } from 'node:path';

interface Extracted {
  pages: string[];
  attachments: Record<string, string>;
}

const script = join(__dirname, 'extract-pdf-text.mjs');

/** The text of each page of a PDF, as a reader would extract it (pdf.js through unpdf). */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  return (await extract(bytes)).pages;
}

/** The files embedded in a PDF, by name. */
export async function extractPdfAttachments(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const { attachments } = await extract(bytes);
  return Object.fromEntries(
    Object.entries(attachments).map(([name, base64]) => [name, new Uint8Array(Buffer.from(base64, 'base64'))]),
  );
}

/** Runs the plain-Node ESM extractor with this process's Node, the PDF on stdin. */
function extract(bytes: Uint8Array): Promise<Extracted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`extract-pdf-text.mjs exited with ${code}: ${Buffer.concat(stderr).toString()}`));
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(stdout).toString()) as Extracted);
      } catch (error) {
        reject(new Error('extract-pdf-text.mjs printed invalid JSON', { cause: error }));
      }
    });
    child.stdin.end(bytes);
  });
}
