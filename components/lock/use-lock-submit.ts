import { useState } from 'preact/hooks';
import { lockProblemText } from '@/utils/lock/problems';

/**
 * A lock form's submit: what the form refuses first (`refuse` gives the reason), then the request, its
 * failure shown in the teacher's language (a wrong passphrase, the school's requirement, …).
 */
export function useLockSubmit(refuse: () => string | undefined, act: () => Promise<void>, onDone: () => void) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const refused = refuse();
    setError(refused);
    if (refused) return;
    setBusy(true);
    try {
      await act();
      onDone();
    } catch (failure) {
      setError(lockProblemText(failure));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit: (event: Event) => void submit(event) };
}
