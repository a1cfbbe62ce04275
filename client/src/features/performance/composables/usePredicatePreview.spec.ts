import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import type { PredicateResult, Rating } from '../types';

const calculate = vi.fn<(r: Rating, b: Rating) => Promise<PredicateResult>>();
vi.mock('../api', () => ({ calculatePredicate: (r: Rating, b: Rating) => calculate(r, b) }));
const { usePredicatePreview } = await import('./usePredicatePreview');

const answer = (resultRating: Rating, behaviourRating: Rating, predicate: PredicateResult['predicate']): PredicateResult =>
  ({
    resultRating,
    behaviourRating,
    predicate,
    label: predicate,
    coachingRequired: ['butuh_perbaikan', 'kurang', 'sangat_kurang'].includes(predicate),
    ruleVersion: {},
  }) as unknown as PredicateResult;

afterEach(() => calculate.mockReset());

describe('usePredicatePreview', () => {
  it('should ask the server once both ratings are known, again on a change, and keep the latest answer only', async () => {
    const result = ref<Rating | null>(null);
    const behaviour = ref<Rating | null>('meets');
    const scope = effectScope();
    const p = scope.run(() => usePredicatePreview(result, behaviour))!;
    await nextTick();
    expect(calculate).not.toHaveBeenCalled();
    expect(p.preview.value).toBeNull();

    calculate.mockResolvedValueOnce(answer('meets', 'meets', 'baik'));
    result.value = 'meets';
    await vi.waitFor(() => expect(p.preview.value?.predicate).toBe('baik'));
    expect(calculate).toHaveBeenLastCalledWith('meets', 'meets');

    // a slow answer to an older pair must not replace the newer one
    let slow!: (v: PredicateResult) => void;
    calculate.mockImplementationOnce(() => new Promise((r) => (slow = r)));
    calculate.mockResolvedValueOnce(answer('below', 'below', 'sangat_kurang'));
    behaviour.value = 'above';
    await nextTick();
    result.value = 'below';
    behaviour.value = 'below';
    await vi.waitFor(() => expect(p.preview.value?.predicate).toBe('sangat_kurang'));
    slow(answer('meets', 'above', 'baik'));
    await new Promise((r) => setTimeout(r, 0));
    expect(p.preview.value?.predicate).toBe('sangat_kurang');
    expect(p.preview.value?.coachingRequired).toBe(true);

    result.value = null;
    await vi.waitFor(() => expect(p.preview.value).toBeNull());
    scope.stop();
  });
});
