import { useEffect, useState } from 'preact/hooks';
import { pupilCodes, type PupilCodes } from '@/utils/export/pseudonymise';
import type { SchoolView } from '@/utils/principal/metrics';
import type { SchoolExportRecord } from '@/utils/principal/school-export';
import type { PrincipalApi } from './principal-api';

/**
 * The principal's files and the view made of them as of `asOf`, read again whenever a choice changes or
 * `reload` is called. Pupils in pseudonymised lists get codes under `pageKey`, the page's own key.
 */
export function useSchoolView(api: PrincipalApi, pageKey: string) {
  const [days, setDays] = useState<number>();
  const [staleDays, setStaleDays] = useState<number>();
  const [asOf, setAsOf] = useState(() => api.today());
  const [files, setFiles] = useState<SchoolExportRecord[]>([]);
  const [view, setView] = useState<SchoolView>();
  const [codes, setCodes] = useState<PupilCodes>();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    void api.defaults().then((d) => {
      setDays((current) => current ?? d.withinSchoolDays);
      setStaleDays((current) => current ?? d.staleAfterDays);
    });
  }, []);

  useEffect(() => {
    if (days === undefined || staleDays === undefined) return;
    let live = true;
    void Promise.all([api.files(), api.view({ withinSchoolDays: days, asOf, staleAfterDays: staleDays })]).then(async ([list, next]) => {
      const nextCodes = await pupilCodes(
        next.items.map((i) => i.pupilId),
        pageKey,
      );
      if (!live) return;
      setFiles(list);
      setView(next);
      setCodes(nextCodes);
    });
    return () => {
      live = false;
    };
  }, [days, staleDays, asOf, revision]);

  const reload = () => setRevision((r) => r + 1);
  return { days, setDays, staleDays, setStaleDays, asOf, setAsOf, files, view, codes, reload };
}
