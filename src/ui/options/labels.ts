/** Words the options page shows for ids: source families and their outlets, palettes, intensities. */
import type { Intensity, Palette } from '../../dom/highlight-style';


export const PALETTE_NAMES: Record<Palette, { label: string; hint: string }> = {
  standard: { label: 'Standard', hint: 'Terracotta, amber, blue and slate: calm, and apart for most colour vision too.' },
  'colour-blind': { label: 'Colour-blind safe', hint: 'Okabe and Ito’s colours, distinct with the common kinds of colour blindness.' },
  monochrome: { label: 'One colour', hint: 'A grey tint; the underline style alone tells the groups apart.' },
};

export const INTENSITY_NAMES: Record<Intensity, string> = { subtle: 'Subtle', normal: 'Normal', strong: 'Strong' };
