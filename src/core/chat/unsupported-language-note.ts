import type { KnownLanguage } from "../language/detect-language.js";

/**
 * One line, in the asker's own language, for languages Contigo recognises but does not serve.
 * Served languages never need it: their strings live in content/locales.
 */
export const UNSUPPORTED_LANGUAGE_NOTES: Partial<Record<KnownLanguage, string>> = {
  de: "Wir antworten noch nicht auf Deutsch; hier ist die beste Antwort auf Englisch.",
  ru: "Мы пока не отвечаем на русском языке; вот лучший ответ на английском.",
  ar: "لا نجيب باللغة العربية بعد؛ إليك أفضل إجابة باللغة الإنجليزية.",
  ko: "아직 한국어로는 답변하지 않습니다. 영어로 된 가장 좋은 답변입니다.",
};
