import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../functions/adapters/dynamodb/expiry-sweep.ts';
import { utcDay } from '../../functions/adapters/dynamodb/table.ts';

describe('daysBetween', () => {
  it('lists every day inclusive, across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-12-02')).toEqual(['2026-12-02']);
    expect(daysBetween('2026-12-03', '2026-12-02')).toEqual([]);
  });
});

describe('utcDay', () => {
  it('takes the UTC calendar day, as gsi2pk does', () => {
    expect(utcDay(new Date('2026-12-01T23:30:00-02:00'))).toBe('2026-12-02');
  });
});
