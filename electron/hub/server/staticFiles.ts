import { createReadStream, existsSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the built console and device pages. Unknown paths fall back to their entry page so that a
 * view's URL can be reloaded; paths never escape the root.
 */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const index = join(root, "index.html");
  if (!existsSync(index)) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("The console is not built yet. Run `npm run build`, then reload.\n");
    return;
  }
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const candidate = normalize(join(root, decoded));
  const inside = candidate === root || candidate.startsWith(root + sep);
  // Device pages (/device/<kind>) are their own entry; every other path is a console view.
  const devicePage = join(root, "device.html");
  const fallback = decoded.startsWith("/device/") && existsSync(devicePage) ? devicePage : index;
  const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : fallback;
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  createReadStream(file).pipe(res);
}
