import fs from 'node:fs';
import path from 'node:path';
import { TransitionInputSchema, type TransitionInput } from '@core/contracts/legal-inputs';
import { legalNoteKindLabels, legalOutcomeLabels, type LegalNoteKind, type LegalOutcome } from '@core/enums/legal-case-terms';
import { notificationTemplateNames } from '@core/enums/notification-templates';
import type { LegalCaseDoc } from '../../collections/legal-cases.collection';
import { createPiiCipher } from '../../pii/pii-cipher';
import { changeFor } from '../../../legal/transition-steps';

/**
 * Every template a function sends is in @core/enums/notification-templates, and every name there is
 * sent somewhere: the app asks the worker for those names, and a name it never asks for is a message
 * WeChat never delivers. The source text is read, not trusted to the type alone: a template passed
 * through a helper is followed to the helper's callers, and one computed by a function is taken from
 * that function.
 */
const functionsDir = path.resolve(__dirname, '../../..');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__test__' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });

/** The arguments of the call whose `(` is at `open`, as source text without comments, split at top-level commas. */
const argumentsAt = (source: string, open: number): string[] => {
  const args: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = open + 1; i < source.length; i += 1) {
    const char = source[i];
    if (char === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i) - 1;
      continue;
    }
    if (char === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i) + 1;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      let end = i + 1;
      while (source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      current += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if ('([{'.includes(char)) depth += 1;
    if (')]}'.includes(char)) {
      if (depth === 0) {
        args.push(current.trim());
        return args;
      }
      depth -= 1;
    }
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  throw new Error('unclosed call');
};

/** Who passes a template on, and at which argument: the Notifier itself and the helpers around it. */
const senders: Record<string, { call: RegExp; templateArg: number }> = {
  notify: { call: /\.notify\(/g, templateArg: 1 },
  notifyUnionReviewers: { call: /\bnotifyUnionReviewers\(/g, templateArg: 2 },
  notifyApplicant: { call: /\bnotifyApplicant\(/g, templateArg: 2 },
};

/** Templates chosen by a function rather than written at the call: the function is run below. */
const computedBy: Record<string, string> = { 'stepped.data.notice.template': 'changeFor (legal/transition-steps.ts)' };

/** `'a'`, `approve ? 'a' : 'b'`: the literals; null for anything else. */
const literalsOf = (arg: string): string[] | null => {
  const literals = [...arg.matchAll(/'([^'\\]*)'/g)].map((match) => match[1]);
  const rest = arg.replace(/'[^'\\]*'/g, '').replace(/[\w.!]+\s*\?|:/g, '').trim();
  return literals.length > 0 && rest === '' ? literals : null;
};

const scan = () => {
  const literal = new Map<string, string[]>();
  const unexplained: string[] = [];
  const computed = new Set<string>();
  for (const file of sourceFiles(functionsDir)) {
    const source = fs.readFileSync(file, 'utf8');
    const where = path.relative(functionsDir, file);
    const definesSender = Object.keys(senders).some((name) => new RegExp(`export const ${name} = `).test(source));
    for (const { call, templateArg } of Object.values(senders)) {
      for (const match of source.matchAll(call)) {
        const arg = argumentsAt(source, (match.index ?? 0) + match[0].length - 1)[templateArg];
        const line = `${where}:${source.slice(0, match.index).split('\n').length}: ${arg}`;
        const literals = literalsOf(arg);
        if (literals) for (const name of literals) literal.set(name, [...(literal.get(name) ?? []), line]);
        else if (arg === 'template' && definesSender) continue; // a helper's parameter: its callers are scanned
        else if (computedBy[arg]) computed.add(arg);
        else unexplained.push(line);
      }
    }
  }
  return { literal, unexplained, computed };
};

/** What `changeFor` tells the worker after each step staff can take on a case. */
const legalStepTemplates = () => {
  const actor = { kind: 'staff' as const, openid: 'o-staff', unionName: '青山区总工会', role: 'operator' as const, signature: null };
  const inputs: Record<TransitionInput['step'], TransitionInput> = {
    accept: { step: 'accept', caseId: 'c1' },
    decline: { step: 'decline', caseId: 'c1', reason: '不属于受理范围' },
    assign: { step: 'assign', caseId: 'c1', handler: { kind: 'self' } },
    note: { step: 'note', caseId: 'c1', noteKind: Object.keys(legalNoteKindLabels)[0] as LegalNoteKind, text: '已联系对方' },
    close: { step: 'close', caseId: 'c1', outcome: Object.keys(legalOutcomeLabels)[0] as LegalOutcome },
  };
  expect(Object.keys(inputs).sort()).toEqual(TransitionInputSchema.options.map((option) => option.shape.step.value).sort());
  const context = { actor, handler: actor, now: 1_800_000_000_000, pii: createPiiCipher(Buffer.alloc(32, 7)) };
  return Object.values(inputs).map((input) => changeFor({ answerBy: 0 } as LegalCaseDoc, input, context).notice.template);
};

describe('notification templates', () => {
  const { literal, unexplained, computed } = scan();
  const sent = new Set([...literal.keys(), ...legalStepTemplates()]);

  it('finds every template a function sends written at its call, or computed by a function tested here', () => {
    expect(unexplained).toEqual([]);
    expect([...computed]).toEqual(Object.keys(computedBy));
  });

  it('sends only templates in the list', () => {
    expect([...sent].filter((name) => !notificationTemplateNames.includes(name as never))).toEqual([]);
  });

  it('lists no template that nothing sends', () => {
    expect(notificationTemplateNames.filter((name) => !sent.has(name))).toEqual([]);
  });
});
