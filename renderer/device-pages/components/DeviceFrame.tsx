import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../src/topbar/LanguageSwitch";
import { deviceLink, useLinkStatus } from "../link/deviceRuntime";
import { LinkBadge } from "./LinkBadge";

interface DeviceFrameProps {
  kind: string;
  deviceId: string;
  title: string;
  children: ReactNode;
}

/** What the link says when no retry can help: the page stops and says what to do. */
function Blocked({ state }: { state: "unprovisioned" | "replaced" }) {
  const { t } = useTranslation();
  if (state === "unprovisioned")
    return (
      <div className="device-blocked" data-testid="device-unprovisioned" role="alert">
        <p>{t("devicePage.unprovisioned")}</p>
      </div>
    );
  return (
    <div className="device-blocked" data-testid="device-replaced" role="alert">
      <p>{t("devicePage.replaced")}</p>
      <button
        type="button"
        className="device-button"
        data-testid="device-reconnect"
        onClick={() => deviceLink().start()}
      >
        {t("devicePage.reconnectHere")}
      </button>
    </div>
  );
}

/** Every device page: a slim header (name, link, language) over the page itself. */
export function DeviceFrame({ kind, deviceId, title, children }: DeviceFrameProps) {
  const state = useLinkStatus((s) => s.state);
  const blocked = state === "unprovisioned" || state === "replaced" ? state : null;
  return (
    <div
      className={`device-page device-${kind}`}
      data-testid="device-page"
      data-kind={kind}
      data-device-id={deviceId}
    >
      <header className="device-header">
        <h1 className="device-title">{title}</h1>
        <LinkBadge />
        <LanguageSwitch />
      </header>
      <main className="device-main">{blocked ? <Blocked state={blocked} /> : children}</main>
    </div>
  );
}
