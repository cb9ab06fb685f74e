import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL("./renderer", import.meta.url));
// Two entries: the console, and the device pages that the hub serves at /device/<kind>.
const input = {
  console: fileURLToPath(new URL("./renderer/index.html", import.meta.url)),
  device: fileURLToPath(new URL("./renderer/device.html", import.meta.url)),
};
const outDir = fileURLToPath(new URL("./dist/renderer", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// In development the console is served by vite and talks to a hub started separately:
// VENUE_OPS_HUB=http://127.0.0.1:PORT npx vite
const hub = process.env.VENUE_OPS_HUB ?? "http://127.0.0.1:4300";

// The built console runs under a strict policy; vite's dev server needs inline scripts, so only builds get it.
// Connections may go to any hub here: the hub's own policy header (which a page must also obey) narrows
// them to this hub and the other hubs of its site, which a console asks for the primary after a take-over.
const contentSecurityPolicy: Plugin = {
  name: "venue-ops-csp",
  apply: "build",
  transformIndexHtml: () => [
    {
      tag: "meta",
      attrs: {
        "http-equiv": "Content-Security-Policy",
        content:
          "default-src 'self'; connect-src 'self' ws: wss: http: https:; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
      },
      injectTo: "head-prepend",
    },
  ],
};

// The dev server's fallback is the console; device page addresses get their own entry, as the hub does.
const devicePagesInDev: Plugin = {
  name: "venue-ops-device-pages",
  apply: "serve",
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith("/device/")) req.url = `/device.html${req.url.slice(req.url.search(/[?#]|$/))}`;
      next();
    });
  },
};

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), contentSecurityPolicy, devicePagesInDev],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // One bundle of about 500 kB is fine for a console served over the LAN or from this machine.
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: { input },
  },
  server: {
    proxy: {
      "/api": hub,
      "/console": { target: hub.replace(/^http/, "ws"), ws: true },
      "/devices": { target: hub.replace(/^http/, "ws"), ws: true },
    },
  },
});
