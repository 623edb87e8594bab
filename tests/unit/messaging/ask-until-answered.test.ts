import { afterEach, describe, expect, it, vi } from 'vitest';
import { askUntilAnswered } from '@/utils/messaging/ask-until-answered';

afterEach(() => vi.useRealTimers());

describe('asking a tab that may still be starting', () => {
  it('asks again after no answer or a refusal, and returns the first answer', async () => {
    vi.useFakeTimers();
    const answers = [undefined, null, 'tables'];
    let asked = 0;
    const ask = () => {
      asked++;
      return asked === 1 ? Promise.reject(new Error('no receiver yet')) : Promise.resolve(answers[asked - 1]);
    };
    const answered = askUntilAnswered(ask);
    await vi.runAllTimersAsync();
    expect(await answered).toBe('tables');
    expect(asked).toBe(3);
  });

  it('gives up after ten seconds without an answer', async () => {
    vi.useFakeTimers();
    const ask = vi.fn(() => Promise.resolve(undefined));
    const answered = askUntilAnswered(ask);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(ask.mock.calls.length).toBeLessThan(20);
    await vi.runAllTimersAsync();
    expect(await answered).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(20);
  });
});
