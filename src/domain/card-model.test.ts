import { describe, expect, it } from 'vitest';
import { buildDeck, cardId, parseCardId } from './card-model';
import type { CodeFacts } from './dataset-schema';

const facts = (code: number, status: CodeFacts['status'] = 'standard'): CodeFacts => ({
  code,
  phrase: `Phrase ${code}`,
  formerPhrases: [],
  class: Math.floor(code / 100) as CodeFacts['class'],
  status,
  spec: [],
  headers: [],
  related: [],
});

describe('card ids', () => {
  it('round-trips a code and kind', () => {
    expect(cardId(404, 'recall')).toBe('404:recall');
    expect(parseCardId('404:recall')).toEqual({ code: 404, kind: 'recall' });
    expect(parseCardId(cardId(599, 'scenario'))).toEqual({ code: 599, kind: 'scenario' });
  });

  it('names both codes of a pair card, lower first, and only for pair kinds', () => {
    expect(cardId(502, 'duel', 504)).toBe('502:duel:504');
    expect(parseCardId('502:duel:504')).toEqual({ code: 502, kind: 'duel', pair: [502, 504] });
    expect(parseCardId('405:header')).toEqual({ code: 405, kind: 'header' });
    for (const id of [
      '502:duel',
      '504:duel:502',
      '502:duel:502',
      '405:header:406',
      '502:duel:5040',
    ])
      expect(parseCardId(id), id).toBeUndefined();
  });

  it.each(['404', '404:', '404:other', '099:recall', '600:recall', ' 404:recall', '404:recall '])(
    'rejects %j',
    (id) => expect(parseCardId(id)).toBeUndefined(),
  );
});

describe('buildDeck', () => {
  const codes = [facts(500), facts(404), facts(218, 'unofficial'), facts(200)];

  it('lists the chosen kinds of every official code, in code then kind order', () => {
    const deck = buildDeck(codes, { kinds: ['scenario', 'recall'], includeUnofficial: false });
    expect(deck.map((d) => d.id)).toEqual([
      '200:recall',
      '200:scenario',
      '404:recall',
      '404:scenario',
      '500:recall',
      '500:scenario',
    ]);
    expect(deck[2]).toEqual({
      id: '404:recall',
      code: 404,
      kind: 'recall',
      classDigit: 4,
      unofficial: false,
    });
  });

  it('adds unofficial codes only when asked, marked as such', () => {
    const deck = buildDeck(codes, { kinds: ['recall'], includeUnofficial: true });
    expect(deck.map((d) => d.code)).toEqual([200, 218, 404, 500]);
    expect(deck.find((d) => d.code === 218)?.unofficial).toBe(true);
  });
});
