/**
 * The words of matching: every reason the scoring rules give (`matching.ts` returns codes with
 * parameters, never text) written out from templates in Dutch, English, Arabic, Ukrainian and
 * Tigrinya, and the names of the terms a reason quotes (sectors, kinds of offer, what a scheme pays
 * for, education levels) in the three languages the reference data does not carry.
 *
 * Dutch and English are the site's own languages. The Arabic, Ukrainian and Tigrinya texts are
 * machine-assisted and not yet reviewed by a native speaker; the API says so
 * (`reasonsLanguage.reviewed: false`) and the page carries the site's notice, as every ar/uk/ti
 * page does. Region and province names, skill labels and the names of practices without a
 * translation stay Dutch in every language: they are the words a reader meets on Dutch signs,
 * vacancies and letters.
 *
 * Pure and free of zod: the page's island imports it as it is.
 */
import educationLevelsJson from '../../content/reference/education-levels.json' with { type: 'json' };
import offersJson from '../../content/reference/offers.json' with { type: 'json' };
import provincesJson from '../../content/reference/provinces.json' with { type: 'json' };
import regionsJson from '../../content/reference/regions.json' with { type: 'json' };
import sectorsJson from '../../content/reference/sectors.json' with { type: 'json' };
import skillsJson from '../../content/reference/skills.json' with { type: 'json' };

/** Languages of the reasons; the order of `Accept-Language` decides (Dutch by default). */
export const matchLangs = ['nl', 'en', 'ar', 'uk', 'ti'] as const;
export type MatchLang = (typeof matchLangs)[number];

/** Languages whose reasons no native speaker has checked yet. */
export const unreviewedMatchLangs: readonly MatchLang[] = ['ar', 'uk', 'ti'];

