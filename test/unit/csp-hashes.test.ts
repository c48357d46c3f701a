import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineHashes } from '../../site/integrations/csp-hashes.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inline hashes for the Content-Security-Policy', () => {
  it('hashes inline scripts and styles but not external scripts or JSON-LD', () => {
    const html = `<html><head><style>a{color:red}</style><script type="module">go()</script>
      <script src="/_astro/x.js"></script><script type="application/ld+json">{"a":1}</script></head></html>`;
    expect(inlineHashes(html)).toEqual({ script: [sha('go()')], style: [sha('a{color:red}')], styleAttributes: false });
  });
  it('notices a style attribute, which no hash can allow', () => {
    expect(inlineHashes('<p style="color:red">x</p>').styleAttributes).toBe(true);
  });
  it('produces the CSP source form', () => {
    expect(cspHash('x')).toBe(sha('x'));
  });
});
