import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/core/i18n/create-i18n.js";

const resources = {
  es: { api: { hello: "Hola", start: "Empecemos: {{title}}", files: "{{count}} archivo", files_other: "{{count}} archivos" } },
  en: { api: { hello: "Hello", start: "Let's start: {{title}}", files: "{{count}} file", files_other: "{{count}} files" } },
} as never;

describe("UI strings (remembered lookups)", () => {
  const translate = createI18n(resources);

  it("gives each language its own strings, the same on every call", () => {
    expect(translate("es" as never)("hello")).toBe("Hola");
    expect(translate("en" as never)("hello")).toBe("Hello");
    expect(translate("es" as never)("hello")).toBe("Hola");
  });

  it("fills values in, and a remembered string never leaks into a call with other values", () => {
    const t = translate("en" as never);
    expect(t("start", { title: "Family residence" })).toBe("Let's start: Family residence");
    expect(t("start", { title: "Return Act" })).toBe("Let's start: Return Act");
    expect(t("start", { title: "Family residence" })).toBe("Let's start: Family residence");
    expect(t("files", { count: 1 })).toBe("1 file");
    expect(t("files", { count: 3 })).toBe("3 files");
  });
});
