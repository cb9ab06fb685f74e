// Makes the packaging icons from build/icon.svg: build/icons/NxN.png (Linux, the tray), build/icon.png and a
// Windows build/icon.ico (PNG-compressed entries, which Windows Vista and later read). Run with `npm run icons`
// after changing the SVG; the results are committed, so packaging needs no SVG renderer.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, "icon.svg"));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const png = (size) => new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();

/** An ICO file whose entries are PNG images. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

mkdirSync(join(here, "icons"), { recursive: true });
const rendered = new Map(SIZES.map((size) => [size, png(size)]));
for (const [size, data] of rendered) writeFileSync(join(here, "icons", `${size}x${size}.png`), data);
writeFileSync(join(here, "icon.png"), rendered.get(512));
writeFileSync(join(here, "icon.ico"), ico(ICO_SIZES.map((size) => ({ size, data: rendered.get(size) }))));
console.log(`icons: ${SIZES.length} PNG sizes, icon.png and icon.ico written to ${here}`);
