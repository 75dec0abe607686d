/** The default accent: Peru red. White text on it has a contrast ratio of about 8.6:1. */
export const DEFAULT_ACCENT = "#9b1b1f";

function channels(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of white against the colour. */
export function contrastWithWhite(hex: string): number {
  const c = channels(hex);
  return c ? 1.05 / (luminance(c) + 0.05) : 1;
}

const toHex = (c: [number, number, number]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

function darken(c: [number, number, number], factor: number): [number, number, number] {
  return c.map((v) => v * factor) as [number, number, number];
}

/**
 * The host page's accent colour, made safe to use: only #rgb/#rrggbb is accepted (it goes into a
 * stylesheet), and it is darkened until white text on it reaches 4.5:1 (WCAG AA).
 * Returns the accent and a darker shade for hover.
 */
export function readableAccent(value: string | null | undefined): { accent: string; strong: string } {
  let c = (value && channels(value)) || channels(DEFAULT_ACCENT)!;
  for (let i = 0; i < 40 && 1.05 / (luminance(c) + 0.05) < 4.5; i++) c = darken(c, 0.92);
  return { accent: toHex(c), strong: toHex(darken(c, 0.8)) };
}
