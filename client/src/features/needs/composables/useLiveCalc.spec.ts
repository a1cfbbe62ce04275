import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { LIVE_CALC_DEBOUNCE_MS, useLiveCalc } from './useLiveCalc';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(initial: number | null = 1) {
  const input = ref<number | null>(initial);
  const calc = vi.fn((n: number) => Promise.resolve(n * 10));
  const scope = effectScope();
  const live = scope.run(() =>
    useLiveCalc(
      () => (input.value === null ? null : { n: input.value }),
      (b) => calc(b.n),
    ),
  )!;
  return { input, calc, live, stop: () => scope.stop() };
}

describe('useLiveCalc', () => {
  it('should calculate at once on opening and again only once the typing stops', async () => {
    const { input, calc, live } = setup();
    expect(calc).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(live.result.value).toBe(10);
    input.value = 2;
    await nextTick();
    vi.advanceTimersByTime(LIVE_CALC_DEBOUNCE_MS - 50);
    input.value = 3;
    await nextTick();
    expect(live.pending.value).toBe(true);
    vi.advanceTimersByTime(LIVE_CALC_DEBOUNCE_MS - 50);
    expect(calc).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(calc).toHaveBeenCalledTimes(2);
    expect(calc).toHaveBeenLastCalledWith(3);
    expect(live.result.value).toBe(30);
    expect(live.pending.value).toBe(false);
  });
  it('should not send incomplete input nor the same input twice', async () => {
    const { input, calc } = setup();
    await vi.runAllTimersAsync();
    input.value = null;
    await vi.runAllTimersAsync();
    input.value = 1;
    await vi.runAllTimersAsync();
    expect(calc).toHaveBeenCalledTimes(1);
  });
  it('should keep the last result while the next is on its way, and calculate now on demand', async () => {
    const { input, calc, live } = setup();
    await vi.runAllTimersAsync();
    input.value = 4;
    await nextTick();
    expect(live.result.value).toBe(10);
    await live.now();
    expect(calc).toHaveBeenLastCalledWith(4);
    expect(live.result.value).toBe(40);
  });
  it('should send nothing after the page is closed', async () => {
    const { input, calc, stop } = setup();
    await vi.runAllTimersAsync();
    input.value = 5;
    await nextTick();
    stop();
    await vi.runAllTimersAsync();
    expect(calc).toHaveBeenCalledTimes(1);
  });
});
