/**
 * Words for the synthetic archive. The frequent words come first (they sit at the head of
 * the Zipf curve); section words give each story a subject; a long tail of made-up names
 * stands in for the rare words (people, places, products) that real archives are full of.
 */
import { seededRandom, pick } from './random';

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Function words and the commonest news words, roughly in order of frequency. */
export const commonWords = words(`
  the of to and a in that is for on said was with it as at by he from has be his have are an
  they but not this which were will its had who been would their she her more after or we about
  one also up than two there new year last out people could some all first when into over our can
  no years time other if what government them only three so because before him against while most
  did being such made any just told should where many like now between during week may since those
  how under still then even these back down off make per cent next says both four own around well
  part local public city country police minister council plans money report officials national
  health world state president including former five high since group made work company support
  million billion according day month months days set major later early long expected team number
  until already another says including through percent second end way under without spokesman added
  statement both among around further least several near less found show called earlier today
  tuesday wednesday thursday friday monday saturday sunday morning evening night
`);

/** Subject words for each section: a story draws its topic from its section's list. */
export const sectionWords: Record<string, string[]> = {
  News: words(`incident residents station fire crash road closure emergency ambulance witnesses
    investigation court trial judge arrest suspect victims flood storm weather rescue hospital
    community neighbourhood school teachers pupils parents housing rent landlord tenants bridge`),
  World: words(`ceasefire talks delegation embassy border refugees sanctions treaty summit diplomats
    conflict troops peace envoy humanitarian aid crisis negotiations alliance foreign ministry
    protests election opposition regime coalition parliament referendum militia truce`),
  Politics: words(`election vote voters ballot campaign candidate parliament coalition opposition
    policy reform bill amendment debate senate committee inquiry scandal resignation cabinet
    spending budget taxes manifesto poll polling constituency mayor leadership party`),
  Business: words(`market shares investors profit revenue earnings inflation interest rates bank
    lending mortgage economy growth recession exports imports tariffs merger acquisition startup
    shareholders dividend stock bond currency pension retail sales consumers supply chain`),
  Sport: words(`match goal goals coach league season championship tournament final semi victory
    defeat striker midfielder keeper penalty referee stadium fans transfer injury squad captain
    olympic medal race marathon cricket rugby tennis cycling athletics`),
  Culture: words(`festival film director actor actress album concert theatre exhibition museum
    gallery novel author poetry award prize premiere orchestra opera dance audience critics
    screenplay documentary series streaming musician painter sculpture`),
  Science: words(`researchers study scientists discovery species climate data laboratory experiment
    telescope planet mission space genome cells evolution fossil ocean ice satellite physics
    chemistry vaccine trial journal university peer published`),
  Health: words(`patients doctors nurses hospital waiting lists treatment vaccine virus outbreak
    cancer diabetes mental health clinic surgery medicine prescription pandemic infection
    symptoms diagnosis care workers ward emergency beds funding`),
  Technology: words(`software users data privacy platform app smartphone artificial intelligence
    algorithm chip semiconductor cyber attack hackers encryption cloud network broadband
    startup regulators online social media content moderation browser battery`),
  Environment: words(`climate emissions carbon renewable solar wind energy drought wildfire pollution
    river wildlife biodiversity conservation farmers crops water heatwave flooding coastal
    recycling plastic forest deforestation glacier warming targets`),
  Education: words(`school schools teachers pupils students university exams grades curriculum
    tuition fees classroom headteacher funding inspection literacy apprenticeship graduates
    lecturers campus strike term admissions scholarships`),
  Opinion: words(`argument readers column view editorial hope fear question answer truth history
    future responsibility choice freedom fairness society values change ordinary debate
    nobody everyone anyone something perhaps nothing`),
};

export const sections = Object.keys(sectionWords);

/** Places, some with the diacritics that folding must see through. */
export const places = words(`London Paris Berlin Madrid Lisbon Rome Vienna Warsaw Kraków Łódź Gdańsk
  Zürich Genève Malmö Göteborg Århus København Reykjavík Tromsø Helsinki Tallinn Rīga Vilnius Kyiv
  Bucureşti Plovdiv Thessaloníki İstanbul Ankara İzmir Beirut Amman Cairo Alexandria Tunis Algiers
  Rabat Dakar Lagos Accra Nairobi Kampala Kigali Maputo Johannesburg Durban Kinshasa Karachi Lahore
  Islamabad Delhi Mumbai Kolkata Dhaka Colombo Kathmandu Bangkok Hanoi Manila Jakarta Sydney
  Melbourne Auckland Tokyo Osaka Seoul Beijing Shanghai Montréal Québec Toronto Vancouver Chicago
  Boston Houston Atlanta Miami Bogotá Medellín Quito Lima Santiago Asunción Montevideo Belém
  Niterói Brasília Curaçao Réunion Málaga Córdoba Cádiz Coimbra Nîmes Besançon Orléans Köln Düsseldorf
  Nürnberg Münster Brno Plzeň Košice Győr Pécs Ljubljana Split Niš Tiranë`);

