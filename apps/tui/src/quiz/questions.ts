// The practice quiz, generated from catalog and license facts so its answers stay right when the
// data changes (issue 7, "A small extra"). Pure: same data in, same questions out, no randomness.
import type { Catalog, Model } from '@llm-adopt/catalog';
import type { License } from '@llm-adopt/licenses';

export interface QuizQuestion {
  id: string;
  question: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
  explanation: string;
  /** Where the fact comes from (URL or named document). */
  source: string;
}

const billions = (n: number) => `${Number((n / 1e9).toFixed(1))}B`;
const users = (n: number) => (n >= 1e9 ? `${Number((n / 1e9).toFixed(1))} billion` : `${Number((n / 1e6).toFixed(0))} million`);

/** Puts the right answer at a position that varies by question, deterministically. */
function place(correct: string, distractors: string[], seed: number): { options: string[]; answer: number } {
  const unique = [...new Set(distractors.filter((d) => d !== correct))].slice(0, 3);
  const answer = seed % (unique.length + 1);
  const options = [...unique];
  options.splice(answer, 0, correct);
  return { options, answer };
}

/** Total vs active parameters of mixture-of-experts models: all experts are resident; active ones drive speed. */
function moeQuestions(models: readonly Model[], start: number): QuizQuestion[] {
  return models
    .filter((m) => m.parameters.active < m.parameters.total)
    .sort((a, b) => b.parameters.total - a.parameters.total)
    .slice(0, 2)
    .map((m, i) => {
      const t = billions(m.parameters.total);
      const a = billions(m.parameters.active);
      const { options, answer } = place(
        `${t} in memory; ${a} active per token`,
        [`${a} in memory; ${t} active per token`, `${a} in memory; ${a} active per token`, `${t} in memory; ${t} active per token`],
        start + i,
      );
      return {
        id: `moe-${m.id}`,
        question: `${m.name} is a mixture-of-experts model. How many parameters must its weights hold in memory, and how many are used per generated token?`,
        options,
        answer,
        explanation: `All ${t} parameters (every expert) stay resident, so memory is sized on the total; only ${a} are active per token, which is what drives decode speed.`,
        source: m.parameters.source.source,
      };
    });
}

/** Which license has a user-count clause, and where its threshold lies. */
function mauQuestions(all: readonly License[], start: number): QuizQuestion[] {
  const limited = all.filter((l) => l.mauLimit);
  const unlimited = all.filter((l) => !l.mauLimit).map((l) => l.shortName);
  const questions: QuizQuestion[] = [];
  // The best-known threshold (the largest: Llama's 700M) as "which license?"; the others as "above how many users?".
  const byThreshold = [...limited].sort((a, b) => (b.mauLimit?.users ?? 0) - (a.mauLimit?.users ?? 0));
  const top = byThreshold[0];
  if (top?.mauLimit) {
    const limit = top.mauLimit;
    const clause = top.clauses.find((c) => c.id === limit.clause);
    const { options, answer } = place(top.shortName, unlimited, start);
    questions.push({
      id: `mau-${limit.users}`,
      question: `Which of these licenses requires a separate licence from the publisher above ${users(limit.users)} monthly active users?`,
      options,
      answer,
      explanation: `${top.shortName} ${clause?.section ?? ''}: ${clause?.summary ?? `limit of ${users(limit.users)} monthly active users`}`.replace(/ {2,}/g, ' '),
      source: clause?.url ?? top.url,
    });
  }
  const seen = new Set<number>(top?.mauLimit ? [top.mauLimit.users] : []);
  for (const license of byThreshold) {
    const limit = license.mauLimit;
    if (!limit || seen.has(limit.users)) continue;
    seen.add(limit.users);
    const clause = license.clauses.find((c) => c.id === limit.clause);
    const others = [...seen].filter((u) => u !== limit.users).map(users);
    const { options, answer } = place(users(limit.users), [...others, users(limit.users * 10), 'No user limit'], start + questions.length);
    questions.push({
      id: `mau-threshold-${license.id}`,
      question: `Above how many monthly active users does the ${license.shortName} license require a separate licence?`,
      options,
      answer,
      explanation: `${license.shortName} ${clause?.section ?? ''}: ${clause?.summary ?? ''}`.replace(/ {2,}/g, ' ').trim(),
      source: clause?.url ?? license.url,
    });
  }
  return questions;
}

/** What a model's thinking switch does, in the vendor's words. */
function thinkingQuestion(models: readonly Model[], start: number): QuizQuestion[] {
  // The largest model with the switch: the one teams most often deploy as a reasoning model.
  const model = [...models]
    .filter((m) => m.capabilities.includes('thinking-switch') && m.capabilityNotes?.['thinking-switch'])
    .sort((a, b) => b.parameters.total - a.parameters.total)[0];
  const note = model?.capabilityNotes?.['thinking-switch'];
  if (!model || !note) return [];
  // The sentence of the note that explains the in-message switch is the right answer.
  const sentences = note.split(/(?<=\.)\s+/);
  const correct = sentences.find((s) => s.includes('/no_think') || s.includes('/think')) ?? note;
  const { options, answer } = place(
    correct,
    [
      'It loads a larger sibling model for that request and falls back afterwards.',
      'It extends the context window to the YaRN maximum for that conversation.',
      'It is an API-only flag of the vendor’s hosted service; local engines ignore it.',
    ],
    start,
  );
  return [
    {
      id: `thinking-${model.id}`,
      question: `${model.name}: what does writing /think or /no_think in a message do?`,
      options,
      answer,
      explanation: note,
      // Capability notes carry no source of their own; they paraphrase the model card.
      source: `https://huggingface.co/${model.distribution.huggingFace}`,
    },
  ];
}

/** Native context windows: what the model serves without extension. */
function contextQuestions(models: readonly Model[], start: number): QuizQuestion[] {
  return models
    .filter((m) => m.context.extension !== null)
    .slice(0, 1)
    .map((m, i) => {
      const native = m.context.nativeTokens;
      const ext = m.context.extension;
      const fmt = (n: number) => `${n.toLocaleString('en-US')} tokens`;
      const { options, answer } = place(fmt(native), [fmt(native * 2), fmt(native / 2), ext ? fmt(ext.maxTokens) : fmt(native * 4)], start + i);
      return {
        id: `context-${m.id}`,
        question: `What context window does ${m.name} serve natively, without any extension?`,
        options,
        answer,
        explanation: ext
          ? `${fmt(native)} natively; ${ext.method} extends it to ${fmt(ext.maxTokens)}${ext.howTo ? ` (${ext.howTo})` : ''}, which must be enabled explicitly.`
          : `${fmt(native)}.`,
        source: m.context.source.source,
      };
    });
}

/** The whole quiz, in a fixed order. */
export function buildQuiz(catalog: Pick<Catalog, 'models'>, licenseList: readonly License[]): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  questions.push(...moeQuestions(catalog.models, questions.length));
  questions.push(...mauQuestions(licenseList, questions.length));
  questions.push(...thinkingQuestion(catalog.models, questions.length));
  questions.push(...contextQuestions(catalog.models, questions.length));
  return questions;
}
