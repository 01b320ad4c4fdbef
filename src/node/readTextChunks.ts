/// <reference types="node" />
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { CxError } from '../core/errors/CxError';

/** @internal Why a file could not be read as text: it is missing or unreadable, or not gzip though named so. */
export class TextFileProblem {
  constructor(
    readonly kind: 'unreadable' | 'not-gzip' | 'broken-gzip',
    readonly detail: string,
  ) {}
}

const chunkSize = 1 << 16;

/**
 * @internal Streams a file's text (UTF-8, through gunzip for a gzip file) to `onChunk` in
 * chunks of about 64 KiB, reporting progress in bytes read from disk. Only the chunk in
 * hand is in memory. A file named `.gz` must start with gzip's magic bytes; a gzip that
 * breaks off or is corrupt stops the read.
 */
export async function readTextChunks(
  real: string,
  gzip: boolean,
  onChunk: (text: string) => void,
  onProgress?: (bytesRead: number, bytesTotal: number) => void,
): Promise<void> {
  let size: number;
  try {
    const handle = await open(real, 'r');
    try {
      size = (await handle.stat()).size;
      if (gzip) {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        if (bytesRead < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
          throw new TextFileProblem('not-gzip', 'it does not start with the gzip signature (1f 8b)');
        }
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof TextFileProblem) throw error;
    const code = (error as { code?: unknown }).code;
    throw new TextFileProblem('unreadable', code === 'ENOENT' ? 'there is no such file' : String(code ?? error));
  }
  const file = createReadStream(real, { highWaterMark: chunkSize });
  let bytesRead = 0;
  if (onProgress !== undefined) {
    file.on('data', (chunk) => {
      bytesRead += (chunk as Buffer).length;
      onProgress(bytesRead, size);
    });
  }
  const source = gzip ? file.pipe(createGunzip({ chunkSize })) : file;
  if (gzip) file.on('error', (error) => source.destroy(error));
  source.setEncoding('utf8');
  try {
    for await (const text of source) onChunk(text as string);
  } catch (error) {
    file.destroy();
    if (error instanceof CxError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new TextFileProblem('broken-gzip', `the gzip data is broken (${(error as Error).message})`);
    }
    if (typeof code === 'string' && code.startsWith('E')) throw new TextFileProblem('unreadable', code);
    throw error;
  }
}
