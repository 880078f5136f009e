import { describe, expect, it } from 'vitest';
import type { GlossaryConcept } from './dataset-schema';
import { glossaryHits } from './glossary';

const glossary: GlossaryConcept[] = [
  {
    concept: 'origin server',
    terms: {
      'zh-Hans': { term: '源服务器', avoid: ['原始服务器', '源站'] },
      'zh-Hant': { term: '原始伺服器', avoid: ['來源伺服器', '源伺服器'], allow: ['資源伺服器'] },
    },
  },
  {
    concept: 'connection',
    terms: { 'zh-Hant': { term: '連線', avoid: ['連接'], allow: ['連接埠'] } },
  },
];

describe('glossaryHits', () => {
  it('finds a removed rendering and names the term to write instead', () => {
    expect(glossaryHits('源站拒绝了连接。', 'zh-Hans', glossary)).toEqual([
      { concept: 'origin server', found: '源站', term: '源服务器' },
    ]);
  });

  it('accepts the chosen term and texts of a language the glossary does not cover', () => {
    expect(glossaryHits('源服务器拒绝了连接。', 'zh-Hans', glossary)).toEqual([]);
    expect(glossaryHits('The origin server (源站) refused.', 'en', glossary)).toEqual([]);
  });

  it('lets an allowed longer word through, but not the same rendering elsewhere in the text', () => {
    expect(glossaryHits('請求送到 443 連接埠。', 'zh-Hant', glossary)).toEqual([]);
    expect(glossaryHits('資源伺服器回應了。', 'zh-Hant', glossary)).toEqual([]);
    expect(glossaryHits('連接埠開著，但連接被重設。', 'zh-Hant', glossary)).toEqual([
      { concept: 'connection', found: '連接', term: '連線' },
    ]);
  });

  it('reports a rendering once, not again for a shorter one inside it', () => {
    expect(glossaryHits('來源伺服器沒有回應，來源伺服器又逾時。', 'zh-Hant', glossary)).toEqual([
      { concept: 'origin server', found: '來源伺服器', term: '原始伺服器' },
    ]);
  });
});
