import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A raw request and response, each in a block a keyboard user can scroll sideways. */
export function Transcript({ request, response }: { request: string; response: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="transcript">
      {[
        { part: t('kinds.request'), text: request, key: 'request' },
        { part: t('kinds.response'), text: response, key: 'response' },
      ].map(({ part, text, key }) => (
        <figure key={key} className="transcript__part">
          <figcaption id={`${id}-${key}`}>{part}</figcaption>
          <pre tabIndex={0} aria-labelledby={`${id}-${key}`}>
            <code>{text}</code>
          </pre>
        </figure>
      ))}
    </div>
  );
}
