// Watches a card's front for a way to answer drawn before its question or its own words (see
// KindPrompt and OptionText).

/**
 * Starts recording every moment options or a reveal button are on screen under a "Loading…"
 * question, or an option is without its words; returns the record and a stop.
 */
export function watchForEarlyAnswers(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('main .card h2')?.textContent ?? '';
    const answerable = document.querySelector('main .answer-choices button, main .card__reveal');
    if (answerable && /^Loading/.test(heading)) seen.push(`options under "${heading}"`);
    for (const text of document.querySelectorAll('main .answer-choice__text'))
      if (/^(…|\s*)$/.test(text.textContent ?? '')) seen.push('an option without its words');
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}
