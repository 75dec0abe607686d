import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

// One small stylesheet for every page, served from /assets/page.css so pages need no inline style.
export const PAGE_CSS = `
:root{--ink:#1b1b1b;--muted:#555;--accent:#9b1b1f;--bg:#fff;--soft:#f4f4f4;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;color:var(--ink);background:var(--bg);line-height:1.55;font-size:1.0625rem}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{border-bottom:3px solid var(--accent)}
header a{color:var(--ink);font-weight:700;text-decoration:none}
a{color:#0b4f9c}a:focus-visible,button:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
h1{font-size:1.6rem;line-height:1.25}
.summary{font-size:1.1rem}
aside.caveat{border-left:4px solid #b26b00;background:#fff6e5;padding:.75rem 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
section.source{background:var(--soft);padding:1rem;border-radius:.5rem}
ul.cards{list-style:none;padding:0}ul.cards li{margin:.5rem 0}
.meta{color:var(--muted);font-size:.9rem}
nav.langs a{margin-right:.75rem}
.pre{white-space:pre-line}
ol.items>li{margin:0 0 1rem}ol.items h3{margin:.2rem 0;font-size:1.05rem}
button{font:inherit;padding:.5rem 1rem;border:2px solid var(--accent);background:#fff;color:var(--accent);border-radius:.4rem;cursor:pointer}
.admin-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.admin-form input,.admin-form select{font:inherit;padding:.4rem}
.chart{width:100%;max-width:46rem;height:auto}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.75rem;padding:0}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem}
.swatch-0{background:#9b1b1f}.swatch-1{background:#0b4f9c}.swatch-2{background:#2e7d32}.swatch-3{background:#b26b00}.swatch-4{background:#6a1b9a}.swatch-5{background:#00838f}.swatch-6{background:#5d4037}.swatch-7{background:#c2185b}.swatch-8{background:#455a64}
@media print{header,nav,footer,.no-print{display:none}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}body{font-size:11pt}}
`;

export function layout(opts: { lang: string; title: string; body: Html }): Html {
  return html`<!doctype html>
<html lang="${opts.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${opts.title} · Contigo</title>
    <link rel="stylesheet" href="/assets/page.css" />
  </head>
  <body>
    <header><a href="/cards?lang=${opts.lang}">Contigo</a></header>
    <main id="main">${opts.body}</main>
  </body>
</html>`;
}

export { html, raw };
