/**
 * The employer register as the site build sees it (DESIGN.md: "the employer register page and the
 * employer pages are static too"): every verified, visible employer, read once per build from the
 * store through the repository's `listVerified()` (a query on the status index, never a scan), as
 * public data only. Like `published-submissions.ts`, only when the build is given a store
 * (`DYNAMODB_ENDPOINT`, as the local server and CodeBuild do); a plain `npm run build` shows an
 * empty register and says so.
 */
import { publicEmployerSchema, type PublicEmployer } from '../../functions/contracts/employer.ts';

let loaded: Promise<PublicEmployer[]> | undefined;

/** The verified employers, read once per build; the list, facet, detail and data pages share it. */
export function publishedEmployers(): Promise<PublicEmployer[]> {
  return (loaded ??= readRegister());
}

async function readRegister(): Promise<PublicEmployer[]> {
  if (!process.env.DYNAMODB_ENDPOINT && !process.env.WERKPAD_READ_STORE) {
    console.info('[werkpad] Geen opslag opgegeven (DYNAMODB_ENDPOINT): het register van werkgevers is leeg.');
    return [];
  }
  // Loaded here, not at the top: a build without a store never touches the AWS SDK.
  const { employersRepository } = await import('../../functions/adapters/dynamodb/employers-repository.ts');
  const { toPublicEmployer } = await import('../../functions/domain/employer-rules.ts');
  const verified = await employersRepository.listVerified();
  // Parsed, not trusted: a stored entry that no longer fits the public shape stops the build with
  // its id, rather than putting something unexpected on a public page.
  const employers = verified.flatMap((stored) => {
    const visible = toPublicEmployer(stored);
    if (!visible) return []; // hidden or withdrawn between the index and the item: not in the register
    const parsed = publicEmployerSchema.safeParse(visible);
    if (!parsed.success) {
      throw new Error(`Werkgever ${stored.id} past niet in het openbare register: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return [parsed.data];
  });
  console.info(`[werkpad] ${employers.length} werkgever(s) uit de opslag.`);
  return employers.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
}
