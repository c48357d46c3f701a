import { i as publicEmployerSchema } from "./employer_BjXkeUdf.mjs";
// site/lib/published-employers.ts
/**
* The employer register as the site build sees it (DESIGN.md: "the employer register page and the
* employer pages are static too"): every verified, visible employer, read once per build from the
* store through the repository's `listVerified()` (a query on the status index, never a scan), as
* public data only. Like `published-submissions.ts`, only when the build is given a store
* (`DYNAMODB_ENDPOINT`, as the local server and CodeBuild do); a plain `npm run build` shows an
* empty register and says so.
*/
var loaded;
/** The verified employers, read once per build; the list, facet, detail and data pages share it. */
function publishedEmployers() {
	return loaded ??= readRegister();
}
async function readRegister() {
	if (!process.env.DYNAMODB_ENDPOINT && !process.env.WERKPAD_READ_STORE) {
		console.info("[werkpad] Geen opslag opgegeven (DYNAMODB_ENDPOINT): het register van werkgevers is leeg.");
		return [];
	}
	const { employersRepository } = await import("./employers-repository_CZpwtanr.mjs");
	const { toPublicEmployer } = await import("./employer-rules_cYlIIL19.mjs");
	const employers = (await employersRepository.listVerified()).flatMap((stored) => {
		const visible = toPublicEmployer(stored);
		if (!visible) return [];
		const parsed = publicEmployerSchema.safeParse(visible);
		if (!parsed.success) throw new Error(`Werkgever ${stored.id} past niet in het openbare register: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
		return [parsed.data];
	});
	console.info(`[werkpad] ${employers.length} werkgever(s) uit de opslag.`);
	return employers.sort((a, b) => a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id));
}
export { publishedEmployers as t };
