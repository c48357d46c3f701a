import { describe, expect, it } from 'vitest';
import { ChromiumMissingError, findChromium, systemChromiumPaths } from '../../scripts/find-chromium.ts';

const packaged = async () => '/tmp/chromium';
const broken = async (): Promise<string> => {
  throw new Error('Cannot find package @sparticuz/chromium');
};

describe('finding the Chromium for the browser tests', () => {
  it('takes CHROME_PATH first, even when a system browser exists', async () => {
    const found = await findChromium({ CHROME_PATH: '/opt/chrome/chrome' }, () => true, packaged);
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that points at nothing instead of silently using another browser', async () => {
    await expect(findChromium({ CHROME_PATH: '/nergens/chrome' }, () => false, packaged)).rejects.toThrow(
      /CHROME_PATH wijst naar \/nergens\/chrome/,
    );
  });

  it('then takes a system browser, in the listed order', async () => {
    const present = new Set([systemChromiumPaths[3]!, systemChromiumPaths[1]!]);
    const found = await findChromium({}, (p) => present.has(p), packaged);
    expect(found).toEqual({ path: systemChromiumPaths[1], source: 'system' });
  });

  it('falls back to the Chromium that the npm package ships', async () => {
    expect(await findChromium({}, () => false, packaged)).toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
  });

  it('says how to get a browser when there is none at all', async () => {
    const error = await findChromium({}, () => false, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumMissingError);
    expect((error as Error).message).toMatch(/npm ci.*apt-get install -y chromium.*CHROME_PATH/s);
  });
});
