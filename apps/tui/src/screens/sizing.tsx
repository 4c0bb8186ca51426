import type { CandidateAssessment } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { MEMORY_GLYPHS, memoryBar } from '../components/memory-bar.js';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, gb, gib, tokensPerSecond } from '../format-numbers.js';
import { currentCandidateIndex, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Step 4: per candidate, quantizations (memory, fit, speed), the memory breakdown, engine and run command. */
export function SizingScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  const candidates = state.plan.candidates;
  if (candidates.length === 0) return <Text dimColor>No candidates yet: pick up to three on the Shortlist step.</Text>;
  const index = currentCandidateIndex(state);
  const candidate = candidates[index];
  const assessed = state.assessment?.candidates.find((c) => c.index === index);
  if (!candidate) return null;
  const tabs = candidates.map((c, i) => (i === index ? `[${c.model}]` : ` ${c.model} `)).join(' ');
  if (!assessed || state.assessedRevision !== state.dataRevision) {
    return (
      <Box flexDirection="column">
        <Text wrap="truncate-end">{tabs}</Text>
        <Text dimColor>Sizing…</Text>
      </Box>
    );
  }
  const capacity = assessed.hardware.memoryBytesEach * assessed.hardware.count;
  const rows = [{ kind: 'engine' as const }, ...assessed.quantTable.map((q) => ({ kind: 'quant' as const, q }))];
  const fixed = 13;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" color={theme.accent}>
        {tabs}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {sanitizeForTerminal(assessed.modelName)} on {sanitizeForTerminal(assessed.hardwareLabel)} · {assessed.contextTokens.toLocaleString('en-US')} ctx × {assessed.concurrency}
      </Text>
      <ScrollList
        items={rows}
        cursor={state.cursor.sizing}
        height={Math.max(3, height - fixed)}
        renderRow={(row, _i, focused) => {
          const mark = focused ? '› ' : '  ';
          if (row.kind === 'engine') {
            return (
              <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
                {mark}Engine: <Text bold>{candidate.engine}</Text>
                <Text dimColor> (Space: ollama / llama.cpp / vllm)</Text>
              </Text>
            );
          }
          const chosen = row.q.quant === candidate.quant;
          return (
            <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
              {mark}
              {chosen ? '◉ ' : '○ '}
              {fit(row.q.quant, 8)} {gb(row.q.totalBytes).padStart(9)} {row.q.fits ? <Text color={theme.ok}>fits   </Text> : <Text color={theme.bad}>no fit </Text>}
              {tokensPerSecond(row.q.decodeTypical).padStart(10)}
            </Text>
          );
        }}
      />
      <MemoryDetail assessed={assessed} capacity={capacity} width={width} />
      <RunCommand assessed={assessed} engine={candidate.engine} />
    </Box>
  );
}

function MemoryDetail({ assessed, capacity, width }: { readonly assessed: CandidateAssessment; readonly capacity: number; readonly width: number }) {
  const m = assessed.memory;
  if (!m) return <Text color={theme.warn}>{sanitizeForTerminal(assessed.problems[0] ?? 'Memory could not be estimated.')}</Text>;
  const barWidth = Math.max(20, Math.min(60, width - 4));
  const verdict = assessed.fit?.verdict ?? 'unknown';
  const speed = assessed.speed;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text>
        {memoryBar({ weights: m.weightsBytes, kv: m.kvCacheBytes, overhead: m.overheadBytes }, capacity, barWidth)}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {MEMORY_GLYPHS.weights} weights {gb(m.weightsBytes)} {MEMORY_GLYPHS.kv} KV {gb(m.kvCacheBytes)} {MEMORY_GLYPHS.overhead} other {gb(m.overheadBytes)}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {'  '}= {gb(m.totalBytes)} of {gb(capacity)} ({gb(Math.abs(capacity - m.totalBytes))} {capacity >= m.totalBytes ? 'spare' : 'short'})
        {hostRam(assessed.fit)}
      </Text>
      <Text wrap="truncate-end">
        Fit: <Text color={verdict === 'fits' ? theme.ok : verdict === 'fits-tight' || verdict === 'needs-more-gpus' ? theme.warn : theme.bad}>{verdict}</Text>
        {speed ? (
          <Text dimColor>
            {' '}
            · {Math.round(speed.decode.low)}–{Math.round(speed.decode.high)} tok/s (typ. {Math.round(speed.decode.typical)}
            {speed.typicalErrorPct === null ? '' : `, ±${Math.round(speed.typicalErrorPct)}%`}, estimate)
          </Text>
        ) : null}
      </Text>
    </Box>
  );
}

/** Host RAM that partial offload needs, against the plan's hostMemoryGb when given (methodology §Host memory for offload). */
function hostRam(f: CandidateAssessment['fit']): string {
  const needed = f?.hostMemoryNeededBytes ?? 0;
  if (!f || needed <= 0) return '';
  return f.hostMemoryBytes != null ? ` · host RAM ${gib(needed)} of ${gib(f.hostMemoryBytes)}` : ` · host RAM ${gib(needed)}, not checked`;
}

function RunCommand({ assessed, engine }: { readonly assessed: CandidateAssessment; readonly engine: string }) {
  const recipe = assessed.recipe;
  const command = recipe ? (engine === 'vllm' ? recipe.vllm : engine === 'llama.cpp' ? recipe.llamaCpp : recipe.ollama) : null;
  // Recipes can be several commands (start the server, then run): one line each, so they copy cleanly.
  const lines = command ? command.split('\n').map(sanitizeForTerminal) : [];
  return (
    <Box flexDirection="column" height={4} overflow="hidden">
      <Text>Run:</Text>
      {lines.length === 0 ? <Text dimColor>  no recipe for {engine} with this model and quantization</Text> : null}
      {lines.map((line, i) => (
        <Text key={`${i}-${line}`} color={theme.accent} wrap="wrap">
          {'  '}
          {line}
        </Text>
      ))}
    </Box>
  );
}
