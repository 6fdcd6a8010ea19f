import { describe, expect, test } from 'vitest';
import { dsgRecall, genevalRecall, loadCorpus, scoreCorpus } from '../../bench/metrics';

/**
 * Accuracy floors that must not regress. The engine is deterministic, so these are exact measurements, not
 * timings; `npm run bench:accuracy` prints the full figures. The held-out splits were never used for tuning.
 */
describe('accuracy floors', () => {
  test('GenEval: objects, counts, colours and relations are extracted', () => {
    const geneval = genevalRecall();
    expect(geneval.overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(geneval.objects.recall).toBeGreaterThanOrEqual(0.98);
    expect(geneval.relations.recall).toBeGreaterThanOrEqual(0.95);
  });

  test('DSG-1k entity and count recall', () => {
    const dsg = dsgRecall();
    expect(dsg.entity.recall).toBeGreaterThanOrEqual(0.84);
    expect(dsg.count.recall).toBeGreaterThanOrEqual(0.6);
  });

  test('problem flags on the labelled pairs (dev and held-out)', () => {
    const pairs = loadCorpus('pairs.jsonl');
    expect(scoreCorpus(pairs.filter((p) => p.split === 'dev')).f1).toBeGreaterThanOrEqual(0.79);
    expect(scoreCorpus(pairs.filter((p) => p.split === 'holdout')).f1).toBeGreaterThanOrEqual(0.6);
  });

  test('problem flags on follow-up conversations', () => {
    const multi = loadCorpus('multiturn.jsonl');
    expect(scoreCorpus(multi.filter((p) => p.split === 'dev')).f1).toBeGreaterThanOrEqual(0.8);
    expect(scoreCorpus(multi.filter((p) => p.split === 'holdout')).f1).toBeGreaterThanOrEqual(0.74);
    expect(scoreCorpus(multi, (e) => e.edit === true).f1).toBeGreaterThanOrEqual(0.78);
  });
});
