/**
 * The card's look. It lives in a closed shadow root, so page CSS cannot
 * reach it; the host's own box is pinned by inline `!important` styles,
 * which outrank any page rule. Sizes are in px: `rem` would follow the page.
 */
import { DEFAULT_STYLE, PALETTES } from '../../dom/highlight-style';
import { legendItems } from '../legend';

/** Each group's swatch and legend sample in each palette, so the card matches the highlights the reader sees. */
function paletteRules(): string {
  return PALETTES.flatMap((palette) =>
    legendItems({ ...DEFAULT_STYLE, palette }).map((item) => {
      const scope = `.card[data-palette="${palette}"]`;
      return [
        `${scope} .swatch[data-group="${item.group}"] { --swatch: ${item.line}; }`,
        `${scope} .sample[data-group="${item.group}"] { background-color: ${item.tint}; text-decoration: underline ${item.lineStyle} ${item.line} 2px; }`,
      ].join('\n');
    }),
  ).join('\n');
}

/** Inline styles for the host element on `<html>`: a zero-size fixed box above everything. */
export const HOST_STYLES: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'auto'],
];

export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  max-width: min(340px, calc(100vw - 16px));
  padding: 12px 14px 10px;
  border: 1px solid #d0d4da;
  border-radius: 8px;
  background: #ffffff;
  color: #1d2126;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  text-align: left;
  direction: ltr;
  white-space: normal;
  overflow-wrap: anywhere;
  z-index: 2147483647;
}
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 4px; }
.swatch {
  flex: none;
  width: 10px;
  height: 10px;
  border-radius: 2px;
  transform: translateY(1px);
  background: var(--swatch, #888);
}
${paletteRules()}
.legend { display: flex; flex-wrap: wrap; gap: 0 10px; margin: 8px 0 0; padding: 6px 0 0; border-top: 1px solid #e3e6ea; font-size: 11px; color: #5f6670; }
.legend .sample { padding: 0 2px; border-radius: 2px; color: #1d2126; text-decoration-skip-ink: none; }
.legend .current { color: #1d2126; font-weight: 600; }
.phrase { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.3; }
p { margin: 4px 0; }
.match { color: #5f6670; font-size: 13px; }
.sources { font-weight: 550; }
.techniques { font-size: 13px; }
.techniques .label { color: #5f6670; }
.summary { margin-top: 6px; }
.voice { font-size: 13px; color: #5f6670; font-style: italic; }
.actions { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; gap: 8px; }
button {
  font: inherit;
  font-size: 13px;
  cursor: pointer;
  border-radius: 6px;
  border: 1px solid #1a73e8;
  background: #1a73e8;
  color: #ffffff;
  padding: 3px 12px;
}
button.close { border-color: transparent; background: transparent; color: #5f6670; padding: 3px 8px; }
.reader { display: flex; gap: 4px; flex-wrap: wrap; margin-left: auto; }
button.quiet { background: transparent; color: #1a56b8; border-color: #c4ccd6; padding: 3px 8px; font-size: 12px; }
button.quiet[hidden] { display: none; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
button.close:hover { color: #1d2126; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #3c4043; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .match, .techniques .label, .voice, .legend { color: #aab0b8; }
  .legend { border-top-color: #3c4043; }
  .legend .sample, .legend .current { color: #e8eaed; }
  button { background: #8ab4f8; border-color: #8ab4f8; color: #202124; }
  button.close { background: transparent; border-color: transparent; color: #aab0b8; }
  button.quiet { background: transparent; color: #8ab4f8; border-color: #5f6368; }
  button.close:hover { color: #e8eaed; }
  button:focus-visible, .card:focus-visible { outline-color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: appear 90ms ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(2px); } }
}
`;
