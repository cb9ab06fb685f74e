import { type ReactNode, useEffect, useRef, useState } from "react";
import { Modal } from "./Modal";

/** What the hub said to a submission: null when it was accepted, else the message to show in the dialog. */
export type PromptOutcome = string | null;

interface TextPromptDialogProps {
  open: boolean;
  title: string;
  label: string;
  placeholder?: string;
  maxLength: number;
  /** `${testId}-dialog`, `-input`, `-error` and `-submit` for the tests. */
  testId: string;
  submitLabel: string;
  backLabel: string;
  /** The message when the field is left empty. */
  requiredMessage: string;
  /** Sends the text; resolves to the refusal to show, or null to close. */
  onSubmit: (text: string) => Promise<PromptOutcome>;
  onClose: () => void;
  /** Shown above the field (what is recorded now, for instance). */
  children?: ReactNode;
  /** Further actions between "back" and the submit button; they report their outcome like onSubmit. */
  extraActions?: (run: (action: () => Promise<PromptOutcome>) => void) => ReactNode;
}

/**
 * A dialog that asks for one short text (a reason, a version) and shows the hub's refusal in place, so the
 * operator corrects it without losing what they typed. Focus goes to the field as it opens.
 */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { open, onClose, onSubmit, testId } = props;
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After the dialog has opened (Modal's effect runs first), so typing goes straight into the field.
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  const close = () => {
    setText("");
    setFailure(null);
    onClose();
  };
  const run = (action: () => Promise<PromptOutcome>) => {
    void action().then((outcome) => (outcome === null ? close() : setFailure(outcome)));
  };
  const submit = () => {
    const value = text.trim();
    if (!value) setFailure(props.requiredMessage);
    else run(() => onSubmit(value));
  };

  return (
    <Modal open={open} title={props.title} onClose={close} testId={`${testId}-dialog`}>
      <form
        className="prompt-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {props.children}
        <label className="block">
          {props.label}
          <input
            className="input prompt-input"
            data-testid={`${testId}-input`}
            maxLength={props.maxLength}
            required
            ref={inputRef}
            value={text}
            placeholder={props.placeholder}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <p className="form-error" role="alert" data-testid={`${testId}-error`}>
          {failure}
        </p>
        <div className="prompt-actions">
          <button type="button" className="button" onClick={close}>
            {props.backLabel}
          </button>
          {props.extraActions?.(run)}
          <button type="submit" className="button button-primary" data-testid={`${testId}-submit`}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
