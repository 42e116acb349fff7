import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { composeThesisSentence, joinNames } from './thesisSentence';

describe('composed thesis sentence', () => {
  const parts = { personaNames: ['健身白领小林'], goal: '每天掌握自己的健康状况', feeling: '安心、有掌控感。', brandRole: '随时随地提供及时、可信的健康洞察' };

  it('reads as one sentence in Simplified Chinese, without doubled punctuation', () => {
    expect(composeThesisSentence(createTranslator('zh-CN'), 'zh-CN', parts)).toBe(
      '对于希望每天掌握自己的健康状况的健身白领小林，我们随时随地提供及时、可信的健康洞察，让他们感到安心、有掌控感。',
    );
  });

  it('reads as one sentence in English', () => {
    const en = { personaNames: ['busy professionals', 'new parents'], goal: 'keep track of their health every day', feeling: 'confident', brandRole: 'give them timely, trustworthy insight' };
    expect(composeThesisSentence(createTranslator('en'), 'en', en)).toBe(
      'For busy professionals and new parents, whose goal is to keep track of their health every day, we give them timely, trustworthy insight, so that they feel confident.',
    );
  });

  it('shows what is still missing', () => {
    expect(composeThesisSentence(createTranslator('zh-TW'), 'zh-TW', { personaNames: [] })).toBe(
      '對於希望［顧客目標］的［目標人物誌］，我們［品牌角色或承諾］，讓他們感到［期望的感受］。',
    );
  });

  it('joins names the way each language does', () => {
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinNames(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
    expect(joinNames([' ', 'A'], 'en')).toBe('A');
  });
});
