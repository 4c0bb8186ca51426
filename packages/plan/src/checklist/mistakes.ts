/**
 * The comparison article's five common mistakes as warnings that fire from the plan
 * (docs/plan-file.md "Warnings").
 */
import type { Model } from '@llm-adopt/catalog';
import type { CostSection, ModelFinding, Recommendation, Warning } from '../assessment.js';
import type { Plan } from '../plan-schema.js';
import { COMMON_MISTAKES } from './definition.js';

/** A smaller model "meets the needs" when its score is within this distance of the larger one's. */
export const SMALLER_MODEL_SCORE_MARGIN = 0.05;
/** "Smaller" means at most three quarters of the first candidate's parameters: 14.8B vs 14.8B is the same size class. */
export const SMALLER_MODEL_MAX_SHARE = 0.75;

export interface MistakeFacts {
  plan: Plan;
  recommendations: Recommendation[];
  candidateModels: Array<Model | null>;
  licenseFindings: ModelFinding[];
  cost: CostSection;
  modelById: (id: string) => Model | undefined;
}

function mistake(n: 1 | 2 | 3 | 4 | 5, message: string): Warning {
  const m = COMMON_MISTAKES[n - 1]!;
  return { id: m.id, message, why: `${m.title}. ${m.remedy}` };
}

export function commonMistakes(f: MistakeFacts): Warning[] {
  const { plan } = f;
  const out: Warning[] = [];
  const first = f.candidateModels[0];
  // 1. Largest model first: the first candidate is bigger than an eligible recommendation that scores about as well.
  if (first) {
    const own = f.recommendations.find((r) => r.modelId === first.id && !r.excluded);
    const smaller = f.recommendations.find((r) => {
      if (r.excluded || r.modelId === first.id) return false;
      const m = f.modelById(r.modelId);
      return m !== undefined && m.parameters.total <= SMALLER_MODEL_MAX_SHARE * first.parameters.total && own !== undefined && r.score >= own.score - SMALLER_MODEL_SCORE_MARGIN;
    });
    if (smaller && own) {
      const m = f.modelById(smaller.modelId)!;
      out.push(
        mistake(
          1,
          `${first.name} (${(first.parameters.total / 1e9).toFixed(1)}B) is the first candidate, but ${m.name} (${(m.parameters.total / 1e9).toFixed(1)}B) scores ${smaller.score.toFixed(2)} against ${own.score.toFixed(2)} for this profile: try the smaller one first.`,
        ),
      );
    }
  }
  // 2. Quantization never evaluated.
  if (plan.candidates.length > 0 && plan.operations.quantsEvaluated.length === 0) {
    out.push(mistake(2, `No quantization has been evaluated on your own data (candidates use ${[...new Set(plan.candidates.map((c) => c.quant))].join(', ')}).`));
  }
  // 3. API-only or local-only when the data suggests hybrid.
  const p = plan.profile;
  const sensitive = p.dataSensitivity === 'confidential' || p.dataSensitivity === 'personal';
  if (p.deployment === 'api' && sensitive) {
    out.push(mistake(3, `The deployment is API-only but the data is ${p.dataSensitivity}: keep that data on a local model and send the rest to the API.`));
  } else if (p.deployment === 'local' && p.dataMayLeavePremises) {
    const api = f.cost.scenarios.filter((s) => s.kind === 'api' && s.monthlyCost > 0);
    const local = f.cost.scenarios.filter((s) => s.kind === 'local');
    const cheapestApi = api.reduce<number | null>((m, s) => (m === null ? s.monthlyCost : Math.min(m, s.monthlyCost)), null);
    const firstLocal = local[0];
    if (cheapestApi !== null && firstLocal && cheapestApi < firstLocal.monthlyCost) {
      out.push(
        mistake(
          3,
          `The deployment is local-only although the data may leave the premises, and the cheapest API costs ${cheapestApi.toFixed(2)} ${f.cost.currency}/month against ${firstLocal.monthlyCost.toFixed(2)} locally: consider the API for bulk work.`,
        ),
      );
    }
  }
  // 4. No license review.
  if (!plan.operations.licenseReviewed) {
    const serious = f.licenseFindings.filter((x) => x.severity === 'blocker' || x.severity === 'warning').length;
    out.push(
      mistake(
        4,
        `No legal review of the license(s) is recorded (operations.licenseReviewed)${serious > 0 ? `, and the license check found ${serious} blocker/warning finding${serious === 1 ? '' : 's'}` : ''}.`,
      ),
    );
  }
  // 5. Production without monitoring.
  const productionStarted =
    plan.phases.production?.start !== undefined ||
    Object.entries(plan.checklist).some(([id, e]) => (id.startsWith('PRD-') || id.startsWith('ART-PRD-')) && (e.status === 'in-progress' || e.status === 'done'));
  if (productionStarted && !plan.operations.monitoring.planned) {
    out.push(mistake(5, 'Production is scheduled or under way, but no monitoring of response quality, latency and error rate is planned.'));
  }
  return out;
}
