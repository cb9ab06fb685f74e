import { toDataURL } from "qrcode";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DeviceDefinition } from "../../../shared/model/devices";
import { formatAgo } from "../format/relativeTime";
import { useLocale } from "../i18n/i18n";
import { changeDeviceToken, devicePageUrl, hasDevicePage } from "../net/deviceApi";
import { useDeviceUi } from "../state/deviceUiStore";

type Step = "idle" | "confirm-issue" | "confirm-revoke" | "busy";

/**
 * Issues or revokes a device's link. The new address (with its secret) and its QR code live only in this
 * drawer: closing it forgets them, and the hub keeps only a hash.
 */
export function DeviceProvisioning({ device, nowMs }: { device: DeviceDefinition; nowMs: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const provisionedAt = useDeviceUi((s) =>
    s.provisionedAt ? (s.provisionedAt[device.id] ?? null) : undefined,
  );
  const [step, setStep] = useState<Step>("idle");
  const [link, setLink] = useState<{ url: string; token: string; qr: string } | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  // Hardware without a page served by the hub takes the bare token in its settings.
  const hasPage = hasDevicePage(device.kind);

  const issue = async () => {
    setStep("busy");
    setNote(null);
    const result = await changeDeviceToken(device.id, "issue");
    if (result.ok && result.token) {
      const url = devicePageUrl(location.origin, device.kind, device.id, result.token);
      const qr = await toDataURL(hasPage ? url : result.token, {
        margin: 2,
        width: 240,
        errorCorrectionLevel: "M",
      });
      setLink({ url, token: result.token, qr });
    } else
      setNote({
        ok: false,
        text: t("devices.requestFailed", { message: result.ok ? "no token" : result.message }),
      });
    setStep("idle");
  };

  const revoke = async () => {
    setStep("busy");
    setLink(null);
    const result = await changeDeviceToken(device.id, "revoke");
    setNote(
      result.ok
        ? { ok: true, text: result.revoked ? t("devices.revoked") : t("devices.nothingToRevoke") }
        : { ok: false, text: t("devices.requestFailed", { message: result.message }) },
    );
    setStep("idle");
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(hasPage ? link.url : link.token);
      setNote({ ok: true, text: t("devices.copied") });
    } catch {
      // The clipboard needs a secure context; over plain http on the LAN, select the text for Ctrl+C.
      urlRef.current?.select();
      setNote({ ok: false, text: t("devices.copyFailed") });
    }
  };

  return (
    <section aria-labelledby="device-link-heading" data-testid="device-provisioning">
      <h3 id="device-link-heading">{t("devices.provisioning")}</h3>
      <p data-testid="device-provisioned-at">
        {provisionedAt
          ? t("devices.provisionedAt", { time: formatAgo(Date.parse(provisionedAt), nowMs, locale) })
          : provisionedAt === null
            ? t("devices.notProvisioned")
            : "…"}
      </p>
      {step === "confirm-issue" || step === "confirm-revoke" ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby="device-link-confirm">
          <p id="device-link-confirm">
            {step === "confirm-issue" ? t("devices.issueConfirm") : t("devices.revokeConfirm")}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              data-testid={step === "confirm-issue" ? "device-issue-confirm" : "device-revoke-confirm"}
              onClick={() => void (step === "confirm-issue" ? issue() : revoke())}
            >
              {step === "confirm-issue" ? t("devices.confirmIssue") : t("devices.confirmRevoke")}
            </button>
            <button
              type="button"
              className="button"
              data-testid="device-link-cancel"
              onClick={() => setStep("idle")}
            >
              {t("devices.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="device-issue-link"
            disabled={step === "busy"}
            onClick={() => setStep("confirm-issue")}
          >
            {t("devices.issueLink")}
          </button>
          <button
            type="button"
            className="button"
            data-testid="device-revoke"
            disabled={step === "busy" || provisionedAt === null}
            onClick={() => setStep("confirm-revoke")}
          >
            {t("devices.revoke")}
          </button>
        </div>
      )}
      {link && (
        <div className="device-link" data-testid="device-link">
          <p className="muted">{hasPage ? t("devices.linkHint") : t("devices.tokenHint")}</p>
          <div className="device-link-row">
            <input
              ref={urlRef}
              className="input device-link-url"
              data-testid="device-link-url"
              readOnly
              value={hasPage ? link.url : link.token}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="button"
              data-testid="device-link-copy"
              onClick={() => void copy()}
            >
              {t("devices.copy")}
            </button>
          </div>
          <img
            className="device-link-qr"
            data-testid="device-link-qr"
            src={link.qr}
            alt={t("devices.qrAlt")}
          />
        </div>
      )}
      {note && (
        <p className={note.ok ? "form-result" : "form-error"} data-testid="device-link-note" role="status">
          {note.text}
        </p>
      )}
    </section>
  );
}
