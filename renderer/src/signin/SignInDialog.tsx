import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { OPERATOR_ROLES } from "../../../shared/access/operators";
import { askNotificationPermission } from "../alerts/desktopNotice";
import { Modal } from "../components/Modal";
import { pickText, useLocale } from "../i18n/i18n";
import { signIn } from "../net/hubConnection";
import { useHub } from "../state/hubStore";
import { checkOperator, type OperatorDraft, type OperatorField } from "./operatorForm";
import { useSignIn } from "./operatorStore";
import { ROLE_GLYPH } from "./roles";
import { useSignInUi } from "./signInUi";
import { useCodeRequired } from "./useAccessInfo";
import { useVenueRooms } from "./useVenueRooms";
import "../styles/signin.css";

const EMPTY: OperatorDraft = { name: "", role: "stage-manager", rooms: [] };

/**
 * Who works at this console: a name, a role and, for a stage manager, the rooms they run; the access code
 * when the hub wants one. Checked against the hub's own schema before it is sent.
 */
export function SignInDialog() {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = useSignInUi((s) => s.dialogOpen);
  const openDialog = useSignInUi((s) => s.openDialog);
  const setWatchOnly = useSignInUi((s) => s.setWatchOnly);
  const operator = useSignIn((s) => s.operator);
  const storedCode = useSignIn((s) => s.accessCode);
  const authError = useHub((s) => s.authError);
  const codeRequired = useCodeRequired(open);
  const rooms = useVenueRooms(open);
  const [draft, setDraft] = useState<OperatorDraft>(EMPTY);
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Partial<Record<OperatorField, string>>>({});
  const roomsLabel = useId();

  // Each opening starts from whoever is signed in now.
  useEffect(() => {
    if (!open) return;
    setDraft(operator ? { ...operator } : EMPTY);
    setCode(storedCode ?? "");
    setErrors({});
  }, [open, operator, storedCode]);

  const close = () => openDialog(false);
  const codeToSend = codeRequired ? code.trim() || null : storedCode;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkOperator(draft);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    // A click is the gesture the browser wants before it asks about desktop notifications.
    askNotificationPermission();
    setWatchOnly(false);
    signIn(check.operator, codeToSend);
    close();
  };

  const watch = () => {
    askNotificationPermission();
    setWatchOnly(true);
    signIn(null, codeToSend);
    close();
  };

  const toggleRoom = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, rooms: on ? [...d.rooms, id] : d.rooms.filter((r) => r !== id) }));

  return (
    <Modal open={open} title={t("signin.title")} onClose={close} testId="signin-dialog" wide>
      <form className="signin-form" onSubmit={submit} noValidate>
        {authError && (
          <p className="signin-auth-error" role="alert" data-testid="signin-auth-error">
            ✖ {t("signin.codeRefused", { reason: authError })}
          </p>
        )}
        <label className="field signin-name">
          <span>{t("signin.name")}</span>
          <input
            className="input"
            data-testid="signin-name"
            autoComplete="name"
            maxLength={80}
            value={draft.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "signin-name-error" : undefined}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
          <span id="signin-name-error" className="form-error signin-error" data-testid="signin-name-error">
            {errors.name ? t("signin.errors.name") : ""}
          </span>
        </label>
        <fieldset className="signin-roles">
          <legend>{t("signin.role")}</legend>
          {OPERATOR_ROLES.map((role) => (
            <label key={role} className="signin-role" data-checked={draft.role === role}>
              <input
                type="radio"
                name="signin-role"
                data-testid={`signin-role-${role}`}
                checked={draft.role === role}
                onChange={() => setDraft({ ...draft, role })}
              />
              <span className="signin-role-text">
                <span className="signin-role-name">
                  <span aria-hidden="true">{ROLE_GLYPH[role]}</span> {t(`signin.roles.${role}.name`)}
                </span>
                <span className="signin-role-meaning muted">{t(`signin.roles.${role}.meaning`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {draft.role === "stage-manager" && (
          <fieldset
            className="signin-rooms"
            aria-invalid={errors.rooms ? true : undefined}
            aria-describedby={roomsLabel}
          >
            <legend>{t("signin.rooms")}</legend>
            {rooms.map((room) => (
              <label key={room.id} className="signin-room">
                <input
                  type="checkbox"
                  data-testid={`signin-room-${room.id}`}
                  checked={draft.rooms.includes(room.id)}
                  onChange={(e) => toggleRoom(room.id, e.currentTarget.checked)}
                />
                {pickText(room.name, locale)}
              </label>
            ))}
            <span id={roomsLabel} className="form-error signin-error" data-testid="signin-rooms-error">
              {errors.rooms ? t("signin.errors.rooms") : ""}
            </span>
          </fieldset>
        )}
        {codeRequired && (
          <label className="field signin-code">
            <span>{t("signin.code")}</span>
            <input
              className="input"
              type="password"
              data-testid="signin-code"
              autoComplete="off"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <span className="muted signin-code-hint">{t("signin.codeHint")}</span>
          </label>
        )}
        <div className="button-row signin-actions">
          <button type="submit" className="button button-primary" data-testid="signin-submit">
            {t("signin.submit")}
          </button>
          <button type="button" className="button" data-testid="signin-watch" onClick={watch}>
            ◌ {t("signin.watch")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
