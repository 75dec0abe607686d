const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds CSS to a shadow root as a constructable stylesheet, which a strict style-src CSP allows
 * (no <style>, no style attribute). Browsers without adoptedStyleSheets get a <style> fallback.
 */
export function adoptStyles(root: ShadowRoot, css: string): CSSStyleSheet | undefined {
  if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return sheet;
  }
  const style = document.createElement("style");
  style.textContent = css;
  root.prepend(style);
  return undefined;
}
