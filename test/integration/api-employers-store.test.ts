import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient, tableName } from '../../functions/adapters/dynamodb/client.ts';
import { matchProjectionKey } from '../../functions/adapters/dynamodb/employer-match-projection.ts';
import {
  employersRepository,
  getKvkClaim,
  importVerifiedEmployers,
  listDueEmployers,
  listUnfinishedEmployers,
  UNFINISHED_PARTITION,
} from '../../functions/adapters/dynamodb/employers-repository.ts';
import { sweepExpired } from '../../functions/adapters/dynamodb/expiry-sweep.ts';
import { employerSchema } from '../../functions/contracts/employer.ts';
import { publishedEmployers } from '../../functions/domain/employer-register.ts';
import { addMonths, seededEmployer } from '../../functions/domain/employer-rules.ts';
import { newSubmissionId } from '../../functions/domain/identifiers.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { linkTokenIn, validEmployer } from '../helpers/employer-fixtures.ts';
import { readOutbox } from '../helpers/outbox.ts';
import { storeTargets } from '../helpers/stores.ts';

const DAY = 86_400_000;

describe.each(storeTargets())('the employer register data layer on $name', ({ env }) => {
  const t = useApiServer({ ...env });
  let kvkCounter = 20_000_000;
  const nextKvk = () => String(++kvkCounter);

  /** Items whose pk starts with `prefix` (a test may scan; no request path does). */
  async function itemsOf(prefix: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documentClient().send(
        new ScanCommand({ TableName: tableName(), FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': prefix }, ExclusiveStartKey: start }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async function projectionOf(id: string): Promise<string[]> {
    return (await itemsOf('MATCH#')).filter((i) => i.employerId === id).map((i) => `${String(i.pk)}|${String(i.sk)}`).sort();
  }

  async function registered(overrides: Record<string, unknown> = {}) {
    const kvk = nextKvk();
    const email = `store.${kvk}@example.org`;
    const res = await t.api.post('/api/employers', { json: validEmployer({ kvk, contact: { name: 'Sam de Wit', email }, ...overrides }) });
    expect(res.status).toBe(201);
    const mails = () => readOutbox(t.server.dataDir).filter((m) => m.headers.to?.includes(email));
    const verifyToken = linkTokenIn(mails()[0]!.text, '/werkgevers/bevestigen/', 'token')!;
    expect((await t.api.post('/api/employers/verify', { json: { token: verifyToken } })).status).toBe(200);
    const manageMail = mails().find((m) => m.headers.subject?.startsWith('Uw bedrijf staat in'))!;
    return { id: res.body.id as string, kvk, email, manageToken: linkTokenIn(manageMail.text, '/werkgevers/beheren/', 'token')! };
  }

  it('keeps one projection item per (region, sector) of a verified employer, without contact data, and follows every change', async () => {
    const { id, manageToken } = await registered({ regions: ['twente', 'landelijk'], sectors: ['bouw', 'zorg'], languageLevel: 'A2', skills: ['lassen'] });
    const keys = (regions: string[], sectors: string[], level: string) =>
      regions.flatMap((r) => sectors.map((s) => matchProjectionKey(r, s, level, id))).map((k) => `${k.pk}|${k.sk}`).sort();
    expect(await projectionOf(id)).toEqual(keys(['twente', 'landelijk'], ['bouw', 'zorg'], 'A2'));
    const [item] = (await itemsOf('MATCH#twente#bouw')).filter((i) => i.employerId === id);
    expect(Object.keys(item!).sort()).toEqual(
      ['confirmedAt', 'employerId', 'languageLevel', 'name', 'offers', 'pk', 'regions', 'sectors', 'sk', 'skills', 'version'].sort(),
    );
    expect(item).toMatchObject({ skills: ['lassen'], version: 2, regions: ['twente', 'landelijk'] });
    expect(JSON.stringify(await itemsOf('MATCH#'))).not.toMatch(/Sam de Wit|@example\.org/);

    // An update moves the items: the obsolete ones go, the new ones come with the new version.
    expect((await t.api.patch('/api/employers/manage', { json: { token: manageToken, version: 2, regions: ['rijnmond'], languageLevel: 'B1' } })).status).toBe(200);
    expect(await projectionOf(id)).toEqual(keys(['rijnmond'], ['bouw', 'zorg'], 'B1'));
    expect((await itemsOf('MATCH#rijnmond#zorg')).find((i) => i.employerId === id)).toMatchObject({ version: 3, languageLevel: 'B1' });

    // Hidden: none; restored: back; withdrawn: none.
    const admin = (path: string) => t.api.admin.post(path, { json: { reason: 'Controle van de gegevens.' } });
    expect((await admin(`/api/admin/employers/${id}/hide`)).status).toBe(200);
    expect(await projectionOf(id)).toEqual([]);
    expect((await t.api.admin.post(`/api/admin/employers/${id}/restore`)).status).toBe(200);
    expect(await projectionOf(id)).toEqual(keys(['rijnmond'], ['bouw', 'zorg'], 'B1'));
    expect((await t.api.delete('/api/employers/manage', { json: { token: manageToken } })).status).toBe(200);
    expect(await projectionOf(id)).toEqual([]);
    // Every change completed: nothing is left in the unfinished partition.
    expect(await listUnfinishedEmployers(new Date(Date.now() + DAY), 100)).toEqual([]);
  });

  it('lets matching read one partition up to a language level with a key condition', async () => {
    const low = await registered({ regions: ['drenthe'], sectors: ['groen'], languageLevel: 'A1' });
    const high = await registered({ regions: ['drenthe'], sectors: ['groen'], languageLevel: 'B2' });
    const { Items } = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND sk < :next',
        ExpressionAttributeValues: { ':pk': 'MATCH#drenthe#groen', ':next': 'B1' },
      }),
    );
    const ids = (Items ?? []).map((i) => i.employerId);
    expect(ids).toContain(low.id);
    expect(ids).not.toContain(high.id);
  });

  it('stores tokens only as hashes and the KvK claim as a pointer to the verified entry', async () => {
    const { id, kvk, manageToken } = await registered();
    const text = JSON.stringify(await itemsOf('TOKEN#'));
    expect(text).not.toContain(manageToken);
    expect((await itemsOf('TOKEN#')).every((i) => /^TOKEN#[0-9a-f]{64}$/.test(String(i.pk)))).toBe(true);
    expect(await getKvkClaim(kvk)).toEqual({ kvk, employerId: id, claimedAt: expect.any(String) });
  });

  it('sweeps an unverified registration after 7 days with its audit item and verify token, and leaves verified ones alone', async () => {
    const kvk = nextKvk();
    const res = await t.api.post('/api/employers', { json: validEmployer({ kvk, contact: { name: 'Vera Verloopt', email: `verloopt.${kvk}@example.org` } }) });
    expect(res.status).toBe(201);
    const unverifiedId = res.body.id as string;
    const verified = await registered();
    const tokenFor = async (employerId: string) => (await itemsOf('TOKEN#')).filter((i) => i.employerId === employerId);
    expect(await itemsOf(`EMP#${unverifiedId}`)).toHaveLength(2); // META and AUDIT#1
    expect(await tokenFor(unverifiedId)).toHaveLength(1);
    await sweepExpired(new Date(Date.now() + 6 * DAY));
    expect(await itemsOf(`EMP#${unverifiedId}`)).toHaveLength(2);

    await sweepExpired(new Date(Date.now() + 8 * DAY));
    expect(await itemsOf(`EMP#${unverifiedId}`)).toEqual([]);
    expect(await tokenFor(unverifiedId)).toEqual([]);
    expect(JSON.stringify(await itemsOf('EMP#'))).not.toContain('Vera Verloopt');
    // The verified entry stays, with its trail (the registration's own item went; the detail derives it).
    expect((await itemsOf(`EMP#${verified.id}`)).map((i) => i.sk)).toEqual(expect.arrayContaining(['META', 'AUDIT#0000000002']));
    const detail = await t.api.admin.get(`/api/admin/employers/${verified.id}`);
    expect(detail.body).toMatchObject({ status: 'verified', employer: { contact: { email: verified.email } } });
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual(['register', 'verify']);
    expect((await t.api.post('/api/employers/manage', { json: { token: verified.manageToken } })).status).toBe(200);
  });

  it('finds exactly the entries whose freshness is due, with one range query', async () => {
    const { id } = await registered();
    const dueIds = async (at: Date) => (await listDueEmployers(at, 1000)).map((e) => e.id);
    expect(await dueIds(new Date(addMonths(new Date(), 12).getTime() - DAY))).not.toContain(id);
    expect(await dueIds(new Date(addMonths(new Date(), 12).getTime() + DAY))).toContain(id);
  });

  it('imports verified employers in bulk: entries, claims and projection, listed by the API and the build', async () => {
    const at = new Date('2026-11-01T08:00:00.000Z');
    const list = Array.from({ length: 60 }, (_, n) => {
      const input = employerSchema.parse(
        validEmployer({ kvk: String(30_000_000 + n), name: `Importbedrijf ${n}`, regions: [n % 2 ? 'zeeland' : 'landelijk'], sectors: ['logistiek', 'horeca'], languageLevel: n % 3 ? 'A2' : 'B2' }),
      );
      const { consent: _consent, ...data } = input;
      return seededEmployer(newSubmissionId(), data, at);
    });
    const progress: number[] = [];
    const written = await importVerifiedEmployers(list, ({ written: w, total }) => {
      expect(total).toBe(60 * (3 + 2));
      progress.push(w);
    });
    expect(written).toBe(60 * 5);
    expect(progress.at(-1)).toBe(300);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const zeeland = (await itemsOf('MATCH#zeeland#horeca')).filter((i) => String(i.name).startsWith('Importbedrijf'));
    expect(zeeland).toHaveLength(30);
    const res = await t.api.get('/api/employers?region=zeeland&sector=logistiek&languageLevel=A2&limit=100');
    expect(res.body.items.filter((e: { name: string }) => e.name.startsWith('Importbedrijf'))).toHaveLength(40); // 30 landelijk + 30 zeeland, minus the B2 ones
    expect((await t.api.post('/api/employers', { json: validEmployer({ kvk: '30000007' }) })).status).toBe(409);
    const build = await publishedEmployers({ employers: employersRepository });
    expect(build.filter((e) => e.name.startsWith('Importbedrijf'))).toHaveLength(60);
    expect(JSON.stringify(build)).not.toMatch(/mila@example\.org|Mila van der Berg/);
    expect((await employersRepository.listVerified()).length).toBeGreaterThanOrEqual(60);
    await expect(importVerifiedEmployers([list[0]!, { ...list[1]!, employer: { ...list[1]!.employer, kvk: list[0]!.employer.kvk } }])).rejects.toThrow(/dubbel/);
    // Imported entries are complete changes: nothing unfinished.
    expect((await itemsOf('EMP#')).some((i) => i.gsi2pk === UNFINISHED_PARTITION)).toBe(false);
  });
});
