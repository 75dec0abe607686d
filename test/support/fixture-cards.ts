import type { Card } from "../../src/core/cards/card-types.js";

/** A few small cards for testing retrieval mechanics apart from real content. */
export function fixtureCard(overrides: Partial<Card> & Pick<Card, "id" | "title">): Card {
  return {
    lang: "es",
    source: "peru-contigo",
    audience: ["foreigner"],
    topic: "test",
    questions: [],
    summary: "",
    points: [],
    legalBasis: ["DL 1350"],
    officialUrl: "https://www.gob.pe/migraciones",
    contacts: [{ name: "Migraciones", value: "200-1000" }],
    reviewed: "2026-11-28",
    keywords: [],
    related: [],
    bodyHtml: "",
    ...overrides,
  };
}

export const FIXTURE_CARDS_ES: Card[] = [
  fixtureCard({
    id: "visa-trabajo",
    title: "Residencia de trabajador",
    questions: ["¿Cuánto dura la residencia de trabajador?", "requisitos para la visa de trabajo"],
    summary: "La calidad migratoria de trabajador dura un año y se puede prorrogar.",
    keywords: ["contrato", "empleo"],
  }),
  fixtureCard({
    id: "sis-salud",
    title: "Seguro Integral de Salud para extranjeros",
    questions: ["¿Puedo afiliarme al SIS?", "atención médica gratuita"],
    summary: "Los residentes sin seguro pueden afiliarse al SIS; en una emergencia te atienden siempre.",
    keywords: ["hospital", "salud"],
  }),
  fixtureCard({
    id: "votar-extranjero",
    title: "Votar en elecciones municipales",
    questions: ["¿Puedo votar para alcalde?", "voto de extranjeros residentes"],
    summary: "Los extranjeros residentes con más de dos años pueden votar en elecciones municipales.",
    keywords: ["RENIEC", "alcalde"],
  }),
];
