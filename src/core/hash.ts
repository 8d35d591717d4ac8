/**
 * FNV-1a over UTF-16 code units. The matcher folds and hashes page words one
 * code unit at a time from `FNV_OFFSET` with `hashStep` written out inline
 * (FNV_PRIME), so it allocates no string per word; the compiler hashes whole
 * vocabulary words with `hashWord`.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

export const FNV_PRIME = 0x01000193;

/** One step; the matcher's hot loop writes it out inline, and must stay the same. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash >>> 0;
}