export const forenames = words(`Amira Ben Chloe Dev Elena Farid Grace Hugo Inès Jonah Kemi Luca Maya Nadia
  Omar Priya Quentin Rosa Sami Tomás Una Victor Wen Xavier Yara Zoë Aisha Bruno Carmen Dmitri Emeka
  Fatima Gustav Hana Ivan Jana Kofi Leila Mateo Nour Oskar Paula Rafael Sofia Tariq Ulla Vera Wiktor
  Yusuf Zainab Łukasz Søren José Björn Ngozi Siobhán François Ayşe Ahmet Mariam Thabo Ngaio`);

export const surnames = words(`Okafor Walsh Nguyen Patel Moreau Haddad Lindqvist Costa Byrne Adeyemi
  Müller Núñez Wójcik Ødegaard García Fernández Kowalski Novák Horváth Yılmaz Öztürk Rahman Khan
  Chowdhury Mensah Osei Kariuki Dlamini Tanaka Kim Chen Wang Silva Pereira Rossi Bianchi Dubois
  Lefèvre Jensen Hansen Nielsen Virtanen Popescu Ivanova Petrov Schmidt Fischer Weber Becker
  O'Connor MacLeod Evans Hughes Murphy Kelly Sánchez Martín Jiménez Álvarez Ruiz`);

/** Kickers a desk puts above a headline, with how often they appear among those that have one. */
export const kickers: readonly (readonly [string, number])[] = [
  ['Analysis', 5],
  ['Exclusive', 2],
  ['Live', 2],
  ['Explainer', 3],
  ['Interview', 2],
  ['Review', 3],
  ['Breaking', 1],
];

export const sources = ['agencies', 'Reuters', 'AFP', 'AP', 'PA Media', 'staff'];

export const headlineVerbs = words(`approves rejects delays backs blocks warns unveils cuts raises faces
  defends launches scraps extends confirms denies promises questions opens closes wins loses
  reviews halts expands doubles targets`);

export const headlineAdjectives = words(`new major record late surprise fresh controversial key final
  rare growing landmark urgent long-awaited emergency revised bold modest`);

/** Words of the other languages the archive holds a few stories in, frequent ones first. */
export const languageWords: Record<string, string[]> = {
  fr: words(`le la les de des et un une est dans pour sur au par avec élection gouvernement ministre
    été déjà économie société réforme grève hôpital école année députés très après élèves`),
  es: words(`el la los las de y en un una que por con para año gobierno elección ministro economía
    política sanidad educación también según además niños días reforma`),
  de: words(`der die das und in den von zu mit für auf ist im dem nicht über Regierung Wahl Minister
    Bürger Straße Schüler Gemeinde Grün Märkte größer Übersicht`),
  ar: words(`في من على إلى أن عن مع هذا التي الذي الحكومة الانتخابات الوزير المدينة الاقتصاد المجلس
    الشرطة المستشفى المدرسة الأسبوع`),
  ur: words(`کے میں کی ہے اور کو سے پر نے کہ حکومت انتخابات وزیر شہر معیشت پولیس ہسپتال اسکول ہفتے`),
};

const onsets = words('b br c ch d dr f g gr h j k kr l m n p pr qu r s sh st t tr v w y z');
const vowels = words('a e i o u ai ea ie ou y');
const codas = ['', '', 'n', 'r', 'l', 's', 'nd', 'rk', 'st', 'm', 'x', 'ck'];

/**
 * `count` made-up words ("brastor", "quelmin"), all different: the rare tail of the
 * vocabulary, where most distinct words of a real archive live.
 */
export function rareWords(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const seen = new Set<string>([...commonWords, ...Object.values(sectionWords).flat()]);
  const out: string[] = [];
  while (out.length < count) {
    const syllables = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(random, onsets) + pick(random, vowels);
    word += pick(random, codas);
    if (word.length < 5 || seen.has(word)) continue;
    seen.add(word);
    out.push(word);
  }
  return out;
}
