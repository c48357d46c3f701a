/**
 * The quickscan report as the reader sees and prints it: who filled it in, an overview of where
 * the gemeente stands per part, then one section per part with the standing, the next steps and
 * the recommended entries, each with its reasons. Pure rendering of `quickscanReport()`'s answer.
 */
import type { ReactNode } from 'react';
import type { QuickscanCatalog, QuickscanPartReport, QuickscanReport } from '../lib/quickscan.ts';
import { reportCollections } from '../lib/quickscan.ts';
import { quickscanText as t } from '../lib/quickscan-text.ts';

interface Props {
  report: QuickscanReport;
  catalog: QuickscanCatalog;
  gemeente: string;
  region: string | undefined;
  sectors: string[];
  /** The buttons (print, save, edit, restart): only on screen. */
  actions: ReactNode;
  headingRef: React.Ref<HTMLHeadingElement>;
}

const formatDay = (day: string) =>
  new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

function PartSection({ part, n, catalog }: { part: QuickscanPartReport; n: number; catalog: QuickscanCatalog }) {
  const id = `qs-deel-${part.part}`;
  const groups = reportCollections.filter((c) => part.recommendations[c].length > 0);
  return (
    <section className="qs-part" aria-labelledby={id}>
      <h3 id={id} className="utrecht-heading-3 qs-part__title">
        {n}. {part.title}
      </h3>
      {part.standing ? (
        <div className={`qs-standing qs-standing--${part.standing.id}`}>
          <p className="qs-standing__label">
            {t.standing}: <strong>{part.standing.label}</strong>
            <span className="qs-standing__count"> ({t.answeredOf(part.answered, part.questions)})</span>
          </p>
          <p className="utrecht-paragraph">{part.standing.summary}</p>
        </div>
      ) : (
        <p className="utrecht-paragraph qs-standing qs-standing--leeg">{part.answered > 0 ? t.noStanding : t.notAnswered}</p>
      )}
      {part.steps.length > 0 && (
        <>
          <h4 className="qs-subtitle">{t.nextSteps}</h4>
          <ol className="qs-steps">
            {part.steps.map((s) => (
              <li key={s.rule}>{s.text}</li>
            ))}
          </ol>
        </>
      )}
      {groups.length === 0 && part.standing && <p className="utrecht-paragraph">{t.nothing}</p>}
      {groups.map((collection) => (
        <div key={collection} className="qs-group">
          <h4 className="qs-subtitle">{t.collections[collection]}</h4>
          <ul className="qs-recs">
            {part.recommendations[collection].map((r) => {
              const entry = catalog[collection].find((e) => e.id === r.id)!;
              return (
                <li key={r.id} className="qs-rec" data-entry={`${collection}/${r.id}`}>
                  <p className="qs-rec__title">
                    <a className="utrecht-link" href={entry.href} lang={entry.lang}>
                      {entry.title}
                    </a>
                    {r.status && (
                      <>
                        {' '}
                        <span className={`status status--${r.status}`}>
                          {t.statusPrefix}: {t.status[r.status]}
                        </span>
                      </>
                    )}
                  </p>
                  <p className="qs-rec__why">
                    <strong>{t.why}</strong> {r.reasons.map((reason) => reason.text).join(' ')}
                    {r.status && r.status !== 'doorlopend' && <> {t.statusHint[r.status]}</>}
                  </p>
                  {entry.solutions && entry.solutions.length > 0 && (
                    <p className="qs-rec__solutions">
                      <strong>{t.solutions}</strong> {entry.solutions.join('; ')}.
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {part.misses.filter((miss) => t.missWhat[miss.collection]).map((miss) => (
        <p key={miss.rule} className="utrecht-paragraph qs-miss">
          {t.miss(t.missWhat[miss.collection]!, miss.field, miss.labels)}{' '}
          {miss.collection === 'praktijkvoorbeelden' && (
            <a className="utrecht-link" href={t.submitHref}>
              {t.missInvite}
            </a>
          )}
        </p>
      ))}
    </section>
  );
}

/** The report. */
export function QuickscanReportView({ report, catalog, gemeente, region, sectors, actions, headingRef }: Props) {
  return (
    <section className="qs-report" aria-labelledby="qs-rapport">
      <h2 id="qs-rapport" className="utrecht-heading-2 qs-report__title" tabIndex={-1} ref={headingRef}>
        {t.reportTitle(gemeente)}
      </h2>
      <p className="utrecht-paragraph">{t.reportIntro}</p>
      <dl className="facts qs-context">
        <dt>{t.region}</dt>
        <dd>{region ?? t.notGiven}</dd>
        <dt>{t.sectors}</dt>
        <dd>{sectors.length > 0 ? sectors.join(', ') : t.notGiven}</dd>
        <dt>{t.date}</dt>
        <dd>{formatDay(report.today)}</dd>
      </dl>
      {actions}
      <div className="table-scroll qs-overview-wrap">
        <table className="chart-table qs-overview">
          <caption>{t.overviewCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.part}</th>
              <th scope="col">{t.standing}</th>
              <th scope="col">{t.firstStep}</th>
            </tr>
          </thead>
          <tbody>
            {report.parts.map((p, i) => (
              <tr key={p.part}>
                <th scope="row">
                  <a className="utrecht-link" href={`#qs-deel-${p.part}`}>
                    {i + 1}. {p.title}
                  </a>
                </th>
                <td>{p.standing?.label ?? t.notGiven}</td>
                <td>{p.steps[0]?.text ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.parts.map((p, i) => (
        <PartSection key={p.part} part={p} n={i + 1} catalog={catalog} />
      ))}
      <p className="meta-line qs-status-note">{t.statusOn(formatDay(report.today))}</p>
    </section>
  );
}
