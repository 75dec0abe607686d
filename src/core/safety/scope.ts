import { foldText } from "../retrieval/text-fold.js";

// Requests that are plainly not about migration rights or procedures, whatever else they mention.
const OUT_OF_SCOPE: RegExp[] = [
  // asks to write or compose something for the user
  /\b(write|draft|compose) (me )?(a|an|my)\b|\b(escribeme|escribirme|redactame|redacta|redactar|hazme) (un|una|mi)\b|\b(escreva|escreve|redija) (um|uma|meu|minha)\b|\b(ecris|redige)[- ]moi\b|\bekri (yon|pou)\b/,
  // recommendations of businesses, schools, restaurants, products
  /\b(recomiend|recommend|recomend|recommand)\w* (me )?(un|una|a|an|um|uma|une|le|la|el|the|some|algun|buen|mejor|best|good|bon|bonne|melhor)\b.*\b(universidad|university|universidade|universite|restaurant|restaurante|hotel|colegio privado|gym|movie|pelicula|filme|film|libro|book|livro|celular|phone|laptop)/,
  // sport, weather, entertainment, jokes, recipes
  /\b(futbol|football|soccer|futebol|foutbol|match|partido|jogo|time de|equipo|team|campeonato|mundial|world cup|copa|selection|seleccion|selecao)\b.*\b(mejor|best|melhor|meilleur|pi bon|juega|play|joga|gagne|gana|win|jwe|ganar|vencer|lè|cuando|when|quand|quando|resultado|score)\b|\b(mejor|best|melhor|meilleur)\b.*\b(futbol|football|soccer|futebol|equipo|team|time|club)\b|\bmatch\b.*\b(jwe|ankò|anko)\b/,
  /\b(clima|weather|tempo vai|meteo|pronostico|forecast|chiste|joke|piada|blague|receta|recipe|receita|recette|horoscopo|horoscope|lottery|loteria)\b/,
];

/** True when the message asks for something Contigo does not do at all. */
export function isPlainlyOutOfScope(message: string): boolean {
  const text = foldText(message);
  return OUT_OF_SCOPE.some((re) => re.test(text));
}

// Roots of words that place a question in Contigo's field, in any language (folded text).
const DOMAIN = new RegExp(
  [
    "migra", "migrant", "inmigr", "emigr", "extranjer", "foreign", "estrang", "etranje", "etranj", "etranje",
    "visa", "vis[ae]", "residen", "resident", "pasaport", "passport", "passaport", "paspo", "\\bdni\\b", "carne", "carnet",
    "cedula", "consul", "konsil", "embaj", "embass", "ambassad", "anbasad", "refugi", "asilo", "asylum", "retorn", "return",
    "nacional", "national", "natural", "trabaj", "work", "empleo", "job", "travail", "trabalh", "travay", "contrato", "contract",
    "kontra", "apostill", "legaliz", "legalis", "peru", "pewou", "lima", "ley ", "\\blaw\\b", "\\blei\\b", "\\bloi\\b",
    "derecho", "right", "direit", "droit", "dwa", "papel", "papers", "papiers", "papye", "document", "tramite", "procedure",
    "seguro", "sis\\b", "essalud", "salud", "health", "saude", "sante", "escuela", "school", "colegio", "escola", "ecole",
    "lekol", "voto", "vote", "votar", "elecci", "election", "eleic", "multa", "fine", "deport", "expuls", "frontera", "border",
    "pension", "jubil", "retire", "aposent", "familia", "family", "famil", "esposa", "wife", "husband", "marido", "hijo",
    "child", "filh", "enfant", "pitit", "trata", "traffick", "violen", "polic", "lapolis", "abogad", "lawyer", "avocat",
    "advogad", "avoka", "reniec", "sunat", "migraciones", "tarjeta", "card", "cart", "kat", "permiso", "permit", "permis",
    "pemi", "aduana", "customs", "licen", "brevete", "\\bcpp\\b", "\\bptp\\b", "\\btmr\\b", "interpol", "apatrid", "stateless",
    "touris", "turist", "stay", "estadia", "permanen", "sejour", "soggiorno", "overstay", "exced", "hospital", "embaraz",
    "pregnan", "gravid", "enceinte", "parto", "give birth", "dar a luz", "accouch", "fallec", "died", "death", "muert", "morreu",
    "deced", "cuerpo", "restos", "remains", "repatri", "cancill", "desapare", "disappear", "missing", "sumi", "disparu", "scompars",
    "jail", "carcel", "prision", "prison", "preso", "deten", "arrest", "expel", "expuls", "tax", "impuest", "imposto", "impot",
    "menaje", "benefi", "beneficio", "estudi", "study", "studies", "validac", "convalid", "consulad", "consul", "elector",
    "multa", "amende", "penalt", "fee", "tasa", "taxa", "plazo", "deadline", "prazo", "delai", "cita", "appointment",
    "seguridad social", "social security", "previd", "jubila", "aporte", "contribu", "naturaliz", "nacionalid", "citizenship",
    "ciudadan", "cidadan", "citoyen", "exploita", "explota", "abuso", "abuse", "salario", "sueldo", "wage", "salaire",
    "empleador", "employer", "patron", "chef", "hire", "contrat", "travaill", "lavor",
  ].join("|"),
);

/** True when the message uses at least one word from Contigo's field (any language). */
export function mentionsDomain(message: string): boolean {
  return DOMAIN.test(foldText(message)) || /[\u3040-\u30ff\u4e00-\u9fff]/u.test(message);
}
