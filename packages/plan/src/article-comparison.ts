/**
 * The comparison article's use-case table (section 7.1) as data, and a comparison of our ranking
 * with it: where they differ, the notes say why (a model that does not exist, a license blocker,
 * benchmark figures that rank another model higher).
 */
import type { Recommendation } from './assessment.js';
import type { UseCase } from './plan-schema.js';

export interface ArticlePick {
  /** Article wording. */
  label: string;
  /** Catalog ids the pick stands for (a range such as "Qwen 3 0.6B–4B" lists several); empty when none exists. */
  ids: readonly string[];
  /** Why no catalog id matches, with the source. */
  correction?: string;
}

export interface ArticleRow {
  top: ArticlePick;
  runnerUp: ArticlePick;
  reason: string;
}

const QWEN3_72B: ArticlePick = {
  label: 'Qwen 3 72B',
  ids: [],
  correction:
    'Qwen3 has no 72B model: its dense models are 0.6B–32B and its MoE models 30B-A3B and 235B-A22B (Qwen3 Technical Report §2, https://arxiv.org/abs/2505.09388); the 72B model is Qwen2.5-72B.',
};

export const ARTICLE_USE_CASE_TABLE: Readonly<Record<UseCase, ArticleRow>> = {
  coding: { top: { label: 'DeepSeek R1', ids: ['deepseek-r1'] }, runnerUp: QWEN3_72B, reason: 'HumanEval 92.7%, strongest code reasoning' },
  'multilingual-cjk': { top: { label: 'Qwen 3 235B', ids: ['qwen3-235b-a22b'] }, runnerUp: { label: 'DeepSeek R1', ids: ['deepseek-r1'] }, reason: '29 languages, best CJK performance' },
  'general-chat': { top: { label: 'Llama 4 Maverick', ids: ['llama-4-maverick'] }, runnerUp: { label: 'Qwen 3 235B', ids: ['qwen3-235b-a22b'] }, reason: 'Meta ecosystem, high Arena ELO' },
  'cost-efficiency': { top: { label: 'Mistral 8x22B', ids: ['mixtral-8x22b'] }, runnerUp: { label: 'DeepSeek R1', ids: ['deepseek-r1'] }, reason: 'Best performance-to-cost ratio' },
  'math-reasoning': { top: { label: 'DeepSeek R1', ids: ['deepseek-r1'] }, runnerUp: { label: 'Qwen 3 (Thinking)', ids: ['qwen3-235b-a22b'] }, reason: 'AIME 79.8%, published in Nature' },
  'long-documents': { top: { label: 'Llama 4 Scout', ids: ['llama-4-scout'] }, runnerUp: { label: 'Qwen 3 235B', ids: ['qwen3-235b-a22b'] }, reason: '10M context, efficient processing' },
  'mobile-edge': { top: { label: 'Qwen 3 0.6B–4B', ids: ['qwen3-0.6b', 'qwen3-1.7b', 'qwen3-4b'] }, runnerUp: { label: 'DeepSeek R1 1.5B', ids: ['deepseek-r1-distill-qwen-1.5b'] }, reason: 'Ultra-light, on-device execution' },
  'eu-compliance': { top: { label: 'Mistral 8x22B', ids: ['mixtral-8x22b'] }, runnerUp: { label: 'Qwen 3', ids: ['qwen3-235b-a22b'] }, reason: 'EU AI Act ready, European data centers' },
  multimodal: {
    top: { label: 'Llama 4 Maverick', ids: ['llama-4-maverick'] },
    runnerUp: { label: 'Qwen 3 VL', ids: [], correction: 'Qwen3-VL is a separate vision-language family that is not in the built-in catalog (add it with a user catalog file).' },
    reason: 'Native multimodal support',
  },
  rag: { top: { label: 'Qwen 3 14B', ids: ['qwen3-14b'] }, runnerUp: { label: 'DeepSeek R1 14B', ids: ['deepseek-r1-distill-qwen-14b'] }, reason: 'Balanced performance/cost' },
};

export interface ArticleComparison {
  useCase: UseCase;
  articleTop: string;
  articleRunnerUp: string;
  articleReason: string;
  ourTop: string | null;
  ourRunnerUp: string | null;
  /** Our top pick is (one of) the article's top pick(s). */
  agrees: boolean;
  /** Why we differ, one sentence each (empty when we agree and both article picks exist). */
  notes: string[];
}

function explain(pick: ArticlePick, role: string, recs: readonly Recommendation[]): string[] {
  if (pick.ids.length === 0) return [`The article's ${role} "${pick.label}" is not in the catalog: ${pick.correction ?? 'no such model.'}`];
  const found = recs.filter((r) => pick.ids.includes(r.modelId));
  if (found.length === 0) return [`The article's ${role} ${pick.label} is not on our shortlist: other models score higher for this profile.`];
  return found.flatMap((r) => {
    if (r.excluded) return [`The article's ${role} ${r.name} is excluded: ${r.excluded.reason}`];
    if (r.rank === 1) return [];
    return [`The article's ${role} ${r.name} ranks #${r.rank} (score ${r.score.toFixed(3)}): ${r.breakdown.taskFit.reason}`];
  });
}

/** Our ranking for one use case next to the article's, with the reasons for every difference. */
export function compareWithArticle(useCase: UseCase, recs: readonly Recommendation[]): ArticleComparison {
  const row = ARTICLE_USE_CASE_TABLE[useCase];
  const eligible = recs.filter((r) => !r.excluded);
  const ourTop = eligible[0] ?? null;
  const agrees = ourTop !== null && row.top.ids.includes(ourTop.modelId);
  const notes = [...(agrees ? [] : explain(row.top, 'top pick', recs)), ...explain(row.runnerUp, 'runner-up', recs).filter((n) => !n.includes(' ranks #2 '))];
  if (!agrees && ourTop) notes.push(`Our top pick ${ourTop.name}: ${ourTop.breakdown.taskFit.reason}`);
  return {
    useCase,
    articleTop: row.top.label,
    articleRunnerUp: row.runnerUp.label,
    articleReason: row.reason,
    ourTop: ourTop?.modelId ?? null,
    ourRunnerUp: eligible[1]?.modelId ?? null,
    agrees,
    notes,
  };
}
