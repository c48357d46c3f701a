import { t as bilingual } from "./messages_DhJMH1nJ.mjs";
import { z } from "zod";
// functions/contracts/plain-text.ts
/**
* Field builders for text and lists that people type into Werkpad's forms. Every field carries its
* own Dutch message for every way it can be wrong, so the browser island and the API give the same
* message from the same schema (STYLE.md, "one zod schema shared by form and server"). Each builder
* registers the English of every message it makes (`messages.ts`), for the English pages.
*
* "Plain text" means: no HTML tags and no invisible control characters. Submissions end up on
* static pages and in mails; refusing markup at the door is simpler to reason about than escaping
* it correctly in every place that shows it.
*/
var HTML_TAG = /<[A-Za-z/!?]/;
var CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
var CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** True when `text` contains something that looks like an HTML tag. */
function containsHtml(text) {
	return HTML_TAG.test(text);
}
/** True when `text` contains control characters (line breaks and tabs allowed when `multiline`). */
function containsControlCharacters(text, multiline) {
	return (multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(text);
}
/**
* A trimmed, NFC-normalised plain-text string between `min` and `max` characters, with a Dutch
* message per problem (and its English registered, see `messages.ts`). Lengths count after
* trimming, so "   " is empty.
*/
function plainText({ label, min, max, multiline = false }) {
	const { nl, en } = label;
	const is = label.plural ? "are" : "is";
	const contains = label.plural ? "contain" : "contains";
	const missing = bilingual(`vul ${nl} in`, `enter ${en}`);
	const notText = bilingual(`vul ${nl} in als tekst`, `enter ${en} as text`);
	const tooShort = bilingual(`${nl} is te kort: gebruik minstens ${min} tekens`, `${en} ${is} too short: use at least ${min} characters`);
	return z.string({ error: (issue) => issue.input === void 0 ? missing : notText }).trim().normalize("NFC").min(min, { error: (issue) => min <= 1 || issue.input === "" ? missing : tooShort }).max(max, bilingual(`${nl} is te lang: gebruik hooguit ${max} tekens`, `${en} ${is} too long: use at most ${max} characters`)).refine((v) => !containsHtml(v), bilingual(`gebruik in ${nl} gewone tekst, zonder HTML (geen < direct voor een letter)`, `use plain text in ${en}, without HTML (no < directly before a letter)`)).refine((v) => !containsControlCharacters(v, multiline), multiline ? bilingual(`${nl} bevat onzichtbare stuurtekens; haal die weg`, `${en} ${contains} invisible control characters; remove them`) : bilingual(`${nl} moet op één regel, zonder onzichtbare stuurtekens`, `${en} must be on one line, without invisible control characters`));
}
/** A list of reference ids (an enum from `taxonomy.ts`), bounded and without duplicates. */
function idList(item, { one, many, min, max }) {
	const duplicate = bilingual(`deze ${one.nl} staat er al in`, `this ${one.en} is already in the list`);
	return z.array(item, { error: bilingual(`geef de ${many.nl} als lijst`, `give the ${many.en} as a list`) }).min(min, bilingual(`kies minstens één ${one.nl}`, `choose at least one ${one.en}`)).max(max, bilingual(`kies hooguit ${max} ${many.nl}`, `choose at most ${max} ${many.en}`)).superRefine((list, ctx) => {
		list.forEach((value, index) => {
			if (list.indexOf(value) !== index) ctx.addIssue({
				code: "custom",
				path: [index],
				message: duplicate
			});
		});
	});
}
function isHttpsAddress(value) {
	let url;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	return url.protocol === "https:" && z.regexes.domain.test(url.hostname) && url.username === "" && url.password === "";
}
/** An https address of at most 500 characters, such as https://voorbeeld.nl/project. */
var httpsUrl = z.string({ error: bilingual("vul het webadres in als tekst", "enter the web address as text") }).trim().max(500, bilingual("het webadres is te lang: gebruik hooguit 500 tekens", "the web address is too long: use at most 500 characters")).refine(isHttpsAddress, bilingual("vul een volledig webadres in dat met https:// begint", "enter a full web address starting with https://")).meta({ format: "uri" });
/** An e-mail address (trimmed, at most 254 characters). */
var emailAddress = z.string({ error: bilingual("vul het e-mailadres in als tekst", "enter the e-mail address as text") }).trim().max(254, bilingual("het e-mailadres is te lang", "the e-mail address is too long")).regex(z.regexes.email, bilingual("vul een geldig e-mailadres in, zoals naam@voorbeeld.nl", "enter a valid e-mail address, such as name@example.org")).meta({ format: "email" });
export { plainText as i, httpsUrl as n, idList as r, emailAddress as t };
