/**
 * "Withdraw" or "leave the register", asked in the page (no browser dialog): a button, then a
 * question with yes and no. Keyboard and screen-reader users land where it continues: the
 * question, or (after "no") the button they started from. On success the parent replaces the page
 * with its outcome; on failure the question stays with the message.
 */
import { useEffect, useRef, useState } from 'react';

/** The words of one such section, in the page's language. */
export type LeaveWords = { title: string; intro: string; confirmTitle: string; confirm: string; yes: string; busy: string; cancel: string };

type Props = {
  /** Prefix of the element ids (`withdraw`, `leave`). */
  id: string;
  words: LeaveWords;
  /** Does it; resolves to `null` when it is done, or to the message to show. */
  leave: () => Promise<string | null>;
};

export default function LeaveSection({ id, words, leave }: Props) {
  const [state, setState] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [error, setError] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(state);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (state === 'confirm' && before === 'idle') questionRef.current?.focus();
    else if (state === 'idle' && before === 'confirm') startRef.current?.focus();
  }, [state]);

  async function confirm() {
    if (state === 'busy') return;
    setState('busy');
    setError(null);
    const problem = await leave();
    if (problem === null) return; // the parent shows the outcome instead of this section
    setError(problem);
    setState('confirm');
  }

  return (
    <section className="manage-withdraw" aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>{words.title}</h2>
      <p className="utrecht-paragraph">{words.intro}</p>
      {state === 'idle' ? (
        <button ref={startRef} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setState('confirm')}>
          {words.title}
        </button>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning manage-withdraw__confirm">
          <div className="utrecht-alert__content">
            <h3 className="utrecht-heading-3" id={`${id}-confirm-title`} ref={questionRef} tabIndex={-1}>{words.confirmTitle}</h3>
            <p className="utrecht-paragraph" id={`${id}-confirm-text`}>{words.confirm}</p>
            {error && <p className="utrecht-form-field-error-message" role="alert">{error}</p>}
            <div className="manage-withdraw__actions">
              <button type="button" className="utrecht-button utrecht-button--primary-action" aria-describedby={`${id}-confirm-text`}
                aria-disabled={state === 'busy' ? true : undefined} onClick={() => void confirm()}>
                {state === 'busy' ? words.busy : words.yes}
              </button>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { setError(null); setState('idle'); }}
                disabled={state === 'busy'}>
                {words.cancel}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
