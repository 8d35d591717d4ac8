/**
 * Adds a constructed style sheet to a document or shadow root, after the
 * page's own sheets, and takes it out again. The page's sheets are never
 * replaced: we append to, and splice from, the same observable array.
 */

type Root = Document | ShadowRoot;

export function createSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null; // no constructable sheets in this engine: highlights still work, only unstyled
  }
}

export function adoptSheet(root: Root, sheet: CSSStyleSheet): boolean {
  try {
    const sheets = root.adoptedStyleSheets;
    if (sheets.includes(sheet)) return true;
    try {
      sheets.push(sheet);
    } catch {
      // Engines where the array is frozen: assign a copy with our sheet last.
      root.adoptedStyleSheets = [...sheets, sheet];
    }
    return true;
  } catch {
    return false; // a page that broke adoptedStyleSheets gets no styling, never an exception
  }
}

export function dropSheet(root: Root, sheet: CSSStyleSheet): void {
  try {
    const sheets = root.adoptedStyleSheets;
    const at = sheets.indexOf(sheet);
    if (at < 0) return;
    try {
      sheets.splice(at, 1);
    } catch {
      root.adoptedStyleSheets = sheets.filter((s) => s !== sheet);
    }
  } catch {
    // Nothing to undo on a page that broke the array.
  }
}
