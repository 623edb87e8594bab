import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AsyncError, Loading } from './sections/status';

/**
 * A section whose code loads when first opened: export (with its spreadsheet library), the principal's
 * view and privacy are rarely used, and the dashboard opens faster without them.
 */
export function LazySection<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [state, setState] = useState<{ Component?: ComponentType<P>; error?: string }>({});
  useEffect(() => {
    let live = true;
    load().then(
      (Component) => live && setState({ Component }),
      (error: unknown) => live && setState({ error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (state.error) return <AsyncError message={state.error} />;
  if (!state.Component) return <Loading />;
  return <state.Component {...props} />;
}
