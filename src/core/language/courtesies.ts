import { regexpLiteral } from "../regexp-literal.js";

// Greetings and thanks in the languages Contigo reads: they carry no topic, so retrieval drops them.
const COURTESIES = [
  "hola", "buenas", "buenos dias", "buenas tardes", "buenas noches", "saludos", "gracias", "muchas gracias", "por favor", "porfa", "disculpe", "disculpa", "señor", "señora", "señorita",
  "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "thanks", "thank you", "please", "hi there",
  "ola", "olá", "oi", "bom dia", "boa tarde", "boa noite", "obrigado", "obrigada", "por favor",
  "bonjour", "bonsoir", "salut", "merci", "s'il vous plaît", "s'il vous plait",
  "bonjou", "bonswa", "mèsi", "mesi", "souple", "tanpri",
  "ciao", "salve", "buongiorno", "buonasera", "grazie", "per favore",
  "napaykullayki", "allillanchu", "sulpayki", "añay", "yusulpayki",
];
const PATTERN = new RegExp(
  `(^|[\\s,.;:!?¡¿])(${COURTESIES.sort((a, b) => b.length - a.length).map(regexpLiteral).join("|")})(?=$|[\\s,.;:!?])`,
  "giu",
);
const CJK = /(你好|您好|谢谢|請|请问|こんにちは|こんばんは|ありがとうございます|ありがとう|すみません)/gu;

/** The message without greetings, thanks and "please". */
export function stripCourtesies(message: string): string {
  return message.replace(PATTERN, "$1").replace(CJK, " ").trim();
}

/** True when the message is only a greeting or thanks (`stripped`: the message through stripCourtesies, when already known). */
export function isOnlyCourtesy(message: string, stripped = stripCourtesies(message)): boolean {
  return message.trim().length > 0 && stripped.replace(/[\s,.;:!?¡¿]/g, "") === "";
}
