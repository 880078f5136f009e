import { cardId, parseCardId } from '../../domain/card-model';
import { PAIR_KINDS } from '../../domain/card-kinds/registry';
import { CODES } from '../../domain/dataset';
import { ESSENTIAL_CODES } from '../../domain/introduction-order';
import type { SessionSpec } from '../../state/study-session-store';

const EVERY_CLASS = [1, 2, 3, 4, 5] as const;

/**
 * The session an address asks for: "?code=404" (Browse's "Study this code now": that code's cards
 * only), "?duel=502-504" (a row of the Stats' confusion table: that pair's duel) or "?set=essentials" (the readiness meter: the essential codes, today's new ones included);
 * undefined for any other address.
 */
export function sessionFromAddress(search: string): Omit<SessionSpec, 'mode'> | undefined {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  if (code && /^\d{3}$/.test(code) && CODES.some((c) => c.code === Number(code)))
    return {
      filter: { classes: EVERY_CLASS, includeUnofficial: true },
      extraNew: 0,
      focusCode: Number(code),
    };
  const duel = params.get('duel');
  const pair = duel ? /^([1-5]\d\d)-([1-5]\d\d)$/.exec(duel) : null;
  if (pair) {
    const ids = PAIR_KINDS.map((kind) => cardId(Number(pair[1]), kind, Number(pair[2])));
    if (ids.every((id) => parseCardId(id) !== undefined))
      return {
        filter: { classes: EVERY_CLASS, includeUnofficial: true },
        extraNew: 0,
        focusCards: ids,
      };
  }
  return params.get('set') === 'essentials' ? essentialsSession() : undefined;
}

/** A session on the essential codes: those due, and every one not studied yet (beyond today's limit). */
export function essentialsSession(): Omit<SessionSpec, 'mode'> {
  return {
    filter: { classes: EVERY_CLASS, includeUnofficial: false, codes: ESSENTIAL_CODES },
    extraNew: ESSENTIAL_CODES.length,
  };
}
