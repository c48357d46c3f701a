/** Valid bodies of the employer register for tests; `overrides` replace top-level fields. */
export function validEmployer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Bouwbedrijf Van der Berg',
    kvk: '12345678',
    regions: ['twente'],
    sectors: ['bouw', 'techniek'],
    offers: ['leerwerkplek', 'startbaan'],
    languageLevel: 'A2',
    contact: { name: 'Mila van der Berg', email: 'mila@example.org', phone: '06 12345678' },
    consent: true,
    ...overrides,
  };
}

/** The token of the first link in a mail whose URL ends in `<path>#<param>=…`, or undefined. */
export function linkTokenIn(text: string, path: string, param: 'token' | 'confirm'): string | undefined {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`${escaped}#${param}=([A-Za-z0-9_-]+)`).exec(text)?.[1];
}
