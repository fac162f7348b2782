import { statusLabels } from '../../../shared/article';
import type { LinkedStory } from '../../../shared/related';
import { relativeTime } from '../../../shared/relative-time';
import { useMinuteClock } from '../app/use-minute-clock';

interface StoryLineProps {
  story: LinkedStory;
  /** Show the excerpt under the headline. */
  excerpt?: boolean;
}

/** A story in a list: headline, "Spiked" when it is, outlet and how long ago it ran. */
export function StoryLine({ story, excerpt }: StoryLineProps) {
  const now = useMinuteClock();
  const spiked = story.status === 'spiked';
  return (
    <span className={`story-line${spiked ? ' story-line--spiked' : ''}`}>
      <span className="story-line__headline" dir="auto">
        {story.headline.trim() || 'Untitled'}
      </span>
      {spiked && <span className="status status--spiked">{statusLabels.spiked}</span>}
      <span className="story-line__meta">
        {story.source && <span dir="auto">{story.source}</span>}
        <time dateTime={new Date(story.time).toISOString()}>{relativeTime(story.time, now)}</time>
      </span>
      {excerpt && story.excerpt && (
        <span className="story-line__excerpt" dir="auto">
          {story.excerpt}
        </span>
      )}
    </span>
  );
}
