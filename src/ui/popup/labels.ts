/** Words the popup shows for ids: techniques, tiers, voices. Sources use `sourceLabel` from src/core/summary.ts. */

const TECHNIQUE_LABELS: Record<string, string> = {
  'exaggeration-minimisation': 'Exaggeration or minimisation',
  'appeal-to-fear': 'Appeal to fear',
  'set-formula': 'Set formula',
};

/** "loaded-language" → "Loaded language". */
export function techniqueLabel(technique: string): string {
  const label = TECHNIQUE_LABELS[technique];
  if (label) return label;
  const words = technique.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function tierLabel(tier: string): string {
  return tier === 'signature' ? 'Signature: almost only state media use it' : tier === 'common' ? 'Common: also found in ordinary prose' : tier;
}

export function voiceLabel(voice: string): string {
  return voice === 'own' ? "page's own voice" : voice === 'quoted' ? 'quoted' : voice;
}

/** "1 hit", "3 hits". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
