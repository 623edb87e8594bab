import { useEffect, useRef, useState } from 'preact/hooks';
import { missingAuthor } from './AuthorFields';
import type { ExportApi, ExportAuthor } from './export-api';

/**
 * Who a file for someone else is from: loaded from the settings, typed by the teacher, and checked before
 * such a file is made (`check` marks what is missing and moves the focus there).
 */
export function useAuthor(api: ExportApi) {
  const [who, setWho] = useState<ExportAuthor>({ teacher: '', school: '' });
  const [loaded, setLoaded] = useState(false);
  const [missing, setMissing] = useState<(keyof ExportAuthor)[]>([]);
  const [asked, setAsked] = useState(0);
  const fieldset = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    void api.author().then((stored) => {
      // What the teacher may already have typed wins over what the settings held.
      setWho((typed) => ({ teacher: typed.teacher || stored.teacher, school: typed.school || stored.school }));
      setLoaded(true);
    });
  }, []);

  useEffect(() => {
    if (asked) fieldset.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [asked]);

  /** True when the file may be made; otherwise what is missing is marked and focused. */
  const check = () => {
    const lacking = missingAuthor(who);
    setMissing(lacking);
    if (lacking.length) setAsked((n) => n + 1);
    return lacking.length === 0;
  };

  return { who, setWho, loaded, missing, fieldset, check };
}
