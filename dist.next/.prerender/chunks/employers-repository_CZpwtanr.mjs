import { a as storedEmployerSchema, t as employerAuditEntrySchema } from "./employer_BjXkeUdf.mjs";
import { a as isVisible, i as freshnessDueAt, o as levelsUpTo } from "./employer-rules_M9qYtPNf.mjs";
import { z } from "zod";
import "node:fs";
import path from "node:path";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException, DynamoDBClient } from "@aws-sdk/client-dynamodb";
// functions/domain/errors.ts
/**
* Errors of the use cases, free of HTTP. The HTTP adapter maps each to the contract's status and
* code in one place (`errorToResult` in `adapters/http/errors.ts`), so the domain never imports it.
*/
/** Base of every rule a request can break; `kind` says which contract error it is. */
var DomainError = class extends Error {
	kind;
	constructor(kind, message, options) {
		super(message, options);
		this.name = "DomainError";
		this.kind = kind;
	}
};
/** Input that only the store can judge (a list cursor); `fields` maps the parameter to a Dutch message. */
var InvalidInputError = class extends DomainError {
	fields;
	constructor(fields) {
		super("invalid_input", "Niet alle velden zijn goed ingevuld.");
		this.name = "InvalidInputError";
		this.fields = fields;
	}
};
// functions/config.ts
/** A moderator as the local runtime knows them: a name for the audit trail and a secret token. */
var moderatorSchema = z.strictObject({
	name: z.string().regex(/^[\p{L}\p{N}._-]{1,40}$/u),
	token: z.string().min(1).max(200)
});
/** Thrown when one or more settings are invalid; `problems` holds one Dutch line per variable. */
var ConfigError = class extends Error {
	problems;
	constructor(problems) {
		super(`Ongeldige instellingen:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
		this.name = "ConfigError";
		this.problems = problems;
	}
};
var optionalText = z.string().optional().transform((v) => v === void 0 || v.trim() === "" ? void 0 : v.trim());
function integer(name, min, max, fallback, hint = "") {
	return optionalText.transform((v, ctx) => {
		if (v === void 0) return fallback;
		const n = /^\d+$/.test(v) ? Number(v) : NaN;
		if (!(n >= min && n <= max)) {
			ctx.addIssue({
				code: "custom",
				message: `${name} moet een getal tussen ${min} en ${max} zijn${hint}, niet "${v}"`
			});
			return z.NEVER;
		}
		return n;
	});
}
function httpUrl(name, example) {
	return optionalText.transform((v, ctx) => {
		if (v === void 0) return void 0;
		let url;
		try {
			url = new URL(v);
		} catch {
			url = void 0;
		}
		if (!url || url.protocol !== "http:" && url.protocol !== "https:") {
			ctx.addIssue({
				code: "custom",
				message: `${name} moet een http(s)-adres zijn, zoals ${example}, niet "${v}"`
			});
			return z.NEVER;
		}
		return url.href.replace(/\/+$/, "");
	});
}
var moderatorsVar = optionalText.transform((v, ctx) => {
	if (v === void 0) return [];
	const list = [];
	for (const pair of v.split(",")) {
		const at = pair.indexOf(":");
		const parsed = moderatorSchema.safeParse({
			name: pair.slice(0, at).trim(),
			token: pair.slice(at + 1).trim()
		});
		if (at < 1 || !parsed.success) {
			ctx.addIssue({
				code: "custom",
				message: "MODERATORS moet de vorm naam:token,naam:token hebben (naam: letters, cijfers, . _ -; token niet leeg)"
			});
			return z.NEVER;
		}
		list.push(parsed.data);
	}
	return list;
});
var envSchema = z.object({
	PORT: integer("PORT", 0, 65535, 4321),
	DATA_DIR: optionalText,
	PUBLIC_BASE_URL: httpUrl("PUBLIC_BASE_URL", "https://werkpad.example.nl"),
	ADMIN_TOKEN: optionalText,
	MODERATORS: moderatorsVar,
	SIGNING_KEY: optionalText.pipe(z.string().min(32, "SIGNING_KEY moet minstens 32 tekens lang zijn").optional()),
	DYNAMODB_ENDPOINT: httpUrl("DYNAMODB_ENDPOINT", "http://localhost:8000"),
	TABLE_NAME: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_.-]{3,200}$/, "TABLE_NAME mag alleen letters, cijfers, _ . - bevatten (3 tot 200 tekens)").default("werkpad")),
	RATE_LIMIT_PER_MINUTE: integer("RATE_LIMIT_PER_MINUTE", 0, 1e5, 30, " (0 zet de limiet uit)"),
	FORM_MIN_FILL_SECONDS: integer("FORM_MIN_FILL_SECONDS", 0, 3600, 3, " (0 zet de tijdval uit)")
});
/** Validates an environment map into a `Config`, throwing a `ConfigError` that names every wrong variable. */
function parseConfig(env) {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
	const e = parsed.data;
	const moderators = [...e.ADMIN_TOKEN ? [{
		name: "admin",
		token: e.ADMIN_TOKEN
	}] : [], ...e.MODERATORS];
	const names = moderators.map((m) => m.name);
	const duplicate = names.find((n, i) => names.indexOf(n) !== i);
	if (duplicate) throw new ConfigError([`moderator "${duplicate}" komt dubbel voor in ADMIN_TOKEN/MODERATORS (ADMIN_TOKEN heet "admin")`]);
	if (new Set(moderators.map((m) => m.token)).size !== moderators.length) throw new ConfigError(["twee moderatoren in MODERATORS/ADMIN_TOKEN hebben hetzelfde token; geef elk een eigen token"]);
	return {
		port: e.PORT,
		dataDir: path.resolve(e.DATA_DIR ?? ".data"),
		publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
		moderators,
		moderatorTokenGenerated: false,
		dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
		tableName: e.TABLE_NAME,
		rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
		formMinFillSeconds: e.FORM_MIN_FILL_SECONDS,
		signingKey: e.SIGNING_KEY
	};
}
z.object({ moderatorToken: z.string().min(16) });
var cached$1;
/** The settings of this process: parsed from `process.env` on first use, then cached. */
function getConfig() {
	cached$1 ??= parseConfig(process.env);
	return cached$1;
}
// functions/adapters/dynamodb/table.ts
/** Index names, for queries. */
var GSI1 = "gsi1";
var GSI2 = "gsi2";
/** `yyyy-mm-dd` of an instant, in UTC: the day in an expiry partition's key. */
function utcDay(at) {
	return at.toISOString().slice(0, 10);
}
/** The gsi2 partition of the items that expire on `day` (`yyyy-mm-dd`), where the expiry sweep finds them. */
function expiryPartitionOfDay(day) {
	return `EXPIRES#${day}`;
}
/** The gsi2 partition of an item whose `expiresAt` (epoch seconds) is this. */
function expiryPartition(expiresAt) {
	return expiryPartitionOfDay(utcDay(/* @__PURE__ */ new Date(expiresAt * 1e3)));
}
// functions/adapters/dynamodb/client.ts
/**
* The only code that talks to DynamoDB (see `table.ts` for the key design). One SDK client per
* process, created on first use from the config: locally it points at the embedded dynalite (or
* `DYNAMODB_ENDPOINT`) with dummy credentials; on AWS it uses the function's role and region.
*/
var cached;
function isAwsEndpoint(endpoint) {
	return new URL(endpoint).hostname.endsWith(".amazonaws.com");
}
function clients() {
	const endpoint = getConfig().dynamodbEndpoint;
	if (cached && cached.endpoint === endpoint) return cached;
	cached?.client.destroy();
	const local = endpoint !== void 0 && !isAwsEndpoint(endpoint);
	const client = new DynamoDBClient({
		...endpoint ? { endpoint } : {},
		...local ? {
			region: process.env.AWS_REGION ?? "eu-west-1",
			credentials: {
				accessKeyId: "local",
				secretAccessKey: "local"
			}
		} : {},
		maxAttempts: 3,
		requestHandler: {
			connectionTimeout: 1e3,
			requestTimeout: 3e3
		}
	});
	const created = {
		endpoint,
		client,
		doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } })
	};
	cached = created;
	return created;
}
/** The document client (plain JS values in and out) for the configured store. */
function documentClient() {
	return clients().doc;
}
/** The name of the Werkpad table. */
function tableName() {
	return getConfig().tableName;
}
// functions/adapters/dynamodb/conditional-writes.ts
/**
* The one question every repository asks after a conditional write: did the condition fail (an
* expected outcome, mapped to a domain answer) or did something else go wrong (rethrown as is)?
*/
/** True for DynamoDB's "the condition was false"; dynalite and DynamoDB Local report it the same way. */
function isConditionFailure(error) {
	return error instanceof ConditionalCheckFailedException || error instanceof Error && error.name === "ConditionalCheckFailedException";
}
// functions/adapters/dynamodb/item-reads.ts
/**
* Reads every repository makes the same way: whether one item exists (a completed change leaves its
* audit item), and all items of one partition (an entity with its audit trail), read consistently.
*/
/** True when the item under `pk`/`sk` exists (read consistently, only its key fetched). */
async function itemExists(pk, sk) {
	const { Item } = await documentClient().send(new GetCommand({
		TableName: tableName(),
		Key: {
			pk,
			sk
		},
		ConsistentRead: true,
		ProjectionExpression: "pk"
	}));
	return Item !== void 0;
}
/** Every item of partition `pk`, in sort-key order, read consistently page by page. */
async function partitionItems(pk) {
	const items = [];
	let start;
	do {
		const page = await documentClient().send(new QueryCommand({
			TableName: tableName(),
			KeyConditionExpression: "pk = :pk",
			ExpressionAttributeValues: { ":pk": pk },
			ConsistentRead: true,
			ExclusiveStartKey: start
		}));
		items.push(...page.Items ?? []);
		start = page.LastEvaluatedKey;
	} while (start);
	return items;
}
// functions/adapters/dynamodb/employer-match-projection.ts
/**
* The match projection of the employer register (PLAN.md, "Match projection"): for every employer
* in the register, one small item per (region, sector) of its entry, keyed so that matching reads
* a few partitions and never scans:
*
*   pk = `MATCH#<region>#<sector>`   sk = `<languageLevel>#<employerId>`
*
* CEFR ids sort as text (A0 < A1 < A2 < B1 < B2 < C1 < C2), so `sk < "<next level>"` reads only
* the employers that ask at most a given level. Attributes: `employerId`, `name`, `regions`,
* `sectors`, `offers`, `languageLevel`, `educationLevel` (absent when none), `skills`,
* `confirmedAt`, `version`. No contact data, no index attributes, no `expiresAt`.
*
* The employers repository keeps it in step after each change of an entry (an effect of the
* change, see `employer-register.ts`): `syncMatchProjection(before, after)` puts the items of the
* current version and deletes those of the previous one that no longer apply. Each put is
* conditional on not overwriting a newer version, and each delete on not removing one; repeating a
* sync is harmless, so a retry (or the upkeep finishing a stalled change) repairs a crash.
*/
/** The prefix of every projection partition. */
var MATCH_PREFIX = "MATCH#";
/** The key of the projection item of one employer in one (region, sector). */
function matchProjectionKey(region, sector, languageLevel, employerId) {
	return {
		pk: `${MATCH_PREFIX}${region}#${sector}`,
		sk: `${languageLevel}#${employerId}`
	};
}
/** The keys of an entry's projection items. */
function projectionKeys(shape) {
	return shape.regions.flatMap((r) => shape.sectors.map((s) => matchProjectionKey(r, s, shape.languageLevel, shape.id)));
}
/** The projection items of this version of an entry; none unless it is in the register. */
function matchProjectionItems(e) {
	if (!isVisible(e)) return [];
	const { name, regions, sectors, offers, languageLevel, educationLevel, skills } = e.employer;
	const confirmedAt = e.confirmedAt ?? e.verifiedAt ?? e.statusChangedAt;
	return projectionKeys({
		id: e.id,
		regions,
		sectors,
		languageLevel
	}).map((key) => ({
		...key,
		employerId: e.id,
		name,
		regions,
		sectors,
		offers,
		languageLevel,
		...educationLevel === void 0 ? {} : { educationLevel },
		skills: skills ?? [],
		confirmedAt,
		version: e.version
	}));
}
/** The shape of the version before `e`'s latest change, as `e.projectedBefore` remembers it. */
function projectionBefore(e) {
	return e.projectedBefore && {
		id: e.id,
		...e.projectedBefore
	};
}
/** Runs `fn` over `items`, at most `limit` at a time. */
async function inParallel(items, limit, fn) {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await fn(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function putUnlessNewer(item) {
	try {
		await documentClient().send(new PutCommand({
			TableName: tableName(),
			Item: item,
			ConditionExpression: "attribute_not_exists(pk) OR #version <= :version",
			ExpressionAttributeNames: { "#version": "version" },
			ExpressionAttributeValues: { ":version": item.version }
		}));
	} catch (error) {
		if (!isConditionFailure(error)) throw error;
	}
}
async function deleteUnlessNewer(key, version) {
	try {
		await documentClient().send(new DeleteCommand({
			TableName: tableName(),
			Key: key,
			ConditionExpression: "attribute_not_exists(pk) OR #version < :version",
			ExpressionAttributeNames: { "#version": "version" },
			ExpressionAttributeValues: { ":version": version }
		}));
	} catch (error) {
		if (!isConditionFailure(error)) throw error;
	}
}
/**
* Makes the projection agree with `after`: puts its items (none when it is not in the register)
* and deletes the items of `before` that it no longer has. Conditional on versions, so a late sync
* of an older version never undoes a newer one.
*/
async function syncMatchProjection(before, after) {
	const items = matchProjectionItems(after);
	const keep = new Set(items.map((i) => `${i.pk}\u0000${i.sk}`));
	const obsolete = before ? projectionKeys(before).filter((k) => !keep.has(`${k.pk}\u0000${k.sk}`)) : [];
	await inParallel(items, 8, putUnlessNewer);
	await inParallel(obsolete, 8, (key) => deleteUnlessNewer(key, after.version));
}
// functions/adapters/dynamodb/employers-repository.ts
/**
* The employer register in DynamoDB: the entry item, its audit entries, its tokens (verify,
* manage, confirm), the KvK claims and the match projection (keys in `table.ts`). Implements the
* `EmployerStore` port; the only module that reads or writes these items.
*
* Each function is one request to the store (the projection sync and the import a few), and each
* write is conditional so that it can be repeated safely. The order in which the use cases combine
* them is documented at the use cases (`functions/domain/employer-register.ts`):
*   (verification only) KvK claim → state write (with the audit entry inside and the "unfinished"
*   mark) → effects (KvK release, projection, rebuild, mail, a withdrawal's erasure) → audit item
*   (which clears the mark).
*
* Expiry: an unverified entry, its registration audit item and its verify token carry `expiresAt`
* (epoch seconds, the table's TTL attribute on AWS) 7 days after the registration, and the gsi2
* partition `EXPIRES#<day>` in which `expiry-sweep.ts` finds them where there is no TTL (dynalite,
* DynamoDB Local). The verification's state write drops both from the entry, so a verified entry
* never expires; the sweep's delete is conditional on `expiresAt` being past, so an entry
* verified at the last moment stays. The registration's audit item does expire: the detail view
* derives it (`employerHistoryOf`).
*
* Unfinished changes: from the first change after the registration on, the state write puts the
* entry in the gsi2 partition `EMP#UNFINISHED` (sort key `<change at>#<id>`) and the audit item's
* write takes it out again, so the upkeep finds changes that stopped half-way with one query.
*/
var pkOf = (id) => `EMP#${id}`;
var META = "META";
var AUDIT_PREFIX = "AUDIT#";
/** Audit sort key of the change that produced `version` (zero-padded so the trail sorts). */
var employerAuditSortKey = (version) => `${AUDIT_PREFIX}${String(version).padStart(10, "0")}`;
var statusPartition = (status) => `EMP#STATUS#${status}`;
var tokenKey = (tokenHash) => ({
	pk: `TOKEN#${tokenHash}`,
	sk: "TOKEN"
});
var kvkKey = (kvk) => ({
	pk: `KVK#${kvk}`,
	sk: "KVK"
});
/** The gsi2 partition of entries whose latest change is not complete. */
var UNFINISHED_PARTITION = "EMP#UNFINISHED";
var TOKEN_KINDS = /* @__PURE__ */ new Set([
	"employer-verify",
	"employer-manage",
	"employer-confirm"
]);
var DAY_S = 86400;
var epochSeconds = (iso) => Math.floor(Date.parse(iso) / 1e3);
/**
* The gsi1 sort key: for a verified entry the moment its freshness is due (so the upkeep reads
* the due ones with one range query, and the register lists the most recently confirmed first),
* for the other statuses the moment it entered the status.
*/
function statusSortKey(e) {
	return `${e.status === "verified" ? freshnessDueAt(e).toISOString() : e.statusChangedAt}#${e.id}`;
}
function expiryAttributes(pk, createdAt) {
	const expiresAt = epochSeconds(createdAt) + 7 * DAY_S;
	return {
		expiresAt,
		gsi2pk: expiryPartition(expiresAt),
		gsi2sk: pk
	};
}
function toItem(e, options) {
	const pk = pkOf(e.id);
	const gsi2 = e.status === "unverified" ? expiryAttributes(pk, e.createdAt) : options.unfinished ? {
		gsi2pk: UNFINISHED_PARTITION,
		gsi2sk: `${e.lastTransition.at}#${e.id}`
	} : {};
	return {
		pk,
		sk: META,
		gsi1pk: statusPartition(e.status),
		gsi1sk: statusSortKey(e),
		...gsi2,
		...e
	};
}
function fromItem(item) {
	const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, expiresAt: _exp, ...rest } = item;
	return storedEmployerSchema.parse(rest);
}
function auditFromItem(item) {
	const { pk: _pk, sk: _sk, gsi2pk: _g2, gsi2sk: _g2s, expiresAt: _exp, ...rest } = item;
	return employerAuditEntrySchema.parse(rest);
}
function auditItem(id, entry) {
	const pk = pkOf(id);
	const expiry = entry.action === "register" && entry.from === null ? expiryAttributes(pk, entry.at) : {};
	return {
		pk,
		sk: employerAuditSortKey(entry.version),
		...expiry,
		...employerAuditEntrySchema.parse(entry)
	};
}
async function conditionalPut(input) {
	try {
		await documentClient().send(new PutCommand({
			TableName: tableName(),
			Item: input.Item,
			ConditionExpression: input.ConditionExpression,
			...input.names ? { ExpressionAttributeNames: input.names } : {},
			...input.values ? { ExpressionAttributeValues: input.values } : {}
		}));
		return true;
	} catch (error) {
		if (isConditionFailure(error)) return false;
		throw error;
	}
}
/** The entry, read consistently (its version decides the next conditional write). */
async function getEmployer(id) {
	const { Item } = await documentClient().send(new GetCommand({
		TableName: tableName(),
		Key: {
			pk: pkOf(id),
			sk: META
		},
		ConsistentRead: true
	}));
	return Item ? fromItem(Item) : void 0;
}
/** Stores a new entry if its id is free. */
async function insertEmployer(e) {
	return await conditionalPut({
		Item: toItem(storedEmployerSchema.parse(e), { unfinished: false }),
		ConditionExpression: "attribute_not_exists(pk)"
	}) ? "written" : "exists";
}
/** Step 1 of every change: the new state, only while the stored version is `expectedVersion`. */
async function replaceEmployer(next, expectedVersion) {
	return await conditionalPut({
		Item: toItem(storedEmployerSchema.parse(next), { unfinished: true }),
		ConditionExpression: "#version = :expected",
		names: { "#version": "version" },
		values: { ":expected": expectedVersion }
	}) ? "written" : "stale";
}
/** A withdrawal's erasure: the same version without contact, only while the stored item is that withdrawn version. */
async function eraseEmployerPersonalData(erased) {
	return await conditionalPut({
		Item: toItem(storedEmployerSchema.parse(erased), { unfinished: true }),
		ConditionExpression: "#version = :version AND #status = :withdrawn",
		names: {
			"#version": "version",
			"#status": "status"
		},
		values: {
			":version": erased.version,
			":withdrawn": "withdrawn"
		}
	}) ? "written" : "stale";
}
/** Last step of every change: the audit item (if absent), then the entry leaves the unfinished partition. */
async function putEmployerAuditEntry(id, entry) {
	const written = await conditionalPut({
		Item: auditItem(id, entry),
		ConditionExpression: "attribute_not_exists(pk)"
	});
	try {
		await documentClient().send(new UpdateCommand({
			TableName: tableName(),
			Key: {
				pk: pkOf(id),
				sk: META
			},
			UpdateExpression: "REMOVE gsi2pk, gsi2sk",
			ConditionExpression: "#version = :version AND gsi2pk = :unfinished",
			ExpressionAttributeNames: { "#version": "version" },
			ExpressionAttributeValues: {
				":version": entry.version,
				":unfinished": UNFINISHED_PARTITION
			}
		}));
	} catch (error) {
		if (!isConditionFailure(error)) throw error;
	}
	return written ? "written" : "exists";
}
/** True when the audit item of `version` exists: the change that produced it is complete. */
async function hasEmployerAuditEntry(id, version) {
	return itemExists(pkOf(id), employerAuditSortKey(version));
}
/** The entry with its stored audit entries, oldest first: one Query on its partition. */
async function getEmployerWithHistory(id) {
	let employer;
	const history = [];
	for (const item of await partitionItems(pkOf(id))) if (item.sk === META) employer = fromItem(item);
	else if (typeof item.sk === "string" && item.sk.startsWith(AUDIT_PREFIX)) history.push(auditFromItem(item));
	return employer ? {
		employer,
		history
	} : void 0;
}
/** Stores a token under its hash (never reused); an expiring one also in its expiry partition. */
async function putEmployerToken(tokenHash, token) {
	const key = tokenKey(tokenHash);
	const expiry = token.expiresAt === void 0 ? {} : {
		expiresAt: epochSeconds(token.expiresAt),
		gsi2pk: expiryPartition(epochSeconds(token.expiresAt)),
		gsi2sk: key.pk
	};
	const { expiresAt: _iso, ...rest } = token;
	await documentClient().send(new PutCommand({
		TableName: tableName(),
		Item: {
			...key,
			...rest,
			...expiry
		},
		ConditionExpression: "attribute_not_exists(pk)"
	}));
}
/** The employer token behind a hash; undefined for an unknown hash or another kind of token. */
async function findEmployerToken(tokenHash) {
	const { Item } = await documentClient().send(new GetCommand({
		TableName: tableName(),
		Key: tokenKey(tokenHash),
		ConsistentRead: true
	}));
	if (!Item || !TOKEN_KINDS.has(Item.kind) || typeof Item.employerId !== "string" || typeof Item.createdAt !== "string") return void 0;
	return {
		kind: Item.kind,
		employerId: Item.employerId,
		createdAt: Item.createdAt,
		...typeof Item.expiresAt === "number" ? { expiresAt: (/* @__PURE__ */ new Date(Item.expiresAt * 1e3)).toISOString() } : {},
		...typeof Item.usedAt === "string" ? { usedAt: Item.usedAt } : {}
	};
}
/** Marks a one-use token used; the first use's moment stays. */
async function markEmployerTokenUsed(tokenHash, at) {
	try {
		await documentClient().send(new UpdateCommand({
			TableName: tableName(),
			Key: tokenKey(tokenHash),
			UpdateExpression: "SET usedAt = :at",
			ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(usedAt)",
			ExpressionAttributeValues: { ":at": at }
		}));
	} catch (error) {
		if (!isConditionFailure(error)) throw error;
	}
}
/** The claim on a KvK number. */
async function getKvkClaim(kvk) {
	const { Item } = await documentClient().send(new GetCommand({
		TableName: tableName(),
		Key: kvkKey(kvk),
		ConsistentRead: true
	}));
	if (!Item || typeof Item.employerId !== "string" || typeof Item.claimedAt !== "string") return void 0;
	return {
		kvk,
		employerId: Item.employerId,
		claimedAt: Item.claimedAt
	};
}
/** Writes the claim if the stored one is still `seen` (compare-and-set on holder and moment). */
async function claimKvk(claim, seen) {
	return await conditionalPut({
		Item: {
			...kvkKey(claim.kvk),
			...claim
		},
		...seen ? {
			ConditionExpression: "employerId = :holder AND claimedAt = :claimedAt",
			values: {
				":holder": seen.employerId,
				":claimedAt": seen.claimedAt
			}
		} : { ConditionExpression: "attribute_not_exists(pk)" }
	}) ? "written" : "changed";
}
/** Deletes the claim on `kvk` if `employerId` holds it (repeating it is harmless). */
async function releaseKvk(kvk, employerId) {
	try {
		await documentClient().send(new DeleteCommand({
			TableName: tableName(),
			Key: kvkKey(kvk),
			ConditionExpression: "employerId = :me",
			ExpressionAttributeValues: { ":me": employerId }
		}));
	} catch (error) {
		if (!isConditionFailure(error)) throw error;
	}
}
/** Makes the match projection agree with this version of the entry (see `employer-match-projection.ts`). */
async function syncEmployerProjection(e) {
	await syncMatchProjection(projectionBefore(e), e);
}
var CURSOR_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z#[a-km-z2-9]{16}$/;
var badCursor = () => new InvalidInputError({ cursor: "deze cursor is ongeldig; begin opnieuw zonder cursor" });
function encodeCursor(sortKey) {
	return Buffer.from(sortKey, "utf8").toString("base64url");
}
function decodeCursor(status, cursor) {
	const sortKey = Buffer.from(cursor, "base64url").toString("utf8");
	if (!CURSOR_PATTERN.test(sortKey)) throw badCursor();
	const id = sortKey.slice(sortKey.indexOf("#") + 1);
	return {
		gsi1pk: statusPartition(status),
		gsi1sk: sortKey,
		pk: pkOf(id),
		sk: META
	};
}
/** How many items one public list request may read through before it answers with what it found and a cursor. */
var MAX_EVALUATED = 2e3;
/**
* One page of a status partition (gsi1, descending), optionally filtered. Asks for one match
* more than the page so `nextCursor` is `null` exactly when nothing follows; a filtered request
* that read `MAX_EVALUATED` items without filling its page answers with a cursor at that point.
*/
async function queryStatusPage(status, { limit, cursor, filter }) {
	const items = [];
	let start = cursor === void 0 ? void 0 : decodeCursor(status, cursor);
	let evaluated = 0;
	do {
		const page = await documentClient().send(new QueryCommand({
			TableName: tableName(),
			IndexName: GSI1,
			KeyConditionExpression: "gsi1pk = :p",
			...filter?.FilterExpression ? {
				FilterExpression: filter.FilterExpression,
				ExpressionAttributeNames: filter.ExpressionAttributeNames
			} : {},
			ExpressionAttributeValues: {
				":p": statusPartition(status),
				...filter?.ExpressionAttributeValues
			},
			ScanIndexForward: false,
			Limit: filter?.FilterExpression ? 200 : limit + 1 - items.length,
			ExclusiveStartKey: start
		}));
		evaluated += page.ScannedCount ?? 0;
		for (const item of page.Items ?? []) items.push({
			employer: fromItem(item),
			sortKey: String(item.gsi1sk)
		});
		start = page.LastEvaluatedKey;
	} while (start && items.length <= limit && evaluated < MAX_EVALUATED);
	if (items.length > limit) {
		const pageItems = items.slice(0, limit);
		return {
			items: pageItems.map((i) => i.employer),
			nextCursor: encodeCursor(pageItems.at(-1).sortKey)
		};
	}
	return {
		items: items.map((i) => i.employer),
		nextCursor: start ? encodeCursor(String(start.gsi1sk)) : null
	};
}
/** A page of one status for moderators, latest first (verified: latest confirmed first). */
async function listEmployersByStatus(status, options) {
	return queryStatusPage(status, options);
}
/**
* A page of the public register: the verified partition of gsi1 with the filters as a
* FilterExpression, the same rule as `employerMatchesFilter` (a region also matches `landelijk`;
* a language level keeps the employers that ask at most that).
*/
async function listPublicEmployers(filter, options) {
	const conditions = [];
	const names = {};
	const values = {};
	if (filter.region !== void 0) {
		names["#e"] = "employer";
		names["#regions"] = "regions";
		values[":region"] = filter.region;
		values[":landelijk"] = "landelijk";
		conditions.push("(contains(#e.#regions, :region) OR contains(#e.#regions, :landelijk))");
	}
	if (filter.sector !== void 0) {
		names["#e"] = "employer";
		names["#sectors"] = "sectors";
		values[":sector"] = filter.sector;
		conditions.push("contains(#e.#sectors, :sector)");
	}
	if (filter.offer !== void 0) {
		names["#e"] = "employer";
		names["#offers"] = "offers";
		values[":offer"] = filter.offer;
		conditions.push("contains(#e.#offers, :offer)");
	}
	if (filter.languageLevel !== void 0) {
		names["#e"] = "employer";
		names["#level"] = "languageLevel";
		const levels = levelsUpTo(filter.languageLevel);
		levels.forEach((level, i) => values[`:level${i}`] = level);
		conditions.push(`#e.#level IN (${levels.map((_, i) => `:level${i}`).join(", ")})`);
	}
	const query = conditions.length === 0 ? {} : {
		FilterExpression: conditions.join(" AND "),
		ExpressionAttributeNames: names,
		ExpressionAttributeValues: values
	};
	return queryStatusPage("verified", {
		...options,
		filter: query
	});
}
/** Every verified entry (for the site build), all pages of the gsi1 `verified` partition. */
async function listVerifiedEmployers() {
	const all = [];
	let cursor;
	do {
		const page = await listEmployersByStatus("verified", {
			limit: 100,
			cursor
		});
		all.push(...page.items);
		cursor = page.nextCursor ?? void 0;
	} while (cursor);
	return all;
}
/** Verified entries whose freshness is due at `now`: a range query on their gsi1 sort key, oldest due first. */
async function listDueEmployers(now, limit) {
	const { Items } = await documentClient().send(new QueryCommand({
		TableName: tableName(),
		IndexName: GSI1,
		KeyConditionExpression: "gsi1pk = :p AND gsi1sk < :due",
		ExpressionAttributeValues: {
			":p": statusPartition("verified"),
			":due": `${now.toISOString()}$`
		},
		ScanIndexForward: true,
		Limit: limit
	}));
	return (Items ?? []).map(fromItem);
}
/** Entries whose latest change began before `before` and is not complete (gsi2 `EMP#UNFINISHED`), oldest first. */
async function listUnfinishedEmployers(before, limit) {
	const { Items } = await documentClient().send(new QueryCommand({
		TableName: tableName(),
		IndexName: GSI2,
		KeyConditionExpression: "gsi2pk = :p AND gsi2sk < :before",
		ExpressionAttributeValues: {
			":p": UNFINISHED_PARTITION,
			":before": before.toISOString()
		},
		ScanIndexForward: true,
		Limit: limit
	}));
	return (Items ?? []).map(fromItem);
}
/** The repository as the domain's `EmployerStore` port, plus the site build's `listVerified`. */
var employersRepository = {
	get: getEmployer,
	insert: insertEmployer,
	replace: replaceEmployer,
	erasePersonalData: eraseEmployerPersonalData,
	putAuditEntry: putEmployerAuditEntry,
	hasAuditEntry: hasEmployerAuditEntry,
	getWithHistory: getEmployerWithHistory,
	putToken: putEmployerToken,
	findToken: findEmployerToken,
	markTokenUsed: markEmployerTokenUsed,
	getKvkClaim,
	claimKvk,
	releaseKvk,
	syncMatchProjection: syncEmployerProjection,
	listByStatus: listEmployersByStatus,
	listPublic: listPublicEmployers,
	listDue: listDueEmployers,
	listUnfinished: listUnfinishedEmployers,
	listVerified: listVerifiedEmployers
};
export { employersRepository };
