/**
 * The register of employers as open data: the documented columns of `werkgevers.json` and
 * `werkgevers.csv`, in the format of the other exports (`open-data.ts`). Company data only: the
 * input is `PublicEmployer`, which has no contact person to leak.
 */
import type { PublicEmployer } from '../../functions/contracts/employer.ts';
import type { Column } from './open-data.ts';

const orNull = (v: string | undefined) => v ?? null;
const day = (iso: string) => iso.slice(0, 10);

/** The columns of the employer register, in export order. */
export const employerColumns: readonly Column<PublicEmployer>[] = [
  { name: 'id', type: 'id', description: 'Vaste id van de werkgever in het register.', value: (e) => e.id },
  { name: 'url', type: 'url', description: 'Pagina van de werkgever op Werkpad.', value: (e, c) => new URL(`/werkgevers/${e.id}/`, c.origin).href },
  { name: 'name', type: 'tekst', description: 'Naam van het bedrijf.', value: (e) => e.name },
  { name: 'kvk', type: 'tekst', description: 'KvK-nummer: precies 8 cijfers (voorloopnullen horen erbij).', value: (e) => e.kvk },
  { name: 'website', type: 'url', description: 'Website van het bedrijf. Leeg: niet opgegeven.', value: (e) => orNull(e.website) },
  { name: 'description', type: 'tekst', description: 'Wat het bedrijf doet en biedt, in de woorden van de werkgever. Leeg: niet opgegeven.', value: (e) => orNull(e.description) },
  { name: 'regions', type: 'id-lijst', description: "Arbeidsmarktregio's waar de werkgever plekken heeft (ids uit regions.json; landelijk = heel Nederland).", value: (e) => e.regions },
  { name: 'sectors', type: 'id-lijst', description: 'Sectoren (ids uit sectors.json).', value: (e) => e.sectors },
  { name: 'offers', type: 'id-lijst', description: 'Wat de werkgever aanbiedt (ids uit offers.json), bijvoorbeeld leerwerkplek, startbaan of taalbuddy.', value: (e) => e.offers },
  { name: 'languageLevel', type: 'tekst', description: 'Minimaal gevraagd niveau Nederlands (ERK): A0 (nog geen Nederlands), A1, A2, B1, B2, C1 of C2.', value: (e) => e.languageLevel },
  { name: 'educationLevel', type: 'tekst', description: 'Minimaal gevraagde opleiding (id uit education-levels.json). Leeg: geen eis.', value: (e) => orNull(e.educationLevel) },
  { name: 'skills', type: 'id-lijst', description: 'Vaardigheden die de werkgever zoekt (ids uit skills.json).', value: (e) => e.skills },
  { name: 'verifiedAt', type: 'datum', description: 'Dag waarop de werkgever de inschrijving voor het eerst bevestigde.', value: (e) => day(e.verifiedAt) },
  { name: 'confirmedAt', type: 'datum', description: 'Dag waarop de werkgever voor het laatst bevestigde open te staan voor statushouders (elk jaar opnieuw).', value: (e) => day(e.confirmedAt) },
];
