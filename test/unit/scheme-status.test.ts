import { describe, expect, it } from 'vitest';
import { schemeStatus } from '../../functions/domain/scheme-status.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-11-22');

describe('schemeStatus', () => {
  it('is doorlopend for an instrument that can be used at any time', () => {
    expect(schemeStatus([], true, today)).toBe('doorlopend');
  });
  it('is onbekend when the sources give no windows', () => {
    expect(schemeStatus([], false, today)).toBe('onbekend');
  });
  it('is open inside a window, including its first and last day', () => {
    expect(schemeStatus([{ opens: d('2026-11-01'), closes: d('2026-12-31') }], false, today)).toBe('open');
    expect(schemeStatus([{ opens: d('2026-11-22'), closes: d('2026-12-31') }], false, today)).toBe('open');
    expect(schemeStatus([{ opens: d('2026-01-01'), closes: d('2026-11-22') }], false, today)).toBe('open');
  });
  it('is gesloten once every window has closed', () => {
    expect(schemeStatus([{ opens: d('2025-01-01'), closes: d('2026-11-21') }], false, today)).toBe('gesloten');
  });
  it('is verwacht when the next window opens later', () => {
    expect(
      schemeStatus([{ opens: d('2025-01-01'), closes: d('2025-03-01') }, { opens: d('2027-01-01') }], false, today),
    ).toBe('verwacht');
  });
  it('is doorlopend for a window that opened and has no closing date', () => {
    expect(schemeStatus([{ opens: d('2024-01-01') }], false, today)).toBe('doorlopend');
  });
  it('prefers an open window over a closed or upcoming one', () => {
    const windows = [{ closes: d('2024-01-01') }, { opens: d('2026-10-01'), closes: d('2026-12-01') }, { opens: d('2027-06-01') }];
    expect(schemeStatus(windows, false, today)).toBe('open');
  });
  it('changes with the day it is computed for', () => {
    const windows = [{ opens: d('2026-12-01'), closes: d('2026-12-31') }];
    expect(schemeStatus(windows, false, today)).toBe('verwacht');
    expect(schemeStatus(windows, false, d('2026-12-15'))).toBe('open');
    expect(schemeStatus(windows, false, d('2027-01-01'))).toBe('gesloten');
  });
});
