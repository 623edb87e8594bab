import { useEffect, useState } from 'preact/hooks';
import type { ExportApi } from './export-api';

/**
 * Whether the next file is pseudonymised: the setting's default (which a school may set) until the teacher
 * ticks or unticks the box herself, then her choice.
 */
export function usePseudonymise(api: ExportApi): [boolean, (on: boolean) => void] {
  const [chosen, setChosen] = useState<boolean>();
  const [byDefault, setByDefault] = useState(false);
  useEffect(() => {
    void api.pseudonymiseByDefault().then(setByDefault);
  }, []);
  return [chosen ?? byDefault, setChosen];
}
