/**
 * The words of the 'Werk zoeken' page (`match-form.ts`) in the five languages of the site. Dutch
 * and English are the site's own; Arabic, Ukrainian and Tigrinya are machine-assisted and not yet
 * reviewed by a native speaker (the page carries the site's notice, as every ar/uk/ti page does).
 * The names of sectors, offers and education levels come from `functions/domain/match-reasons.ts`,
 * the one place they are written in all five languages.
 */
import type { MatchLang } from '../functions/domain/match-reasons.ts';

const nl = {
  intro: 'Vul in wat u kunt en wat u zoekt. U ziet welke werkgevers, praktijkvoorbeelden en regelingen passen, en waarom.',
  privacy: 'Wat u invult, bewaren we niet. Het gaat alleen naar de zoekfunctie en is daarna weg.',
  required: '(verplicht)',
  optional: '(niet verplicht)',
  region: 'In welke arbeidsmarktregio zoekt u werk?',
  'region.hint': 'De regio waar u woont of wilt werken.',
  'region.choose': 'Kies een regio',
  languageLevel: 'Hoe goed spreekt u Nederlands?',
  'languageLevel.hint': 'A0 is nog geen Nederlands, C2 is uitstekend.',
  sectors: 'In welke sectoren wilt u werken?',
  'sectors.hint': 'Kies er een of meer. Kiest u niets, dan kijken we naar uw vaardigheden.',
  skills: 'Wat kunt u?',
  'skills.hint': "Bijvoorbeeld: lassen, koken, heftruck rijden. Zet komma's tussen de woorden. Nederlands of Engels.",
  educationLevel: 'Welke opleiding hebt u afgemaakt?',
  'educationLevel.empty': 'Geen antwoord',
  offers: 'Wat zoekt u?',
  'offers.hint': 'Bijvoorbeeld een leerwerkplek of een vacature. Kiest u niets, dan is alles goed.',
  submit: 'Zoeken',
  busy: 'Bezig met zoeken…',
  failed: 'Zoeken lukt nu niet. Probeer het later opnieuw.',
  errorSummary: 'Er is een probleem',
  results: 'Resultaten',
  count: 'Gevonden: {employers} werkgevers, {practices} praktijkvoorbeelden en {schemes} regelingen.',
  employers: 'Werkgevers',
  practices: 'Praktijkvoorbeelden',
  schemes: 'Regelingen',
  'none.employers': 'Geen werkgevers gevonden. Kies een andere sector of vul minder in.',
  'none.practices': 'Geen praktijkvoorbeelden gevonden.',
  'none.schemes': 'Geen regelingen gevonden.',
  score: 'Past voor {score} van de 100',
  match: 'Past',
  gap: 'Ontbreekt',
  unknownSkills: 'Deze woorden kennen we niet: {words}. Probeer een ander woord.',
};

type Words = Record<keyof typeof nl, string>;

const en: Words = {
  intro: 'Fill in what you can do and what you are looking for. You will see which employers, good practices and schemes fit, and why.',
  privacy: 'We do not keep what you fill in. It only goes to the search and is gone afterwards.',
  required: '(required)',
  optional: '(optional)',
  region: 'In which labour market region are you looking for work?',
  'region.hint': 'The region where you live or want to work.',
  'region.choose': 'Choose a region',
  languageLevel: 'How well do you speak Dutch?',
  'languageLevel.hint': 'A0 is no Dutch yet, C2 is excellent.',
  sectors: 'In which sectors do you want to work?',
  'sectors.hint': 'Choose one or more. If you choose none, we look at your skills.',
  skills: 'What can you do?',
  'skills.hint': 'For example: welding, cooking, forklift driving. Put commas between the words. Dutch or English.',
  educationLevel: 'Which education have you completed?',
  'educationLevel.empty': 'No answer',
  offers: 'What are you looking for?',
  'offers.hint': 'For example a work-based learning place or a vacancy. If you choose none, anything is fine.',
  submit: 'Search',
  busy: 'Searching…',
  failed: 'The search does not work right now. Please try again later.',
  errorSummary: 'There is a problem',
  results: 'Results',
  count: 'Found: {employers} employers, {practices} good practices and {schemes} schemes.',
  employers: 'Employers',
  practices: 'Good practices',
  schemes: 'Funding schemes',
  'none.employers': 'No employers found. Choose another sector or fill in less.',
  'none.practices': 'No good practices found.',
  'none.schemes': 'No schemes found.',
  score: 'Fits for {score} out of 100',
  match: 'Fits',
  gap: 'Missing',
  unknownSkills: 'We do not know these words: {words}. Try another word.',
};

