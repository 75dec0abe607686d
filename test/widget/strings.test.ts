import { describe, expect, it } from "vitest";
import { APP_STRINGS, LANG_NAMES, LANGS, LOADER_STRINGS, normalizeLang } from "../../widget/src/strings.js";

describe("widget strings", () => {
  it("offers the nine languages", () => {
    expect([...LANGS].sort()).toEqual(["en", "es", "fr", "ht", "it", "ja", "pt", "qu", "zh"]);
  });

  it.each([
    ["loader", LOADER_STRINGS],
    ["app", APP_STRINGS],
  ] as const)("%s strings: every language has every key, non-empty", (_name, table) => {
    const keys = Object.keys(table.es).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const strings = table[lang] as unknown as Record<string, unknown>;
      expect(Object.keys(strings).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(typeof strings[key], `${lang}.${key}`).toBe("string");
        expect((strings[key] as string).trim(), `${lang}.${key}`).not.toBe("");
      }
    }
  });

  it("translates what a person reads (not the Spanish left in place)", () => {
    for (const lang of LANGS.filter((l) => l !== "es")) {
      expect(APP_STRINGS[lang].welcome, lang).not.toBe(APP_STRINGS.es.welcome);
      expect(APP_STRINGS[lang].sendFailed, lang).not.toBe(APP_STRINGS.es.sendFailed);
      expect(LOADER_STRINGS[lang].launcher, lang).not.toBe(LOADER_STRINGS.es.launcher);
    }
  });

  it("names every language in itself", () => {
    for (const lang of LANGS) expect(LANG_NAMES[lang].trim(), lang).not.toBe("");
  });

  it.each([
    ["es-PE", "es"],
    ["EN_us", "en"],
    ["pt-BR", "pt"],
    ["zh-Hant-TW", "zh"],
    ["quz", "qu"],
    ["quy-PE", "qu"],
    ["ht", "ht"],
    ["de", undefined],
    ["", undefined],
    [null, undefined],
  ])("normalizeLang(%j) → %j", (input, expected) => {
    expect(normalizeLang(input)).toBe(expected);
  });
});
