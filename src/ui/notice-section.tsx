import { useId, type ReactNode } from 'react';

/** One notice of the storage alert: a titled region with its text and its buttons. */
export function NoticeSection({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="storage-notice" aria-labelledby={titleId}>
      <div className="storage-notice__text">
        <p id={titleId} className="storage-notice__title">
          {title}
        </p>
        {children}
      </div>
      <div className="storage-notice__actions">{actions}</div>
    </section>
  );
}
