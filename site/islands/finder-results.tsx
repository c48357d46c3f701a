/**
 * The funding finder's answer: each fitting scheme with its status, how it fits, the reasons and
 * what to check, and which results combine for one placement. Rendered to static HTML on the
 * result pages (no JavaScript) and live inside the finder island: one markup for both.
 */
import type { FinderFit, FinderReason } from '../../functions/domain/funding-finder.ts';
import type { SchemeStatus } from '../../functions/domain/scheme-status.ts';
import { fitLabel, statusLabel, type FinderText } from '../lib/finder-text.ts';

/** One result as the page shows it. */
export interface FinderResultView {
  id: string;
  name: string;
  href: string;
  /** `nl` when the name is Dutch on a page in another language. */
  nameLang?: string | undefined;
  status: SchemeStatus;
  fit: FinderFit;
  reasons: FinderReason[];
  /** Ids of other results it combines with. */
  combinesWith: string[];
  /** Data attributes that let the browser recompute the status (static pages only). */
  badgeData?: Record<string, string> | undefined;
}

interface Props {
  results: FinderResultView[];
  combinations: [string, string][];
  text: FinderText;
  /** The level of the combinations heading: one above the cards' h3. */
  combinationsHeading: 2 | 3;
  /** Prefix of the results' element ids, unique on the page. */
  idPrefix: string;
}

/** The list of results and the combinations among them. */
export function FinderResults({ results, combinations, text, combinationsHeading, idPrefix }: Props) {
  const byId = new Map(results.map((r) => [r.id, r]));
  const anchor = (id: string) => {
    const r = byId.get(id);
    return r ? (
      <a className="utrecht-link" href={`#${idPrefix}${id}`} lang={r.nameLang}>
        {r.name}
      </a>
    ) : null;
  };
  const Heading = `h${combinationsHeading}` as 'h2' | 'h3';
  return (
    <>
      <ol className="finder-results">
        {results.map((r) => (
          <li key={r.id} id={`${idPrefix}${r.id}`} className="finder-result">
            <article className="card">
              <h3 className="card__title">
                <a className="utrecht-link" href={r.href} lang={r.nameLang}>
                  {r.name}
                </a>
              </h3>
              <p className="finder-result__meta">
                <span className={`status status--${r.status}`} {...r.badgeData}>
                  {text['scheme.status']}: {statusLabel(text, r.status)}
                </span>{' '}
                <span className={`finder-fit finder-fit--${r.fit}`}>{fitLabel(text, r.fit)}</span>
              </p>
              <ul className="finder-reasons">
                {r.reasons.map((reason, i) => (
                  <li key={i} className={`finder-reason finder-reason--${reason.type}`}>
                    <strong className="finder-reason__type">{text[reason.type === 'match' ? 'finder.reason.match' : 'finder.reason.gap']}</strong>{' '}
                    {reason.text}
                  </li>
                ))}
              </ul>
              {r.combinesWith.length > 0 && (
                <p className="finder-result__combines">
                  {text['finder.combinesWith']}{' '}
                  {r.combinesWith.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      {anchor(id)}
                    </span>
                  ))}
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
      {results.length > 1 && (
        <section className="finder-combinations" aria-labelledby={`${idPrefix}combinaties`}>
          <Heading id={`${idPrefix}combinaties`} className={`utrecht-heading-${combinationsHeading}`}>
            {text['finder.combinations.title']}
          </Heading>
          {combinations.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {combinations.map(([a, b]) => (
                <li key={`${a}+${b}`} className="utrecht-unordered-list__item">
                  {anchor(a)} + {anchor(b)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{text['finder.combinations.none']}</p>
          )}
        </section>
      )}
    </>
  );
}
