import { countCharacters } from '../../../shared/text-counts';

interface CounterProps {
  id?: string;
  label: string;
  text: string;
  limit: number;
}

/**
 * Characters against a desk limit. Over the limit it says so in words ("12 over the
 * limit") as well as in colour, so the warning never rests on colour alone.
 */
export function Counter({ id, label, text, limit }: CounterProps) {
  const count = countCharacters(text);
  const over = count - limit;
  return (
    <div id={id} className={`counter${over > 0 ? ' counter--over' : ''}`} data-testid={id}>
      <span className="counter__label">{label}</span>
      <span className="counter__value">
        {count} / {limit}
      </span>
      <span className="counter__note">{over > 0 ? `${over} over the limit` : `${-over} left`}</span>
    </div>
  );
}
