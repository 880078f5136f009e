import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QuestionOption } from '../../domain/card-kinds/question';
import type { Level } from '../../domain/knowledge-model';
import type { WireRule } from '../../domain/knowledge-rules';

/** A key built from data (an enumeration's value, a level): checked by the kinds strings' test. */
export function dynamicT(t: TFunction, key: string, options?: Record<string, unknown>): string {
  return (t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
}

/** A requirement level in words ("MUST"; "必须 (MUST)" in Chinese). */
export function levelText(t: TFunction, level: Level): string {
  return dynamicT(t, `kinds.level.${level}`);
}

/** A claim about a response of `code`, as a "what is wrong?" option states it. */
export function ruleText(t: TFunction, rule: WireRule, code: number): string {
  switch (rule.type) {
    case 'missing':
      return t('kinds.rule.missing', {
        header: rule.header,
        code,
        level: levelText(t, rule.level),
      });
    case 'content':
      return t('kinds.rule.content', { code });
    case 'method':
      return t('kinds.rule.method', { code, method: rule.method });
    case 'length':
      return t('kinds.rule.length');
  }
}

/** The words of an option, as plain text (verdicts, announcements). */
export function optionString(t: TFunction, option: QuestionOption): string {
  switch (option.type) {
    case 'code':
      return String(option.code);
    case 'header':
      return option.header;
    case 'rule':
      return ruleText(t, option.rule, option.code);
    case 'enum':
      return dynamicT(t, `kinds.enum.${option.name}.${option.value}`);
  }
}

/** The words of a non-code option: a header name as code, a claim, an enumerated value. */
export function OptionText({ option }: { option: QuestionOption }) {
  const { t } = useTranslation();
  if (option.type === 'header') return <code>{option.header}</code>;
  return <span>{optionString(t, option)}</span>;
}
