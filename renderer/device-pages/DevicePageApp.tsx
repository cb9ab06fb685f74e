import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../src/topbar/LanguageSwitch";
import { BoothTabletPage } from "./booth/BoothTabletPage";
import { DeviceFrame } from "./components/DeviceFrame";
import { usePublicData } from "./data/publicData";
import { DoorPanelPage } from "./door-panel/DoorPanelPage";
import { KioskPage } from "./kiosk/KioskPage";
import type { PageKind, PageParams } from "./pageParams";
import { StageTimerPage } from "./stage-timer/StageTimerPage";

function KindPage({ kind, deviceId }: { kind: PageKind; deviceId: string }) {
  switch (kind) {
    case "stage-timer":
      return <StageTimerPage deviceId={deviceId} />;
    case "door-panel":
      return <DoorPanelPage deviceId={deviceId} />;
    case "booth-console":
      return <BoothTabletPage deviceId={deviceId} />;
    case "checkin-kiosk":
      return <KioskPage />;
  }
}

function DevicePage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const label = usePublicData((s) => s.event?.devices.find((d) => d.id === params.deviceId)?.label);
  const title = label ?? params.deviceId;
  const kindName = t(`deviceKinds.${params.kind}`);
  useEffect(() => {
    document.title = `${title} · ${kindName}`;
  }, [title, kindName]);
  return (
    <DeviceFrame kind={params.kind} deviceId={params.deviceId} title={title}>
      <KindPage kind={params.kind} deviceId={params.deviceId} />
    </DeviceFrame>
  );
}

/** The page for the device the address names, or a plain word that the address names none. */
export function DevicePageApp({ params }: { params: PageParams | null }) {
  const { t } = useTranslation();
  if (params) return <DevicePage params={params} />;
  return (
    <div className="device-page">
      <header className="device-header">
        <h1 className="device-title">{t("app.name")}</h1>
        <LanguageSwitch />
      </header>
      <main className="device-main">
        <div className="device-blocked" data-testid="device-bad-address" role="alert">
          <p>{t("devicePage.badAddress")}</p>
        </div>
      </main>
    </div>
  );
}
