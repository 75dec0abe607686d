import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/language/detect-language.js";

const cases: [string, string][] = [
  ["¿Qué necesito para traer a mi esposa al Perú?", "es"],
  ["que necesito para traer a mi esposa", "es"],
  ["tarjeta migrante retornado requisitos", "es"],
  ["What do I need to bring my wife to Peru?", "en"],
  ["can i vote from abroad", "en"],
  ["Onde eu consigo o formulário e quanto custa?", "pt"],
  ["Je suis péruvien et je vis à Paris", "fr"],
  ["Mwen se ayisyen, ki papye mwen bezwen?", "ht"],
  ["Sono peruviano e vivo a Milano, come faccio a votare?", "it"],
  ["雇佣外国员工的秘鲁公司需要登记吗？", "zh"],
  ["ペルーで働くにはどんな書類が必要ですか", "ja"],
];

describe("detectLanguage", () => {
  it.each(cases)("%s → %s", (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
});
