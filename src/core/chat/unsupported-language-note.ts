import type { KnownLanguage } from "../language/detect-language.js";

/**
 * One line, in the asker's own language, for languages Contigo detects but does not yet serve.
 * Served languages never need it: their strings live in content/locales.
 */
export const UNSUPPORTED_LANGUAGE_NOTES: Partial<Record<KnownLanguage, string>> = {
  pt: "Ainda não respondemos em português; esta é a melhor resposta em espanhol.",
  fr: "Nous ne répondons pas encore en français ; voici la meilleure réponse en espagnol.",
  ht: "Nou poko reponn an kreyòl; men pi bon repons lan an panyòl.",
  it: "Non rispondiamo ancora in italiano; questa è la risposta migliore in spagnolo.",
  qu: "Manaraqmi runasimipi kutichinchikchu; kaypin kastilla simipi aswan allin kutichiy.",
  zh: "我们暂时还不能用中文回答；以下是英文的最佳回答。",
  ja: "まだ日本語では回答できません。以下は英語での回答です。",
};
