/**
 * The quickscan's interface words. The scan exists in Dutch only (issue 16), so its words live
 * here rather than in every dictionary; questions, standings and reasons are data in
 * `content/quickscan/`. Browser-safe.
 */
import type { QuickscanCollection } from '../../functions/contracts/quickscan.ts';
import type { SchemeStatus } from '../../functions/domain/scheme-status.ts';

export const quickscanText = {
  title: 'Quickscan voor gemeenten',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  progressLabel: 'Voortgang van de quickscan',
  done: '(ingevuld)',
  current: '(nu)',
  report: 'Rapport',
  previous: 'Vorige stap',
  next: 'Volgende stap',
  toReport: 'Naar het rapport',
  optional: '(niet verplicht)',
  gemeenteLabel: 'Naam van uw gemeente',
  gemeenteHint: 'Alleen voor de kop van uw rapport. Werkpad bewaart en verstuurt niets.',
  chooseRegion: 'Kies een regio',
  errorTitle: 'Er ontbreekt nog iets',
  required: (question: string) => `Beantwoord de vraag ‘${question}’.`,
  tooMany: (question: string, max: number) => `Kies bij ‘${question}’ hooguit ${max} antwoorden.`,
  privacy: 'Uw antwoorden blijven in deze browser, in dit tabblad. Werkpad stuurt ze nergens heen en bewaart ze niet.',
  load: {
    title: 'Eerder opgeslagen quickscan openen',
    label: 'Kies het bestand (.json)',
    hint: 'Het bestand dat u eerder met ‘Opslaan als bestand’ heeft bewaard. Het blijft op uw computer.',
    failed: 'Dit bestand kan Werkpad niet openen',
    loaded: 'Het bestand is geopend. Hieronder staat het rapport bij uw antwoorden, met de status van de regelingen van vandaag.',
  },
  reportTitle: (gemeente: string) => (gemeente ? `Rapport quickscan: ${gemeente}` : 'Rapport quickscan'),
  reportIntro:
    'Per onderdeel van de Doorbraakgarage-aanpak ziet u waar uw gemeente staat, wat u nu kunt doen en wat op Werkpad bij uw antwoorden past. Bij elke aanbeveling staat waarom die gekozen is.',
  date: 'Ingevuld op',
  region: 'Arbeidsmarktregio',
  sectors: 'Sectoren',
  notGiven: 'niet ingevuld',
  overview: 'Overzicht',
  overviewCaption: 'Waar uw gemeente staat, per onderdeel',
  part: 'Onderdeel',
  standing: 'Waar u staat',
  answered: 'Beantwoord',
  answeredOf: (n: number, total: number) => `${n} van ${total} vragen beantwoord`,
  firstStep: 'Eerste stap',
  notAnswered: 'U heeft de vragen van dit onderdeel niet beantwoord. Vul ze in om te zien waar u staat.',
  noStanding: 'Uw antwoorden zeggen nog niet waar u staat: beantwoord ook de andere vragen van dit onderdeel.',
  miss: (what: string, field: 'regions' | 'sectors', labels: string) =>
    field === 'regions' ? `Werkpad kent nog geen ${what} uit uw regio (${labels}).` : `Werkpad kent nog geen ${what} over ${labels}.`,
  missInvite: 'Kent u er een? Meld het aan, zodat andere gemeenten ervan leren.',
  submitHref: '/initiatief-aanmelden/',
  nextSteps: 'Wat u nu kunt doen',
  why: 'Waarom:',
  solutions: 'Oplossingen die werken:',
  nothing: 'Bij uw antwoorden op dit onderdeel heeft Werkpad geen aanbevelingen.',
  statusOn: (date: string) => `De status van de regelingen is berekend op ${date}, uit de aanvraagperioden in de bronnen. Controleer de voorwaarden altijd bij de financier.`,
  actions: 'Wat wilt u met het rapport doen?',
  print: 'Afdrukken',
  save: 'Opslaan als bestand',
  edit: 'Antwoorden aanpassen',
  restart: 'Opnieuw beginnen',
  restarted: 'Uw antwoorden zijn gewist. U kunt opnieuw beginnen.',
  collections: {
    praktijkvoorbeelden: 'Praktijkvoorbeelden',
    regelingen: 'Regelingen',
    knelpunten: 'Knelpunten en hun oplossingen',
    lessen: 'Lessen uit netwerken',
  } satisfies Record<QuickscanCollection, string>,
  status: {
    open: 'Open',
    gesloten: 'Gesloten',
    doorlopend: 'Doorlopend',
    verwacht: 'Verwacht',
    onbekend: 'Onbekend',
  } satisfies Record<SchemeStatus, string>,
  statusPrefix: 'Status',
  statusHint: {
    open: 'Er loopt nu een aanvraagperiode.',
    doorlopend: 'U kunt het op elk moment inzetten of aanvragen.',
    verwacht: 'Er is nu geen aanvraagperiode open; er komt er een aan.',
    onbekend: 'Wanneer u kunt aanvragen, staat niet in de bronnen: vraag het na bij de financier.',
    gesloten: 'Alle bekende aanvraagperioden zijn voorbij: kijk of er een nieuwe komt.',
  } satisfies Record<SchemeStatus, string>,
  /** Which misses the report names: practices and lessons, where a reader can help fill the gap. */
  missWhat: { praktijkvoorbeelden: 'praktijkvoorbeelden', lessen: 'lessen' } as Partial<Record<QuickscanCollection, string>>,
} as const;
