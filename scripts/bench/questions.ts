// Realistic questions people ask, in the six main languages, for load tests (bench) and as
// "valid" messages for the fuzzer. Written by hand; varied topics so retrieval does real work.
export type BenchLang = "es" | "en" | "pt" | "fr" | "ht" | "zh";

export const QUESTIONS: Record<BenchLang, string[]> = {
  es: [
    "¿Qué beneficios da la Ley del Retorno?",
    "viví 6 años en España, ¿puedo traer mi carro sin pagar impuestos?",
    "¿Cómo saco la Tarjeta del Migrante Retornado desde el extranjero?",
    "Soy venezolano casado con una peruana, ¿cómo pido residencia para mi familia?",
    "quiero traer a mi mamá a vivir conmigo a Lima, soy residente extranjero",
    "¿Cómo voto en las elecciones si vivo en Chile?",
    "¿me van a multar por no votar si vivo en Italia?",
    "Soy turista, ¿puedo firmar un contrato de trabajo en Perú?",
    "¿Puedo afiliarme al SIS siendo extranjero residente?",
    "mi hijo no tiene papeles, ¿puede matricularse en un colegio público?",
    "¿Cómo pido refugio en el Perú y qué documento me dan?",
    "me robaron el pasaporte en Buenos Aires, ¿qué hace el consulado?",
    "cuánto es la multa por quedarme más tiempo del permitido como turista",
    "¿Qué necesito para apostillar mi partida de nacimiento para usarla afuera?",
  ],
  en: [
    "What benefits does the Return Act give?",
    "Can I bring my tools and work equipment tax-free when I move back to Peru?",
    "How do I register my baby born in the United States as Peruvian?",
    "I am a foreign resident, can my wife and children get family residence?",
    "How can I vote in Peruvian elections from London?",
    "Will I be fined for not voting if I live abroad?",
    "Does my employment contract as a foreigner need Ministry of Labour approval?",
    "Can I get SIS health insurance as a foreigner with my own income?",
    "Can my daughter go to a public school in Peru without documents?",
    "How do I claim asylum in Peru?",
    "I was arrested abroad, how can the Peruvian consulate help me?",
    "A job offer abroad looks suspicious, how do I know if it is a scam?",
    "How long can I stay in Peru as a tourist?",
  ],
  pt: [
    "Quais são os benefícios da Lei do Retorno para quem volta ao Peru?",
    "Sou brasileiro casado com uma peruana, como peço residência familiar?",
    "Posso trazer meus pais para morar comigo no Peru?",
    "Como votar nas eleições peruanas morando no exterior?",
    "Preciso de aprovação do Ministério do Trabalho para meu contrato de trabalho?",
    "Estrangeiro residente pode se inscrever no SIS?",
    "Meu filho pode estudar numa escola pública sem documentos?",
    "Como pedir refúgio no Peru?",
    "Perdi meu passaporte no exterior, o consulado pode me ajudar?",
    "Quanto tempo posso ficar no Peru como turista?",
  ],
  fr: [
    "Quels avantages donne la loi du retour au Pérou ?",
    "Puis-je ramener ma voiture sans payer de taxes en rentrant au Pérou ?",
    "Je suis résident étranger, comment obtenir la résidence pour mon épouse ?",
    "Comment voter aux élections péruviennes depuis la France ?",
    "Mon contrat de travail d'étranger doit-il être approuvé par le ministère du Travail ?",
    "Un étranger peut-il s'affilier au SIS pour la santé ?",
    "Mon enfant peut-il aller à l'école publique sans papiers ?",
    "Comment demander l'asile au Pérou ?",
    "J'ai été arrêté à l'étranger, que fait le consulat péruvien ?",
    "Combien coûte l'amende si je reste plus longtemps que permis ?",
  ],
  ht: [
    "Ki avantaj lwa retou a bay moun k ap retounen nan Peru?",
    "Mwen se rezidan etranje, kijan pou m fè rezidans pou madanm mwen ak pitit mwen?",
    "Èske mwen ka vote nan eleksyon Peru si m ap viv aletranje?",
    "Èske kontra travay mwen kòm etranje bezwen apwobasyon Ministè Travay?",
    "Èske yon etranje ka gen asirans sante SIS?",
    "Èske pitit mwen ka ale lekòl piblik san papye?",
    "Kijan pou m mande azil nan Peru?",
    "Yo vòlè paspò m aletranje, èske konsila a ka ede m?",
    "Konbyen tan mwen ka rete nan Peru kòm touris?",
    "Mwen se touris, èske m ka siyen yon kontra travay?",
  ],
  zh: [
    "回国法有哪些优惠？",
    "我在国外住了很多年，回秘鲁可以免税带车吗？",
    "我是外国居民，怎样为我的妻子申请家庭居留？",
    "住在国外怎样参加秘鲁选举投票？",
    "不在秘鲁投票会被罚款吗？",
    "外国人的劳动合同需要劳动部批准吗？",
    "外国居民可以加入SIS医疗保险吗？",
    "我的孩子没有证件可以上公立学校吗？",
    "怎样在秘鲁申请难民身份？",
    "我在国外护照丢了，领事馆能帮我吗？",
    "作为游客我可以在秘鲁待多久？",
  ],
};

/** Every question with its language, in a fixed interleaved order (es, en, pt, fr, ht, zh, es, …). */
export function allQuestions(): { lang: BenchLang; message: string }[] {
  const langs = Object.keys(QUESTIONS) as BenchLang[];
  const out: { lang: BenchLang; message: string }[] = [];
  const longest = Math.max(...langs.map((l) => QUESTIONS[l].length));
  for (let i = 0; i < longest; i++) for (const lang of langs) if (QUESTIONS[lang][i]) out.push({ lang, message: QUESTIONS[lang][i]! });
  return out;
}
