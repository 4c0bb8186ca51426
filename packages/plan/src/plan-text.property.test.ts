import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from './plan-text.js';
import { samplePlan } from './test-support/plans.js';

describe('plan text round trip (property)', () => {
  it('any project text, team name and checklist note survives YAML and JSON serialisation unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: 'binary' }),
        fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }),
        fc.string({ maxLength: 300, unit: 'binary' }),
        (description, member, notes) => {
          const plan = samplePlan(description);
          plan.project.team = [{ name: member, role: 'x' }];
          plan.checklist = { 'POC-01': { status: 'in-progress', notes } };
          for (const format of ['yaml', 'json'] as const) {
            const parsed = parsePlanText(serializePlan(plan, format), `p.plan.${format}`);
            expect(parsed.ok && parsed.value.plan).toEqual(plan);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
