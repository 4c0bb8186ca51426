import { execFileSync } from 'node:child_process';
import { builtinCatalog, type Model } from '@llm-adopt/catalog';
import { licenses } from '@llm-adopt/licenses';
import { describe, expect, it } from 'vitest';
import { buildQuiz, type QuizQuestion } from '../src/quiz/questions.js';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const quiz = buildQuiz(builtinCatalog(), licenses());
const byId = (id: string): QuizQuestion => {
  const q = quiz.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in ${quiz.map((x) => x.id).join(', ')}`);
  return q;
};
const answerOf = (q: QuizQuestion) => q.options[q.answer];

describe('practice quiz from catalog and license facts', () => {
  it('asks total vs active parameters of the largest MoE model (DeepSeek-R1: 671B total, 37B active)', () => {
    const q = byId('moe-deepseek-r1');
    expect(answerOf(q)).toBe('671B in memory; 37B active per token');
    expect(q.options).toContain('37B in memory; 671B active per token');
  });

  it('names the license with the 700M monthly-active-user clause (Llama 4, §2)', () => {
    const q = byId('mau-700000000');
    expect(answerOf(q)).toBe('Llama 4');
    // Distractors have no user limit at all, so exactly one option is right.
    expect(q.options.filter((o) => o.startsWith('Llama'))).toEqual(['Llama 4']);
    expect(q.explanation).toContain('§2');
  });

  it('asks the Qwen license threshold (100 million, commercial use only)', () => {
    const q = byId('mau-threshold-LicenseRef-Qwen');
    expect(answerOf(q)).toBe('100 million');
  });

  it("explains Qwen3's /think switch in the vendor's words", () => {
    const q = byId('thinking-qwen3-235b-a22b');
    expect(answerOf(q)).toContain('/think or /no_think');
    expect(q.source).toBe('https://huggingface.co/Qwen/Qwen3-235B-A22B');
  });

  it('follows the data: a changed parameter count changes the answer', () => {
    const base = builtinCatalog().models.find((m) => m.id === 'mixtral-8x22b') as Model;
    const changed: Model = { ...base, id: 'test-moe', name: 'Test MoE', parameters: { ...base.parameters, total: 999e9, active: 11e9 } };
    const q = buildQuiz({ models: [changed] }, []).find((x) => x.id === 'moe-test-moe');
    expect(q && answerOf(q)).toBe('999B in memory; 11B active per token');
  });

  it('has one right answer per question among distinct options', () => {
    expect(quiz.length).toBeGreaterThanOrEqual(5);
    for (const q of quiz) {
      expect(new Set(q.options).size, q.id).toBe(q.options.length);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.options.length);
      expect(q.source, q.id).toMatch(/^https:\/\//);
    }
  });

  it('prints questions and answers as JSON with --json', () => {
    const out = JSON.parse(execFileSync('node', [cli, 'quiz', '--json'], { encoding: 'utf8' })) as { questions: QuizQuestion[] };
    expect(out.questions.map((q) => q.id)).toEqual(quiz.map((q) => q.id));
  });

  it('prints the quiz sheet with answers when not in a terminal', () => {
    const out = execFileSync('node', [cli, 'quiz'], { encoding: 'utf8', input: '' });
    expect(out).toContain('Answer: ');
    expect(out).toContain('Which of these licenses requires a separate licence from the publisher above 700 million monthly active users?');
  });
});
