// Rescheduling every card after a change of settings (desired retention, parameters, maximum
// interval), as Anki's "Reschedule cards on change" does, recorded as `reschedule` log entries.
import type { CardState, LogEntry, ManualLogEntry } from './card-model';
import type { Scheduler } from './scheduler';

/** What rescheduling would do: the cards that move, their log entries, and which way they move. */
export interface ReschedulePlan {
  cards: Record<string, CardState>;
  entries: ManualLogEntry[];
  earlier: number;
  later: number;
}

/** The plan for bringing every review card in line with `scheduler`'s settings at `now`. */
export function planReschedule(
  cards: Readonly<Record<string, CardState>>,
  log: readonly LogEntry[],
  scheduler: Scheduler,
  now: number,
): ReschedulePlan {
  const byCard = new Map<string, LogEntry[]>();
  for (const e of log) {
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  const plan: ReschedulePlan = { cards: {}, entries: [], earlier: 0, later: 0 };
  for (const card of Object.values(cards)) {
    const result = scheduler.reschedule(card, byCard.get(card.id) ?? [], now);
    if (!result || result.card.due === card.due) continue;
    plan.cards[card.id] = result.card;
    plan.entries.push(result.log);
    if (result.card.due < card.due) plan.earlier++;
    else plan.later++;
  }
  return plan;
}

/** The cards and log after carrying out `plan` (log entries appended in time order). */
export function applyReschedule(
  data: { cards: Readonly<Record<string, CardState>>; log: readonly LogEntry[] },
  plan: ReschedulePlan,
): { cards: Record<string, CardState>; log: LogEntry[] } {
  const entries = [...plan.entries].sort((a, b) => a.review - b.review);
  return { cards: { ...data.cards, ...plan.cards }, log: [...data.log, ...entries] };
}
