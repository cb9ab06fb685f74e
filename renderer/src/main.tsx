// Must stay first: configures zod before the shared modules build their schemas.
import "./zodConfig";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initI18n } from "./i18n/i18n";
import { startHubConnection } from "./net/hubConnection";
import { startVenueClock } from "./state/venueClock";
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/topbar.css";
import "./styles/plan.css";
import "./styles/timeline-toolbar.css";
import "./styles/timeline.css";
import "./styles/nownext.css";
import "./styles/detail.css";
import "./styles/dialogs.css";
import "./styles/devices.css";

await initI18n();
startVenueClock();
startHubConnection();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
