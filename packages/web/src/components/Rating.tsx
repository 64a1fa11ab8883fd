import type { Rating as RatingLetter } from '../api/projects.js';

/** A rating A to E as a coloured letter; the colour only repeats what the letter says. */
export function Rating({ value, label }: { value: RatingLetter | null; label: string }) {
  if (value === null)
    return (
      <span className="rating rating-none" aria-label={`${label}: not measured`}>
        –
      </span>
    );
  return (
    <span className={`rating rating-${value.toLowerCase()}`} aria-label={`${label}: ${value}`} title={label}>
      {value}
    </span>
  );
}
