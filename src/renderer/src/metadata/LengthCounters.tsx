import { altHeadlineLabels, altHeadlineRoles, type AltHeadlines } from '../../../shared/article';
import { readingMinutes } from '../../../shared/text-counts';
import { useSettings } from '../settings/use-settings';
import { Counter } from './Counter';

interface LengthCountersProps {
  headline: string;
  standfirst: string;
  altHeadlines: AltHeadlines;
  words: number;
}

/** Live lengths against the desk's limits (from settings), and the body's words and reading time. */
export function LengthCounters({ headline, standfirst, altHeadlines, words }: LengthCountersProps) {
  const { deskLimits } = useSettings().settings;
  const minutes = readingMinutes(words);
  return (
    <section className="panel-section" aria-labelledby="lengths-heading">
      <h2 id="lengths-heading">Lengths</h2>
      <div className="counters">
        <Counter id="count-headline" label="Headline" text={headline} limit={deskLimits.headline} />
        <Counter id="count-standfirst" label="Standfirst" text={standfirst} limit={deskLimits.standfirst} />
        {altHeadlineRoles.map((role) => (
          <Counter
            key={role}
            id={`count-alt-${role}`}
            label={`${altHeadlineLabels[role]} headline`}
            text={altHeadlines[role]}
            limit={deskLimits[role]}
          />
        ))}
        <div className="counter" id="count-body" data-testid="count-body">
          <span className="counter__label">Body</span>
          <span className="counter__value">
            {words.toLocaleString('en')} {words === 1 ? 'word' : 'words'}
          </span>
          <span className="counter__note">{minutes === 0 ? 'nothing to read yet' : `about ${minutes} min read`}</span>
        </div>
      </div>
    </section>
  );
}
