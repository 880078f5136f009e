/** A labelled progress bar for a study session or quiz (role=progressbar with its values and a text). */
export function SessionProgress({
  label,
  value,
  max,
  text,
}: {
  label: string;
  value: number;
  max: number;
  /** The values in words, e.g. "3 of 20", shown and read by screen readers. */
  text: string;
}) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div className="session-progress">
      <div
        className="session-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="session-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="session-progress__text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