const ar: Words = {
  intro: 'اكتب ما تستطيع فعله وما تبحث عنه. سترى أصحاب العمل والأمثلة العملية وبرامج الدعم المناسبة لك، ولماذا.',
  privacy: 'لا نحتفظ بما تكتبه. يذهب فقط إلى البحث ثم يُحذف.',
  required: '(إلزامي)',
  optional: '(اختياري)',
  region: 'في أي منطقة من مناطق سوق العمل تبحث عن عمل؟',
  'region.hint': 'المنطقة التي تسكن فيها أو تريد العمل فيها.',
  'region.choose': 'اختر منطقة',
  languageLevel: 'ما مستواك في اللغة الهولندية؟',
  'languageLevel.hint': 'A0 يعني لا تتكلم الهولندية بعد، وC2 يعني ممتاز.',
  sectors: 'في أي قطاعات تريد العمل؟',
  'sectors.hint': 'اختر قطاعًا واحدًا أو أكثر. إذا لم تختر شيئًا، ننظر إلى مهاراتك.',
  skills: 'ماذا تستطيع أن تفعل؟',
  'skills.hint': 'مثلًا: lassen، koken، heftruck rijden. ضع فاصلة بين الكلمات. اكتب بالهولندية أو بالإنجليزية.',
  educationLevel: 'ما التعليم الذي أنهيته؟',
  'educationLevel.empty': 'بدون إجابة',
  offers: 'عمّا تبحث؟',
  'offers.hint': 'مثلًا مكان للتعلم والعمل أو وظيفة شاغرة. إذا لم تختر شيئًا، فكل شيء مناسب.',
  submit: 'ابحث',
  busy: 'جارٍ البحث…',
  failed: 'البحث لا يعمل الآن. حاول مرة أخرى لاحقًا.',
  errorSummary: 'هناك مشكلة',
  results: 'النتائج',
  count: 'وجدنا: {employers} من أصحاب العمل، و{practices} من الأمثلة العملية، و{schemes} من برامج الدعم.',
  employers: 'أصحاب العمل',
  practices: 'أمثلة عملية',
  schemes: 'برامج الدعم',
  'none.employers': 'لم نجد أصحاب عمل. اختر قطاعًا آخر أو اكتب أقل.',
  'none.practices': 'لم نجد أمثلة عملية.',
  'none.schemes': 'لم نجد برامج دعم.',
  score: 'مناسب بنسبة {score} من 100',
  match: 'مناسب',
  gap: 'ينقص',
  unknownSkills: 'لا نعرف هذه الكلمات: {words}. جرّب كلمة أخرى.',
};

const uk: Words = {
  intro: 'Напишіть, що ви вмієте і що шукаєте. Ви побачите, які роботодавці, приклади практики та програми підтримки підходять і чому.',
  privacy: 'Ми не зберігаємо того, що ви вводите. Це йде лише до пошуку і потім зникає.',
  required: '(обов’язково)',
  optional: '(не обов’язково)',
  region: 'У якому регіоні ринку праці ви шукаєте роботу?',
  'region.hint': 'Регіон, де ви живете або хочете працювати.',
  'region.choose': 'Виберіть регіон',
  languageLevel: 'Наскільки добре ви говорите нідерландською?',
  'languageLevel.hint': 'A0 — ще не говорю, C2 — відмінно.',
  sectors: 'У яких секторах ви хочете працювати?',
  'sectors.hint': 'Виберіть один або кілька. Якщо нічого не виберете, ми дивимося на ваші навички.',
  skills: 'Що ви вмієте?',
  'skills.hint': 'Наприклад: lassen, koken, heftruck rijden. Ставте коми між словами. Нідерландською або англійською.',
  educationLevel: 'Яку освіту ви здобули?',
  'educationLevel.empty': 'Без відповіді',
  offers: 'Що ви шукаєте?',
  'offers.hint': 'Наприклад, навчання на робочому місці або вакансію. Якщо нічого не виберете, підходить усе.',
  submit: 'Шукати',
  busy: 'Шукаємо…',
  failed: 'Пошук зараз не працює. Спробуйте пізніше.',
  errorSummary: 'Є проблема',
  results: 'Результати',
  count: 'Знайдено: роботодавців — {employers}, прикладів практики — {practices}, програм підтримки — {schemes}.',
  employers: 'Роботодавці',
  practices: 'Приклади практики',
  schemes: 'Програми підтримки',
  'none.employers': 'Роботодавців не знайдено. Виберіть інший сектор або заповніть менше.',
  'none.practices': 'Прикладів практики не знайдено.',
  'none.schemes': 'Програм підтримки не знайдено.',
  score: 'Підходить на {score} зі 100',
  match: 'Підходить',
  gap: 'Бракує',
  unknownSkills: 'Ми не знаємо цих слів: {words}. Спробуйте інше слово.',
};

