import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findModerator, parseConfig, withLocalModerator } from '../../functions/config.ts';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 4321,
      dataDir: path.resolve('.data'),
      publicBaseUrl: 'http://localhost:4321',
      moderators: [],
      dynamodbEndpoint: undefined,
      tableName: 'werkpad',
      rateLimitPerMinute: 30,
      formMinFillSeconds: 3,
    });
  });

  it('treats an empty variable as not set', () => {
    expect(parseConfig({ PORT: '', TABLE_NAME: ' ' })).toMatchObject({ port: 4321, tableName: 'werkpad' });
  });

  it('derives PUBLIC_BASE_URL from PORT and drops a trailing slash from an explicit one', () => {
    expect(parseConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(parseConfig({ PUBLIC_BASE_URL: 'https://werkpad.example.nl/' }).publicBaseUrl).toBe('https://werkpad.example.nl');
  });

  it('reads named moderators, and ADMIN_TOKEN as moderator "admin"', () => {
    expect(parseConfig({ MODERATORS: 'anna:token1, bram:token2' }).moderators).toEqual([
      { name: 'anna', token: 'token1' },
      { name: 'bram', token: 'token2' },
    ]);
    expect(parseConfig({ ADMIN_TOKEN: 's3cret' }).moderators).toEqual([{ name: 'admin', token: 's3cret' }]);
  });

  it('lets 0 turn the form time trap and the rate limit off', () => {
    expect(parseConfig({ FORM_MIN_FILL_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({ formMinFillSeconds: 0, rateLimitPerMinute: 0 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT moet een getal tussen 0 en 65535 zijn, niet "abc"'],
    [{ PORT: '70000' }, 'PORT moet een getal tussen 0 en 65535 zijn, niet "70000"'],
    [{ PORT: '-1' }, 'PORT moet een getal tussen 0 en 65535 zijn, niet "-1"'],
    [{ PUBLIC_BASE_URL: 'werkpad.nl' }, 'PUBLIC_BASE_URL moet een http(s)-adres zijn, zoals https://werkpad.example.nl, niet "werkpad.nl"'],
    [{ DYNAMODB_ENDPOINT: 'ftp://x' }, 'DYNAMODB_ENDPOINT moet een http(s)-adres zijn, zoals http://localhost:8000, niet "ftp://x"'],
    [{ TABLE_NAME: 'a b' }, 'TABLE_NAME mag alleen letters, cijfers, _ . - bevatten (3 tot 200 tekens)'],
    [{ RATE_LIMIT_PER_MINUTE: '1.5' }, 'RATE_LIMIT_PER_MINUTE moet een getal tussen 0 en 100000 zijn (0 zet de limiet uit), niet "1.5"'],
    [{ FORM_MIN_FILL_SECONDS: 'drie' }, 'FORM_MIN_FILL_SECONDS moet een getal tussen 0 en 3600 zijn (0 zet de tijdval uit), niet "drie"'],
  ])('names the variable and what it expects: %o', (env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });

  it('reports every wrong variable at once, in one readable message', () => {
    try {
      parseConfig({ PORT: 'x', FORM_MIN_FILL_SECONDS: 'y' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatchInlineSnapshot(`
        "Ongeldige instellingen:
          - PORT moet een getal tussen 0 en 65535 zijn, niet "x"
          - FORM_MIN_FILL_SECONDS moet een getal tussen 0 en 3600 zijn (0 zet de tijdval uit), niet "y""
      `);
    }
  });

  it('rejects a malformed MODERATORS list without echoing any token', () => {
    const problems = problemsOf({ MODERATORS: 'anna:geheim123,bram' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^MODERATORS moet de vorm naam:token,naam:token hebben/);
    expect(problems.join()).not.toContain('geheim123');
  });

  it('rejects two moderators with one name or one token', () => {
    expect(problemsOf({ MODERATORS: 'anna:a1,anna:a2' })[0]).toContain('moderator "anna" komt dubbel voor');
    expect(problemsOf({ ADMIN_TOKEN: 'x', MODERATORS: 'admin:y' })[0]).toContain('moderator "admin" komt dubbel voor');
    expect(problemsOf({ MODERATORS: 'anna:same,bram:same' })[0]).toContain('hetzelfde token');
  });
});

describe('withLocalModerator', () => {
  it('generates one token, stores it with mode 0600, and reuses it on the next start', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'werkpad-config-'));
    try {
      const first = withLocalModerator(parseConfig({ DATA_DIR: dataDir }));
      const second = withLocalModerator(parseConfig({ DATA_DIR: dataDir }));
      const file = path.join(dataDir, 'secrets.json');
      expect(first.moderatorTokenGenerated).toBe(true);
      expect(first.moderators).toEqual([{ name: 'admin', token: expect.stringMatching(/^[\w-]{32}$/) }]);
      expect(second.moderators).toEqual(first.moderators);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ moderatorToken: first.moderators[0]!.token });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('leaves configured moderators alone and writes nothing', () => {
    const dataDir = path.join(tmpdir(), 'werkpad-config-untouched');
    const config = withLocalModerator(parseConfig({ DATA_DIR: dataDir, ADMIN_TOKEN: 'x' }));
    expect(config.moderatorTokenGenerated).toBe(false);
    expect(() => statSync(dataDir)).toThrow();
  });
});

describe('findModerator', () => {
  const moderators = [
    { name: 'anna', token: 'token1' },
    { name: 'bram', token: 'token2' },
  ];

  it('finds the moderator whose token matches exactly', () => {
    expect(findModerator(moderators, 'token2')?.name).toBe('bram');
  });

  it.each(['', 'token', 'token10', 'TOKEN1', ' token1'])('finds nobody for %j', (token) => {
    expect(findModerator(moderators, token)).toBeUndefined();
  });
});
