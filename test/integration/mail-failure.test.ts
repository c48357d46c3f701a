/**
 * A mail transport that fails must not lose a submission: the answer says the mail is delayed, and
 * the hourly upkeep sends it once the transport works. The real outbox mailer fails for real here:
 * a plain file stands where its folder should be.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureInitiativeDependencies } from '../../functions/handlers/dependencies.ts';
import { validInitiative } from '../helpers/api-client.ts';
import { useApiServer } from '../helpers/api-server.ts';
import { readOutbox } from '../helpers/outbox.ts';

describe('when the mail transport fails', () => {
  const t = useApiServer();

  it('stores the submission, answers 201 saying the mail is delayed, and the upkeep sends it later', async () => {
    // Prepare: the outbox cannot be written.
    const outbox = path.join(t.server.dataDir, 'outbox');
    rmSync(outbox, { recursive: true, force: true });
    writeFileSync(outbox, 'geen map');

    // Act
    const res = await t.api.post('/api/initiatives', { json: validInitiative({ title: 'Mail komt later' }) });

    // Assess: stored, said so, nothing mailed yet.
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'pending', mailDelayed: true });
    const stored = await t.api.admin.get(`/api/admin/submissions/${res.body.id}`);
    expect(stored.body).toMatchObject({ status: 'pending', initiative: { title: 'Mail komt later' } });

    // Act: the transport works again; the upkeep runs after the change's lease.
    rmSync(outbox, { force: true });
    mkdirSync(outbox);
    const undo = configureInitiativeDependencies({ now: () => new Date(Date.now() + 5 * 60_000) });
    try {
      await t.server.maintenance();
    } finally {
      undo();
    }

    // Assess: the manage mail went, once, and the audit entry is there.
    const mails = readOutbox(t.server.dataDir);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toMatch(/#token=/);
    const after = await t.api.admin.get(`/api/admin/submissions/${res.body.id}`);
    expect(after.body.history).toEqual([expect.objectContaining({ version: 1, to: 'pending' })]);
    await t.server.maintenance();
    expect(readOutbox(t.server.dataDir)).toHaveLength(1);
  });
});