const ti: Words = {
  intro: 'እትኽእልዎን እትደልይዎን ጽሓፉ። ኣየኖት ወሃብቲ ስራሕ፣ ኣብነታት ተግባርን መደባት ደገፍን ከም ዝሰማምዑኹም፣ ስለምንታይ ድማ ክትርእዩ ኢኹም።',
  privacy: 'ዝጸሓፍኩምዎ ኣይንዕቅቦን። ናብ ምድላይ ጥራይ ይኸይድ፣ ድሕሪኡ ይጠፍእ።',
  required: '(ግድን)',
  optional: '(ግድን ኣይኮነን)',
  region: 'ኣብ ኣየናይ ዞባ ዕዳጋ ስራሕ ስራሕ ትደልዩ?',
  'region.hint': 'እትነብሩሉ ወይ ክትሰርሑሉ እትደልዩ ዞባ።',
  'region.choose': 'ዞባ ምረጹ',
  languageLevel: 'ሆላንድኛ ክሳብ ክንደይ ትዛረቡ?',
  'languageLevel.hint': 'A0 ማለት ገና ሆላንድኛ የለን፣ C2 ማለት ብሉጽ።',
  sectors: 'ኣብ ኣየኖት ዘርፍታት ክትሰርሑ ትደልዩ?',
  'sectors.hint': 'ሓደ ወይ ልዕሊኡ ምረጹ። ዋላ ሓደ እንተ ዘይመረጽኩም፣ ክእለታትኩም ንርኢ።',
  skills: 'እንታይ ትኽእሉ?',
  'skills.hint': 'ንኣብነት: lassen, koken, heftruck rijden። ኣብ መንጎ ቃላት ኮማ ግበሩ። ብሆላንድኛ ወይ ብእንግሊዝኛ።',
  educationLevel: 'ኣየናይ ትምህርቲ ወዲእኩም?',
  'educationLevel.empty': 'መልሲ የለን',
  offers: 'እንታይ ትደልዩ?',
  'offers.hint': 'ንኣብነት ቦታ ትምህርትን ስራሕን ወይ ክፉት ቦታ ስራሕ። ዋላ ሓደ እንተ ዘይመረጽኩም፣ ኩሉ ጽቡቕ እዩ።',
  submit: 'ድለ',
  busy: 'ይድለ ኣሎ…',
  failed: 'ምድላይ ሕጂ ኣይሰርሕን። ጸኒሕኩም ደጊምኩም ፈትኑ።',
  errorSummary: 'ጸገም ኣሎ',
  results: 'ውጽኢታት',
  count: 'ዝተረኽቡ: {employers} ወሃብቲ ስራሕ፣ {practices} ኣብነታት ተግባርን {schemes} መደባት ደገፍን።',
  employers: 'ወሃብቲ ስራሕ',
  practices: 'ኣብነታት ተግባር',
  schemes: 'መደባት ደገፍ',
  'none.employers': 'ወሃብቲ ስራሕ ኣይተረኽቡን። ካልእ ዘርፊ ምረጹ ወይ ውሑድ ምልኡ።',
  'none.practices': 'ኣብነታት ተግባር ኣይተረኽቡን።',
  'none.schemes': 'መደባት ደገፍ ኣይተረኽቡን።',
  score: 'ካብ 100 {score} ይሰማማዕ',
  match: 'ይሰማማዕ',
  gap: 'ይጎድል',
  unknownSkills: 'ነዞም ቃላት ኣይንፈልጦምን: {words}። ካልእ ቃል ፈትኑ።',
};

