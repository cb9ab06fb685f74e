import { useTranslation } from "react-i18next";
import { useUi, VIEWS } from "../state/uiStore";

const SHORTCUT_KEY = {
  overview: "O",
  devices: "D",
  room: "W",
  interpretation: "I",
  speakers: "P",
  log: "J",
} as const;

/** Switches the main area between the overview, devices, room, interpretation and speakers (O, D, W, I, P). */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  return (
    <nav className="view-switch segmented" aria-label={t("views.label")}>
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          className="segment"
          data-testid={`view-${name}`}
          aria-pressed={view === name}
          title={`${t(`views.${name}`)} (${SHORTCUT_KEY[name]})`}
          onClick={() => setView(name)}
        >
          {t(`views.${name}`)}
        </button>
      ))}
    </nav>
  );
}
