import type { Ref } from 'preact';
import type { PanelPlace } from '@/utils/content/panel-place';
import { t } from '@/utils/i18n';

export interface PanelHeaderProps {
  expanded: boolean;
  bodyId: string;
  toggle: Ref<HTMLButtonElement>;
  onToggle(): void;
  place: PanelPlace;
  onPlace?: (place: PanelPlace) => void;
}

/** The panel's title, its open/close toggle and where it sits. */
export function PanelHeader({ expanded, bodyId, toggle, onToggle, place, onPlace }: PanelHeaderProps) {
  return (
    <header>
      <h2>{t('panelTitle')}</h2>
      <button type="button" class="toggle" ref={toggle} aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
        {expanded ? t('panelCollapse') : t('panelExpand')}
      </button>
      {onPlace && (
        <button type="button" class="quiet" data-insyn-place onClick={() => onPlace(place === 'page' ? 'float' : 'page')}>
          {place === 'page' ? t('panelPlaceFloat') : t('panelPlacePage')}
        </button>
      )}
    </header>
  );
}
