// The shipped knowledge as the generators see it, read from data/ (Node tests only).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KnowledgeBase } from '../src/domain/card-kinds/question';
import type { CodeFacts } from '../src/domain/dataset-schema';
import type { HeaderEntry, KnowledgeFacts } from '../src/domain/knowledge-model';
import { readKnowledge } from '../src/state/build/knowledge-files';

const root = new URL(`file://${resolve(process.cwd())}/`);

/** Every code's facts, the header registry and the examples of data/ (examples untrimmed). */
export function shippedKnowledge(): KnowledgeBase {
  const raw = readKnowledge(root);
  const codes = JSON.parse(
    readFileSync(resolve(process.cwd(), 'data/codes.json'), 'utf8'),
  ) as CodeFacts[];
  return {
    facts: new Map((Object.values(raw.facts) as KnowledgeFacts[]).map((f) => [f.code, f])),
    headers: new Map((raw.headers as HeaderEntry[]).map((h) => [h.name.toLowerCase(), h])),
    examples: new Map(codes.flatMap((c) => (c.example ? [[c.code, c.example] as const] : []))),
  };
}