/** The page's words per language. */
export const matchWords: Record<MatchLang, Words> = { nl, en, ar, uk, ti };
export type MatchWordKey = keyof Words;

/** A word of the page with `{name}` placeholders filled. */
export function matchWord(lang: MatchLang, key: MatchWordKey, vars: Record<string, string | number> = {}): string {
  return matchWords[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The language levels as the form lists them (nl and en follow `content/reference/language-levels.json`). */
export const levelLabels: Record<MatchLang, Record<string, string>> = {
  nl: { A0: 'A0 – nog geen Nederlands', A1: 'A1 – beginner', A2: 'A2 – basis', B1: 'B1 – gemiddeld', B2: 'B2 – goed', C1: 'C1 – zeer goed', C2: 'C2 – uitstekend' },
  en: { A0: 'A0 – no Dutch yet', A1: 'A1 – beginner', A2: 'A2 – elementary', B1: 'B1 – intermediate', B2: 'B2 – upper intermediate', C1: 'C1 – advanced', C2: 'C2 – proficient' },
  ar: { A0: 'A0 – لا أتكلم الهولندية بعد', A1: 'A1 – مبتدئ', A2: 'A2 – أساسي', B1: 'B1 – متوسط', B2: 'B2 – جيد', C1: 'C1 – جيد جدًا', C2: 'C2 – ممتاز' },
  uk: { A0: 'A0 – ще не говорю', A1: 'A1 – початковий', A2: 'A2 – базовий', B1: 'B1 – середній', B2: 'B2 – добрий', C1: 'C1 – дуже добрий', C2: 'C2 – відмінний' },
  ti: { A0: 'A0 – ገና ሆላንድኛ የለን', A1: 'A1 – ጀማሪ', A2: 'A2 – መሰረታዊ', B1: 'B1 – ማእከላይ', B2: 'B2 – ጽቡቕ', C1: 'C1 – ኣዝዩ ጽቡቕ', C2: 'C2 – ብሉጽ' },
};

/**
 * The profile's validation messages in Arabic, Ukrainian and Tigrinya, by their Dutch (the schema's
 * words; `messages.ts` has their English). A message not listed shows in Dutch.
 */
export const fieldMessageTranslations: Record<'ar' | 'uk' | 'ti', Record<string, string>> = {
  ar: {
    'kies de arbeidsmarktregio waar u werk zoekt': 'اختر منطقة سوق العمل التي تبحث فيها عن عمل',
    'kies een taalniveau van A0 tot en met C2': 'اختر مستوى لغة من A0 إلى C2',
    'noem hooguit 50 vaardigheden': 'اذكر 50 مهارة على الأكثر',
    'de vaardigheid is te lang: gebruik hooguit 60 tekens': 'المهارة طويلة جدًا: استخدم 60 حرفًا على الأكثر',
  },
  uk: {
    'kies de arbeidsmarktregio waar u werk zoekt': 'виберіть регіон ринку праці, де ви шукаєте роботу',
    'kies een taalniveau van A0 tot en met C2': 'виберіть рівень мови від A0 до C2',
    'noem hooguit 50 vaardigheden': 'назвіть не більше 50 навичок',
    'de vaardigheid is te lang: gebruik hooguit 60 tekens': 'навичка задовга: використайте не більше 60 символів',
  },
  ti: {
    'kies de arbeidsmarktregio waar u werk zoekt': 'ስራሕ እትደልዩሉ ዞባ ዕዳጋ ስራሕ ምረጹ',
    'kies een taalniveau van A0 tot en met C2': 'ካብ A0 ክሳብ C2 ደረጃ ቋንቋ ምረጹ',
    'noem hooguit 50 vaardigheden': 'ብዝበዝሐ 50 ክእለታት ጥቀሱ',
    'de vaardigheid is te lang: gebruik hooguit 60 tekens': 'እቲ ክእለት ነዊሕ እዩ: ብዝበዝሐ 60 ፊደላት ተጠቐሙ',
  },
};
