import { useTranslation } from "react-i18next";
import type { Floor } from "../../../shared/model/venue";
import { pickText, useLocale } from "../i18n/i18n";
import { useUi } from "../state/uiStore";

export function FloorSwitcher({ floors, currentId }: { floors: Floor[]; currentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectFloor = useUi((s) => s.selectFloor);
  return (
    <fieldset className="plain-fieldset segmented" data-testid="floor-switcher">
      <legend className="sr-only">{t("plan.floors")}</legend>
      {floors.map((floor) => (
        <button
          key={floor.id}
          type="button"
          className="segment"
          data-testid={`floor-tab-${floor.id}`}
          aria-pressed={floor.id === currentId}
          onClick={() => selectFloor(floor.id)}
        >
          {pickText(floor.name, locale)}
        </button>
      ))}
    </fieldset>
  );
}
