/**
 * An RSS 2.0 feed of new and changed praktijkvoorbeelden.
 *
 * An entry counts as changed when its `lastVerified` date moves: the item's `guid` is the page URL
 * plus `#<lastVerified>`, so a feed reader shows a re-checked entry as a new item, while a rebuild
 * without changes repeats the same guids. Items are sorted by that date, newest first.
 * Own builder rather than `@astrojs/rss`: ~80 lines, no dependency, and the guid rule above is ours.
 * @see https://www.rssboard.org/rss-specification
 */
import { xmlText as text } from './xml.ts';

/** One item: what it is, where it lives, what it says and the day it was (re)checked. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  description: string;
  /** The day the entry was added or last checked against its sources (`lastVerified`). */
  date: Date;
  categories?: readonly string[];
}

/** The channel around the items. */
export interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the site (or the list page) the feed belongs to. */
  siteUrl: string;
  /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
  feedUrl: string;
  items: readonly FeedItem[];
  /** At most this many items, newest first (default 50). */
  limit?: number;
}

/** `YYYY-MM-DD` in UTC. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** RFC 822 date as RSS wants it, e.g. `Sun, 22 Nov 2026 00:00:00 GMT`. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** The guid of an item: its URL plus the day it was last checked, so a change reads as new. */
export function feedGuid(item: Pick<FeedItem, 'link' | 'date'>): string {
  return `${item.link}#${isoDay(item.date)}`;
}

/** Items newest first; on the same day by title, so the order is stable between builds. */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'nl'));
}

/** The RSS 2.0 document. `lastBuildDate` and `pubDate` are the newest item's date, so an unchanged site yields an identical feed. */
export function buildRss(input: FeedInput): string {
  const items = sortFeedItems(input.items).slice(0, input.limit ?? 50);
  const newest = items[0]?.date;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${text(input.title)}</title>`,
    `<link>${text(input.siteUrl)}</link>`,
    `<description>${text(input.description)}</description>`,
    '<language>nl</language>',
    `<atom:link href="${text(input.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<pubDate>${rfc822(newest)}</pubDate>`, `<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${text(item.title)}</title>`,
        `<link>${text(item.link)}</link>`,
        `<guid isPermaLink="false">${text(feedGuid(item))}</guid>`,
        `<pubDate>${rfc822(item.date)}</pubDate>`,
        `<description>${text(item.description)}</description>`,
        ...(item.categories ?? []).map((c) => `<category>${text(c)}</category>`),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The Content-Type of the feed. */
export const rssContentType = 'application/rss+xml; charset=utf-8';
