import type { ReactNode, Ref } from 'react';

/** The question of a generated card as the heading a new card's focus goes to. */
export function PromptHeading({
  headingId,
  headingRef,
  children,
}: {
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  children: ReactNode;
}) {
  return (
    <h2 id={headingId} ref={headingRef} tabIndex={-1} className="card-prompt__question">
      {children}
    </h2>
  );
}

/** The section on a card's back that says what the answer teaches. */
export function TeachSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="teach" aria-label={title}>
      <h3 className="teach__title">{title}</h3>
      {children}
    </section>
  );
}
