/// <reference types="node" />
import { raiseNode } from './messages';
import { readTextChunks, TextFileProblem } from './readTextChunks';

/**
 * @internal Streams a file's text to `onChunk` (see `readTextChunks`), turning a missing
 * file, a file named `.gz` that is not gzip, or broken gzip data into a `CxError` that
 * names the file as the caller knows it.
 */
export async function readTextFile(
  real: string,
  file: string,
  onChunk: (text: string) => void,
  onProgress?: (bytesRead: number, bytesTotal: number) => void,
): Promise<void> {
  try {
    await readTextChunks(real, /\.gz$/i.test(file), onChunk, onProgress);
  } catch (error) {
    if (!(error instanceof TextFileProblem)) throw error;
    if (error.kind === 'unreadable') raiseNode('UNREADABLE_FILE', [file, error.detail], { details: { file } });
    raiseNode('INVALID_GZIP', [file, error.detail], { details: { file } });
  }
}
