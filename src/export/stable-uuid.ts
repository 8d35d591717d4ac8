/**
 * A UUID derived from strings, so exporting the same hit twice gives the same
 * annotation id and a tool that imports both keeps one. Version 8 (RFC 9562's
 * layout for custom UUIDs); no crypto API, so it runs alike in Node, the popup
 * and workers. Not for security: only for stable, practically unique ids.
 */
const SEEDS = [0x811c9dc5, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];

/** FNV-1a over UTF-16 code units from a seed, then murmur3's finalizer to spread the bits. */
function hash32(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function stableUuid(...parts: string[]): string {
  const key = parts.join('\u0000');
  const hex = SEEDS.map((seed) => hash32(key, seed).toString(16).padStart(8, '0')).join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}