/** Every reason a rule can give. */
export const reasonCodes = [
  'region.same',
  'region.national',
  'region.province',
  'region.elsewhere',
  'region.unknown',
  'sector.match',
  'sector.other',
  'skills.match',
  'skills.missing',
  'language.ok',
  'language.short',
  'language.support',
  'education.none',
  'education.ok',
  'education.short',
  'offers.match',
  'offers.other',
  'practice.offers',
  'scheme.purposes',
  'scheme.offer',
  'scheme.sectors',
  'scheme.statushouders',
  'scheme.open',
  'scheme.expected',
  'scheme.closed',
  'scheme.unknownStatus',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** What a reason quotes, as ids (labels are looked up per language when it is written). */
export type ReasonParams = {
  region?: string;
  province?: string;
  sectors?: readonly string[];
  skills?: readonly string[];
  offers?: readonly string[];
  purposes?: readonly string[];
  education?: string;
  /** Language levels are CEFR codes in every language. */
  asked?: string;
  have?: string;
};

/** A reason before it is written: `match` counts for the result, `gap` is something missing. */
export type ReasonKey = { type: 'match' | 'gap'; code: ReasonCode; params?: ReasonParams };

type Templates = Record<ReasonCode, string>;

const templates: Record<MatchLang, Templates> = {
  nl: {
    'region.same': 'In uw arbeidsmarktregio {region}.',
    'region.national': 'Actief in heel Nederland.',
    'region.province': 'In dezelfde provincie ({province}), niet in uw eigen regio.',
    'region.elsewhere': 'Niet actief in uw regio of provincie.',
    'region.unknown': 'Regio onbekend.',
    'sector.match': 'Sector: {sectors}.',
    'sector.other': 'Niet in de sectoren die u zoekt.',
    'skills.match': 'Uw vaardigheden passen: {skills}.',
    'skills.missing': 'Zoekt ook: {skills}.',
    'language.ok': 'Vraagt Nederlands op niveau {asked}; u hebt {have}.',
    'language.short': 'Vraagt Nederlands op niveau {asked}, hoger dan uw {have}.',
    'language.support': 'Helpt met de taal op het werk: {offers}.',
    'education.none': 'Vraagt geen diploma.',
    'education.ok': 'Vraagt minstens {education}; dat hebt u.',
    'education.short': 'Vraagt minstens {education}.',
    'offers.match': 'Biedt wat u zoekt: {offers}.',
    'offers.other': 'Biedt niet wat u zoekt; wel: {offers}.',
    'practice.offers': 'Werkt met wat u zoekt: {offers}.',
    'scheme.purposes': 'Betaalt voor {purposes}.',
    'scheme.offer': 'Regelt wat u zoekt: {offers}.',
    'scheme.sectors': 'Gebruikt in praktijkvoorbeelden in {sectors}.',
    'scheme.statushouders': 'Bedoeld voor statushouders.',
    'scheme.open': 'Nu aan te vragen.',
    'scheme.expected': 'Wordt verwacht, nog niet open.',
    'scheme.closed': 'Nu gesloten.',
    'scheme.unknownStatus': 'Of het nu open is, is onbekend.',
  },
  en: {
    'region.same': 'In your labour market region {region}.',
    'region.national': 'Active throughout the Netherlands.',
    'region.province': 'In the same province ({province}), not in your own region.',
    'region.elsewhere': 'Not active in your region or province.',
    'region.unknown': 'Region unknown.',
    'sector.match': 'Sector: {sectors}.',
    'sector.other': 'Not in the sectors you are looking for.',
    'skills.match': 'Your skills fit: {skills}.',
    'skills.missing': 'Also looks for: {skills}.',
    'language.ok': 'Asks for Dutch at level {asked}; you have {have}.',
    'language.short': 'Asks for Dutch at level {asked}, higher than your {have}.',
    'language.support': 'Helps with the language at work: {offers}.',
    'education.none': 'Asks for no diploma.',
    'education.ok': 'Asks for at least {education}; you have that.',
    'education.short': 'Asks for at least {education}.',
    'offers.match': 'Offers what you are looking for: {offers}.',
    'offers.other': 'Does not offer what you are looking for; it does offer: {offers}.',
    'practice.offers': 'Works with what you are looking for: {offers}.',
    'scheme.purposes': 'Pays for {purposes}.',
    'scheme.offer': 'Arranges what you are looking for: {offers}.',
    'scheme.sectors': 'Used in good practices in {sectors}.',
    'scheme.statushouders': 'Meant for refugees with a residence permit.',
    'scheme.open': 'Open for applications now.',
    'scheme.expected': 'Expected, not open yet.',
    'scheme.closed': 'Closed at the moment.',
    'scheme.unknownStatus': 'Whether it is open now is unknown.',
  },
  ar: {
    'region.same': 'في منطقة سوق العمل الخاصة بك: {region}.',
    'region.national': 'يعمل في جميع أنحاء هولندا.',
    'region.province': 'في نفس المقاطعة ({province})، وليس في منطقتك.',
    'region.elsewhere': 'لا يعمل في منطقتك أو مقاطعتك.',
    'region.unknown': 'المنطقة غير معروفة.',
    'sector.match': 'القطاع: {sectors}.',
    'sector.other': 'ليس في القطاعات التي تبحث عنها.',
    'skills.match': 'مهاراتك مناسبة: {skills}.',
    'skills.missing': 'يبحث أيضًا عن: {skills}.',
    'language.ok': 'يطلب اللغة الهولندية بمستوى {asked}؛ مستواك {have}.',
    'language.short': 'يطلب اللغة الهولندية بمستوى {asked}، أعلى من مستواك {have}.',
    'language.support': 'يساعد في اللغة أثناء العمل: {offers}.',
    'education.none': 'لا يطلب شهادة.',
    'education.ok': 'يطلب على الأقل {education}؛ وهذا متوفر لديك.',
    'education.short': 'يطلب على الأقل {education}.',
    'offers.match': 'يقدم ما تبحث عنه: {offers}.',
    'offers.other': 'لا يقدم ما تبحث عنه؛ لكنه يقدم: {offers}.',
    'practice.offers': 'يعمل بما تبحث عنه: {offers}.',
    'scheme.purposes': 'يغطي تكاليف: {purposes}.',
    'scheme.offer': 'ينظّم ما تبحث عنه: {offers}.',
    'scheme.sectors': 'مستخدم في أمثلة عملية في قطاع: {sectors}.',
    'scheme.statushouders': 'مخصص للاجئين الحاصلين على الإقامة.',
    'scheme.open': 'يمكن التقديم عليه الآن.',
    'scheme.expected': 'متوقع، لم يُفتح بعد.',
    'scheme.closed': 'مغلق حاليًا.',
    'scheme.unknownStatus': 'غير معروف ما إذا كان مفتوحًا الآن.',
  },
  uk: {
    'region.same': 'У вашому регіоні ринку праці: {region}.',
    'region.national': 'Працює по всіх Нідерландах.',
    'region.province': 'У тій самій провінції ({province}), але не у вашому регіоні.',
    'region.elsewhere': 'Не працює у вашому регіоні чи провінції.',
    'region.unknown': 'Регіон невідомий.',
    'sector.match': 'Сектор: {sectors}.',
    'sector.other': 'Не в тих секторах, які ви шукаєте.',
    'skills.match': 'Ваші навички підходять: {skills}.',
    'skills.missing': 'Також шукає: {skills}.',
    'language.ok': 'Потрібна нідерландська на рівні {asked}; у вас {have}.',
    'language.short': 'Потрібна нідерландська на рівні {asked}, вище за ваш {have}.',
    'language.support': 'Допомагає з мовою на роботі: {offers}.',
    'education.none': 'Диплом не потрібен.',
    'education.ok': 'Потрібно щонайменше {education}; це у вас є.',
    'education.short': 'Потрібно щонайменше {education}.',
    'offers.match': 'Пропонує те, що ви шукаєте: {offers}.',
    'offers.other': 'Не пропонує того, що ви шукаєте; натомість: {offers}.',
    'practice.offers': 'Працює з тим, що ви шукаєте: {offers}.',
    'scheme.purposes': 'Оплачує: {purposes}.',
    'scheme.offer': 'Організовує те, що ви шукаєте: {offers}.',
    'scheme.sectors': 'Використовується в прикладах практики в секторі: {sectors}.',
    'scheme.statushouders': 'Призначено для біженців із дозволом на проживання.',
    'scheme.open': 'Зараз можна подати заявку.',
    'scheme.expected': 'Очікується, ще не відкрито.',
    'scheme.closed': 'Наразі закрито.',
    'scheme.unknownStatus': 'Невідомо, чи відкрито зараз.',
  },
  ti: {
    'region.same': 'ኣብ ዞባ ዕዳጋ ስራሕኩም: {region}።',
    'region.national': 'ኣብ መላእ ኔዘርላንድ ይሰርሕ።',
    'region.province': 'ኣብ ሓንቲ ክፍለ ሃገር ({province})፣ ግን ኣብ ዞባኹም ኣይኮነን።',
    'region.elsewhere': 'ኣብ ዞባኹም ወይ ክፍለ ሃገርኩም ኣይሰርሕን።',
    'region.unknown': 'ዞባ ኣይፍለጥን።',
    'sector.match': 'ዘርፊ: {sectors}።',
    'sector.other': 'ኣብቶም እትደልይዎም ዘርፍታት ኣይኮነን።',
    'skills.match': 'ክእለታትኩም ይሰማምዑ: {skills}።',
    'skills.missing': 'ከምኡ’ውን ይደሊ: {skills}።',
    'language.ok': 'ደረጃ ቋንቋ ሆላንድኛ {asked} ይሓትት፤ ናትኩም {have} እዩ።',
    'language.short': 'ደረጃ ቋንቋ ሆላንድኛ {asked} ይሓትት፣ ካብ ናትኩም {have} ዝለዓለ።',
    'language.support': 'ኣብ ስራሕ ብቋንቋ ይሕግዝ: {offers}።',
    'education.none': 'ዲፕሎማ ኣይሓትትን።',
    'education.ok': 'እንተወሓደ {education} ይሓትት፤ እዚ ኣለኩም።',
    'education.short': 'እንተወሓደ {education} ይሓትት።',
    'offers.match': 'ዝደለኹምዎ የቕርብ: {offers}።',
    'offers.other': 'ዝደለኹምዎ ኣየቕርብን፤ እንተኾነ {offers} የቕርብ።',
    'practice.offers': 'ብዝደለኹምዎ ይሰርሕ: {offers}።',
    'scheme.purposes': 'ንዚ ይኸፍል: {purposes}።',
    'scheme.offer': 'ዝደለኹምዎ የዳሉ: {offers}።',
    'scheme.sectors': 'ኣብ ኣብነታት ተግባር ኣብ {sectors} ተጠቒሙሉ።',
    'scheme.statushouders': 'ንስደተኛታት ፍቓድ መንበሪ ዘለዎም ዝተዳለወ።',
    'scheme.open': 'ሕጂ ክሕተት ይከኣል።',
    'scheme.expected': 'ይጽበ ኣሎ፣ ገና ኣይተኸፍተን።',
    'scheme.closed': 'ሕጂ ዕጹው እዩ።',
    'scheme.unknownStatus': 'ሕጂ ክፉት እንተኾይኑ ኣይፍለጥን።',
  },
};

/** What a scheme can pay for (`paysFor` in `content.ts`). */
export const fundingPurposeIds = ['loonkosten', 'begeleiding', 'scholing', 'taal', 'leerwerktraject'] as const;

type TermLabels = Record<string, string>;
type Vocabulary = { sectors: TermLabels; offers: TermLabels; purposes: TermLabels; education: TermLabels };
type Labelled = { id: string; label: { nl: string; en: string } };

const fromReference = (list: readonly Labelled[], lang: 'nl' | 'en'): TermLabels => Object.fromEntries(list.map((t) => [t.id, t.label[lang]]));

/** Term names per language: nl and en from `content/reference/`, the others written here. */
const vocabularies: Record<MatchLang, Vocabulary> = {
  nl: {
    sectors: fromReference(sectorsJson, 'nl'),
    offers: fromReference(offersJson, 'nl'),
    purposes: { loonkosten: 'loonkosten', begeleiding: 'begeleiding', scholing: 'scholing', taal: 'taal', leerwerktraject: 'een leerwerktraject' },
    education: fromReference(educationLevelsJson, 'nl'),
  },
  en: {
    sectors: fromReference(sectorsJson, 'en'),
    offers: fromReference(offersJson, 'en'),
    purposes: { loonkosten: 'wage costs', begeleiding: 'coaching and support', scholing: 'training', taal: 'language learning', leerwerktraject: 'work-based learning' },
    education: fromReference(educationLevelsJson, 'en'),
  },
  ar: {
    sectors: {
      techniek: 'التقنية',
      bouw: 'البناء',
      energie: 'الطاقة',
      installatietechniek: 'تقنيات التركيبات',
      industrie: 'الصناعة',
      zorg: 'الرعاية الصحية',
      kinderopvang: 'رعاية الأطفال',
      onderwijs: 'التعليم',
      horeca: 'الفنادق والمطاعم',
      logistiek: 'الخدمات اللوجستية',
      transport: 'النقل',
      ict: 'تكنولوجيا المعلومات والاتصالات',
      schoonmaak: 'التنظيف',
      detailhandel: 'تجارة التجزئة',
      groen: 'المساحات الخضراء وتنسيق الحدائق',
      'land-en-tuinbouw': 'الزراعة والبستنة',
      overheid: 'القطاع العام',
      'zakelijke-dienstverlening': 'خدمات الأعمال',
      'sport-en-recreatie': 'الرياضة والترفيه',
    },
    offers: {
      leerwerkplek: 'مكان للتعلم والعمل',
      startbaan: 'وظيفة للمبتدئين',
      stage: 'تدريب عملي',
      proefplaatsing: 'عمل تجريبي',
      werkervaringsplaats: 'مكان لاكتساب الخبرة العملية',
      vacature: 'وظيفة شاغرة',
      mentoring: 'إرشاد',
      taalbuddy: 'رفيق لغة',
      'taal-op-de-werkvloer': 'تعلم اللغة في مكان العمل',
    },
    purposes: { loonkosten: 'الأجور', begeleiding: 'المرافقة والدعم', scholing: 'التدريب', taal: 'تعلم اللغة', leerwerktraject: 'مسار التعلم والعمل' },
    education: {
      geen: 'بدون تعليم',
      basis: 'التعليم الابتدائي',
      'mbo-1': 'التعليم المهني mbo 1',
      'mbo-2': 'التعليم المهني mbo 2',
      'mbo-3': 'التعليم المهني mbo 3',
      'mbo-4': 'التعليم المهني mbo 4',
      hbo: 'التعليم المهني العالي (hbo)',
      wo: 'التعليم الجامعي (wo)',
    },
  },
  uk: {
    sectors: {
      techniek: 'техніка',
      bouw: 'будівництво',
      energie: 'енергетика',
      installatietechniek: 'інженерні системи та монтаж',
      industrie: 'промисловість',
      zorg: 'охорона здоров’я та догляд',
      kinderopvang: 'догляд за дітьми',
      onderwijs: 'освіта',
      horeca: 'готельно-ресторанна справа',
      logistiek: 'логістика',
      transport: 'транспорт',
      ict: 'ІКТ',
      schoonmaak: 'прибирання',
      detailhandel: 'роздрібна торгівля',
      groen: 'озеленення',
      'land-en-tuinbouw': 'сільське господарство та садівництво',
      overheid: 'державний сектор',
      'zakelijke-dienstverlening': 'бізнес-послуги',
      'sport-en-recreatie': 'спорт і дозвілля',
    },
    offers: {
      leerwerkplek: 'навчання на робочому місці',
      startbaan: 'стартова робота',
      stage: 'стажування',
      proefplaatsing: 'пробне працевлаштування',
      werkervaringsplaats: 'місце для здобуття досвіду',
      vacature: 'вакансія',
      mentoring: 'менторство',
      taalbuddy: 'мовний напарник',
      'taal-op-de-werkvloer': 'вивчення мови на роботі',
    },
    purposes: { loonkosten: 'витрати на зарплату', begeleiding: 'супровід', scholing: 'навчання', taal: 'вивчення мови', leerwerktraject: 'навчання з роботою' },
    education: {
      geen: 'без освіти',
      basis: 'початкова освіта',
      'mbo-1': 'професійна освіта mbo 1',
      'mbo-2': 'професійна освіта mbo 2',
      'mbo-3': 'професійна освіта mbo 3',
      'mbo-4': 'професійна освіта mbo 4',
      hbo: 'вища професійна освіта (hbo)',
      wo: 'університетська освіта (wo)',
    },
  },
  ti: {
    sectors: {
      techniek: 'ቴክኒክ',
      bouw: 'ስራሕ ህንጻ',
      energie: 'ጸዓት',
      installatietechniek: 'ምትካል መሳርሒታት',
      industrie: 'ኢንዱስትሪ',
      zorg: 'ክንክን ጥዕና',
      kinderopvang: 'ክንክን ቆልዑ',
      onderwijs: 'ትምህርቲ',
      horeca: 'ሆቴላትን ቤት መግብን',
      logistiek: 'ሎጂስቲክስ',
      transport: 'መጓዓዝያ',
      ict: 'ቴክኖሎጂ ሓበሬታ (ICT)',
      schoonmaak: 'ጽሬት',
      detailhandel: 'ንግዲ ዱኳን',
      groen: 'ስራሕ ኣግራብን ጀርዲንን',
      'land-en-tuinbouw': 'ሕርሻን ኣትክልትን',
      overheid: 'መንግስታዊ ዘርፊ',
      'zakelijke-dienstverlening': 'ኣገልግሎት ንግዲ',
      'sport-en-recreatie': 'ስፖርትን መዘናግዕን',
    },
    offers: {
      leerwerkplek: 'ቦታ ትምህርትን ስራሕን',
      startbaan: 'መጀመርታ ስራሕ',
      stage: 'ልምምድ ስራሕ',
      proefplaatsing: 'ናይ ፈተነ ስራሕ',
      werkervaringsplaats: 'ቦታ ልምዲ ስራሕ',
      vacature: 'ክፉት ቦታ ስራሕ',
      mentoring: 'መማኽርቲ',
      taalbuddy: 'ብጻይ ቋንቋ',
      'taal-op-de-werkvloer': 'ቋንቋ ኣብ ቦታ ስራሕ',
    },
    purposes: { loonkosten: 'ደሞዝ', begeleiding: 'ምስናይን ደገፍን', scholing: 'ስልጠና', taal: 'ምምሃር ቋንቋ', leerwerktraject: 'ትምህርትን ስራሕን' },
    education: {
      geen: 'ትምህርቲ የብሉን',
      basis: 'መባእታ ትምህርቲ',
      'mbo-1': 'ሞያዊ ትምህርቲ mbo 1',
      'mbo-2': 'ሞያዊ ትምህርቲ mbo 2',
      'mbo-3': 'ሞያዊ ትምህርቲ mbo 3',
      'mbo-4': 'ሞያዊ ትምህርቲ mbo 4',
      hbo: 'ላዕለዋይ ሞያዊ ትምህርቲ (hbo)',
      wo: 'ዩኒቨርሲቲ (wo)',
    },
  },
};

const regionNames: TermLabels = fromReference(regionsJson, 'nl');
const provinceNames: TermLabels = fromReference(provincesJson, 'nl');
const skillNames = { nl: fromReference(skillsJson, 'nl'), en: fromReference(skillsJson, 'en') };
const listSeparator: Record<MatchLang, string> = { nl: ', ', en: ', ', ar: '، ', uk: ', ', ti: '፣ ' };

/** The name of a sector, kind of offer, funding purpose or education level in `lang` (the id when unknown). */
export function termLabel(lang: MatchLang, kind: keyof Vocabulary, id: string): string {
  return vocabularies[lang][kind][id] ?? id;
}

/** Every id a vocabulary kind names in `lang` (for the completeness test). */
export function termIds(lang: MatchLang, kind: keyof Vocabulary): string[] {
  return Object.keys(vocabularies[lang][kind]);
}

function skillLabel(lang: MatchLang, id: string): string {
  return (lang === 'en' ? skillNames.en[id] : skillNames.nl[id]) ?? id;
}

/** The sentence of one reason in `lang`. */
export function reasonText(lang: MatchLang, key: ReasonKey): string {
  const p = key.params ?? {};
  const list = (ids: readonly string[] | undefined, label: (id: string) => string) => (ids ?? []).map(label).join(listSeparator[lang]);
  const values: Record<string, string> = {
    region: p.region ? (regionNames[p.region] ?? p.region) : '',
    province: p.province ? (provinceNames[p.province] ?? p.province) : '',
    sectors: list(p.sectors, (id) => termLabel(lang, 'sectors', id)),
    skills: list(p.skills, (id) => skillLabel(lang, id)),
    offers: list(p.offers, (id) => termLabel(lang, 'offers', id)),
    purposes: list(p.purposes, (id) => termLabel(lang, 'purposes', id)),
    education: p.education ? termLabel(lang, 'education', p.education) : '',
    asked: p.asked ?? '',
    have: p.have ?? '',
  };
  return templates[lang][key.code].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Every reason of a result written out in `lang`. */
export function reasonsIn(lang: MatchLang, keys: readonly ReasonKey[]): { type: 'match' | 'gap'; text: string }[] {
  return keys.map((key) => ({ type: key.type, text: reasonText(lang, key) }));
}

/**
 * The language of the reasons from an `Accept-Language` header: the first of nl, en, ar, uk, ti
 * by the header's preference (`q`), Dutch when none of them is asked for.
 */
export function matchLangOf(acceptLanguage: string | undefined): MatchLang {
  if (!acceptLanguage) return 'nl';
  const ranges = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((x) => /^\s*q=([0-9.]+)\s*$/i.exec(x)?.[1]).find((x) => x !== undefined);
      return { tag: range.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) if ((matchLangs as readonly string[]).includes(range.tag)) return range.tag as MatchLang;
  return 'nl';
}
