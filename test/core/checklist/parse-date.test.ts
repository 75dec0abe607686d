import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/core/checklist/parse-date.js";

describe("parseDate", () => {
  it.each([
    ["2026-03-15", "2026-03-15"],
    ["entré el 15/03/2026", "2026-03-15"],
    ["llegué el 5-1-2026 a Lima", "2026-01-05"],
    ["el 15 de marzo de 2026", "2026-03-15"],
    ["on March 15, 2026", "2026-03-15"],
    ["15th March 2026", "2026-03-15"],
    ["le 1er août 2026", "2026-08-01"],
    ["2026年3月15日入境", "2026-03-15"],
  ])("reads %s", (text, expected) => expect(parseDate(text)).toBe(expected));

  it.each(["31/02/2026", "no me acuerdo", "hace 3 meses", "45/13/2026"])("finds no date in %s", (text) => expect(parseDate(text)).toBeUndefined());
});
