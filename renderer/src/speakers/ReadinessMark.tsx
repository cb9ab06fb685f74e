import { useTranslation } from "react-i18next";
import type { ReadinessStatus } from "../../../shared/readiness/readiness";
import { READINESS_GLYPH } from "./readinessSymbols";
import "../styles/speakers.css";

interface ReadinessMarkProps {
  status: ReadinessStatus;
  /** "word": symbol and word; "glyph": the symbol alone, the word in its tooltip and accessible name. */
  variant: "word" | "glyph";
  testId?: string;
  className?: string;
  /** The accessible name and tooltip; "Speakers: READY" (a session's) unless said otherwise. */
  label?: string;
}

/** A session's go/no-go, never by colour alone: a symbol always, and the word beside it or in its label. */
export function ReadinessMark({ status, variant, testId, className, label }: ReadinessMarkProps) {
  const { t } = useTranslation();
  const word = t(`readiness.${status}`);
  const name = label ?? t("readiness.label", { status: word });
  const classes = ["readiness-mark", `readiness-${status}`, `readiness-mark-${variant}`, className];
  return (
    <span
      className={classes.filter(Boolean).join(" ")}
      data-testid={testId}
      data-status={status}
      title={name}
      // One name whatever shows: a narrow column may hide the word and leave the symbol.
      role="img"
      aria-label={name}
    >
      <span aria-hidden="true">{READINESS_GLYPH[status]}</span>
      {variant === "word" && <span className="readiness-word">{word}</span>}
    </span>
  );
}
