import type { MenuLanguage } from "./menuText";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What a window shows while its hub cannot be reached (client mode, the other PC is off or the address is
 * wrong): which hub, why, and that it retries. A data: page without scripts; the shell reloads the hub page.
 */
export function unreachablePage(
  hubUrl: string,
  reason: string,
  retrySeconds: number,
  language: MenuLanguage,
): string {
  const text =
    language === "zh-CN"
      ? {
          title: "无法连接中枢",
          body: `无法连接到 ${hubUrl} 的中枢（${reason}）。每 ${retrySeconds} 秒重试一次。`,
        }
      : {
          title: "Cannot reach the hub",
          body: `The hub at ${hubUrl} does not answer (${reason}). Retrying every ${retrySeconds} s.`,
        };
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(text.title)}</title>
<style>body{background:#0b0f14;color:#e6edf3;font:18px system-ui,sans-serif;display:grid;place-items:center;height:100vh;margin:0}
main{max-width:40em;border-left:6px solid #e74c3c;padding:1em 1.5em}h1{font-size:1.4em;color:#ff7b72}</style></head>
<body><main role="alert"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body)}</p></main></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
