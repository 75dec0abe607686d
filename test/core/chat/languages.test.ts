import { describe, expect, it } from "vitest";
import { answerChat, type ChatDeps } from "../../../src/core/chat/answer-chat.js";
import { createI18n } from "../../../src/core/i18n/create-i18n.js";
import { knowledgeFromBundle } from "../../../src/core/knowledge-view.js";
import { SUPPORTED_LOCALES, type Locale } from "../../../src/core/locales.js";
import type { ChatStore } from "../../../src/core/ports.js";
import { realBundle } from "../../support/knowledge.js";
import { fixtureCard } from "../../support/fixture-cards.js";
import { buildIndex } from "../../../src/build/build-index.js";

const bundle = realBundle();
const store: ChatStore = { getContext: async () => undefined, saveTurn: async () => {} };
const deps: ChatDeps = {
  knowledge: knowledgeFromBundle(bundle),
  store,
  translate: createI18n(bundle.i18n),
  newId: () => "lang-test-id",
  now: () => new Date("2026-11-28T10:00:00Z"),
};

// One realistic message per kind and language, written for these tests (not from the eval set).
const CASES: Record<Locale, { question: string; card: RegExp; urgent: string; outOfScope: string; greeting: string }> = {
  es: { question: "¿cuánto es la multa si me quedo más días de los permitidos como turista?", card: /overstay|sanction|tourist/, urgent: "mi pareja me golpea todos los días, tengo miedo", outOfScope: "¿cuál es la receta del ceviche?", greeting: "hola" },
  en: { question: "how much is the fine if i overstay my tourist days", card: /overstay|sanction|tourist/, urgent: "my partner beats me every day and I'm scared", outOfScope: "what's the weather forecast for tomorrow?", greeting: "hello" },
  pt: { question: "quanto é a multa se eu ficar mais dias do que o permitido como turista?", card: /overstay|sanction|tourist/, urgent: "meu companheiro me bate todos os dias, tenho medo", outOfScope: "qual é a receita do ceviche?", greeting: "olá" },
  fr: { question: "quelle est l'amende si je reste plus de jours que permis comme touriste ?", card: /overstay|sanction|tourist/, urgent: "mon mari me frappe tous les jours, j'ai peur", outOfScope: "quelle est la recette du ceviche ?", greeting: "bonjour" },
  ht: { question: "konbyen amann mwen peye si m rete plis jou pase sa yo ban m kòm touris?", card: /overstay|sanction|tourist/, urgent: "mari m bat mwen chak jou, mwen pè", outOfScope: "ki resèt pou fè seviche?", greeting: "bonjou" },
  zh: { question: "作为游客逾期停留要交多少罚款？", card: /overstay|sanction|tourist/, urgent: "我丈夫每天打我，我很害怕，遭受家庭暴力", outOfScope: "明天天气怎么样？", greeting: "你好" },
  it: { question: "quanto è la multa se resto più giorni del permesso come turista?", card: /overstay|sanction|tourist/, urgent: "mio marito mi picchia ogni giorno, ho paura", outOfScope: "qual è la ricetta del ceviche?", greeting: "ciao" },
  ja: { question: "観光客として滞在期間を超えた場合の罰金はいくらですか？", card: /overstay|sanction|tourist/, urgent: "夫に毎日暴力を受けています。怖いです", outOfScope: "明日の天気はどうですか？", greeting: "こんにちは" },
  qu: { question: "turista hina aswan p'unchawkuna qhepakuptiy hayk'a multata pagasaq?", card: /overstay|sanction|tourist/, urgent: "qusay sapa p'unchaw maqawan, manchakuni, violencia", outOfScope: "imaynatan ceviche wayk'ukun?", greeting: "napaykullayki" },
};

describe.each(SUPPORTED_LOCALES.map((l) => [l]))("in %s", (lang) => {
  const c = CASES[lang];
  it("answers a procedure question from the right card, in the same language", async () => {
    const reply = await answerChat({ message: c.question }, deps);
    expect(reply.lang).toBe(lang);
    expect(reply.status).toBe("answered");
    expect(reply.sources[0]?.id).toMatch(c.card);
    expect(reply.answer).toContain(bundle.locales[lang].cards.find((x) => x.id === reply.sources[0]!.id)!.title);
  });

  it("routes a person in danger to the helplines first, in the same language", async () => {
    const reply = await answerChat({ message: c.urgent }, deps);
    expect(reply.lang).toBe(lang);
    expect(reply.urgent).toBe(true);
    expect(reply.answer.startsWith((bundle.i18n[lang].api!.urgent as Record<string, string>).intro!)).toBe(true);
    expect(reply.answer).toMatch(/\b100\b/);
  });

  it("declines an out-of-scope question in the same language", async () => {
    const reply = await answerChat({ message: c.outOfScope }, deps);
    expect(reply.lang).toBe(lang);
    expect(["out_of_scope", "no_match"]).toContain(reply.status);
    expect(reply.sources).toEqual([]);
  });

  it("greets back in the same language", async () => {
    const reply = await answerChat({ message: c.greeting }, deps);
    expect(reply.lang).toBe(lang);
    expect(reply.answer).toBe(bundle.i18n[lang].api!.welcome);
  });
});

describe("languages Contigo does not serve", () => {
  it("answers a German question in English with a one-line note in German", async () => {
    const reply = await answerChat({ message: "Ich bin Peruaner und lebe in Deutschland. Wie kann ich meine Rente aus der Ley 30001 bekommen?" }, deps);
    expect(reply.lang).toBe("en");
    expect(reply.note).toMatch(/Deutsch/);
    expect(reply.answer.startsWith(reply.note!)).toBe(true);
  });

  it("answers a Russian question in English with a note in Russian", async () => {
    const reply = await answerChat({ message: "Как получить карту вернувшегося мигранта TMR?" }, deps);
    expect(reply.lang).toBe("en");
    expect(reply.note).toMatch(/русском/);
  });
});

describe("backing a weak match with another language's index", () => {
  it("finds the card through the Spanish index and answers in the asker's language", async () => {
    // Two parallel cards: only the Spanish one knows the phrase people paste from forms.
    const es = fixtureCard({ id: "tam", lang: "es", title: "Constancia de la Tarjeta Andina de Migración", summary: "La TAM virtual es gratuita y prueba su último ingreso y los días otorgados." });
    const en = fixtureCard({ id: "tam", lang: "en", title: "Proof of your last entry", summary: "The free online record proves your last entry and the days granted to you." });
    const other = (lang: "es" | "en") => fixtureCard({ id: "sis", lang, title: lang === "es" ? "Seguro de salud" : "Health insurance", summary: "SIS" });
    const built = { es: buildIndex([es, other("es")], "es"), en: buildIndex([en, other("en")], "en") };
    const small = knowledgeFromBundle({
      manifest: { ...bundle.manifest, locales: ["es", "en"] },
      flows: [],
      i18n: bundle.i18n,
      locales: {
        es: { cards: [es, other("es")], index: built.es.index.toJSON(), vocabulary: built.es.vocabulary },
        en: { cards: [en, other("en")], index: built.en.index.toJSON(), vocabulary: built.en.vocabulary },
      } as never,
    });
    const reply = await answerChat({ message: "where do I get the Tarjeta Andina de Migración constancia?", lang: "en" }, { ...deps, knowledge: small });
    expect(reply.lang).toBe("en");
    expect(reply.status).toBe("answered");
    expect(reply.sources[0]).toMatchObject({ id: "tam", title: "Proof of your last entry" });
  });
});
