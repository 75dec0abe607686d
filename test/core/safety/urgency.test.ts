import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../../src/core/safety/urgency.js";

describe("detectUrgency", () => {
  it("flags a confiscated passport and unpaid work as trafficking risk", () => {
    expect(detectUrgency("My employer took my passport and hasn't paid me for months")).toContain("passport");
    expect(detectUrgency("Mi empleador me quitó el pasaporte y no me deja salir")).toEqual(expect.arrayContaining(["passport", "trafficking"]));
    expect(detectUrgency("ils gardent mon passeport et ne me laissent pas partir")).toEqual(expect.arrayContaining(["passport", "trafficking"]));
  });

  it("flags violence and detention in several languages", () => {
    expect(detectUrgency("mi pareja me pega")).toContain("violence");
    expect(detectUrgency("Mi hijo está preso en Madrid")).toContain("detention");
    expect(detectUrgency("my brother was arrested in Milan")).toContain("detention");
    expect(detectUrgency("Frè m arete nan Lima")).toContain("detention");
  });

  it("leaves ordinary procedure questions alone", () => {
    expect(detectUrgency("¿Qué necesito para la residencia de trabajador?")).toEqual([]);
    expect(detectUrgency("How do I vote from Japan?")).toEqual([]);
  });
});

describe("detectUrgency in Quechua", () => {
  it("flags a confiscated passport and being kept inside", () => {
    expect(detectUrgency("Patronniy pasaportiyta qichuwan, wasinmanta mana lluqsichiwanchu")).toEqual(expect.arrayContaining(["passport", "trafficking"]));
  });
});
