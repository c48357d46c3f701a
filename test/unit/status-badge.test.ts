import { describe, expect, it } from 'vitest';
import { schemeStatus } from '../../functions/domain/scheme-status.ts';
import { statusBadgeData, statusBadgeLabels } from '../../site/lib/status-badge.ts';
import { readerToday } from '../../site/scripts/scheme-status.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('status badge data', () => {
  it('carries the windows as days, so the browser computes the same status as the build', () => {
    const windows = [{ opens: d('2023-10-01'), closes: d('2023-12-31'), note: 'Q4' }, { note: 'later' }];
    const data = statusBadgeData({ windows, ongoing: false }, 'onbekend', statusBadgeLabels('nl'));
    expect(data['data-scheme-status']).toBe('onbekend');
    expect(data['data-ongoing']).toBe('false');
    const days = JSON.parse(data['data-windows']!) as { opens: string | null; closes: string | null }[];
    expect(days).toEqual([{ opens: '2023-10-01', closes: '2023-12-31' }, { opens: null, closes: null }]);
    const again = days.map((w) => ({ opens: w.opens ? new Date(w.opens) : undefined, closes: w.closes ? new Date(w.closes) : undefined }));
    for (const day of ['2023-09-30', '2023-10-01', '2023-12-31', '2024-01-01']) {
      expect(schemeStatus(again, false, d(day)), day).toBe(schemeStatus(windows, false, d(day)));
    }
  });

  it('names every status in the page’s language', () => {
    expect(statusBadgeLabels('en')).toMatchObject({ prefix: 'Status', open: 'Open', gesloten: 'Closed', computedOn: 'computed on {date}' });
    expect(Object.keys(statusBadgeLabels('nl')).sort()).toEqual(['computedOn', 'doorlopend', 'gesloten', 'onbekend', 'open', 'prefix', 'verwacht']);
  });
});

describe('readerToday', () => {
  it('takes the reader’s calendar day at UTC midnight, like the content’s dates', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 30);
    expect(readerToday(lateEvening).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(readerToday(new Date(2026, 10, 23, 0, 15)).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
