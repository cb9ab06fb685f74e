import { SEARCH_INPUT_ID } from "./SpeakersBar";
import { useSpeakers } from "./speakersStore";

/** The Speakers view's own keys: "/" to search, N for "not ready only". False when the key is not one. */
export function handleSpeakersKey(event: KeyboardEvent): boolean {
  switch (event.key) {
    case "/": {
      const field = document.getElementById(SEARCH_INPUT_ID);
      if (!(field instanceof HTMLInputElement)) return false;
      field.focus();
      field.select();
      return true;
    }
    case "n":
    case "N": {
      const { notReadyOnly, setNotReadyOnly } = useSpeakers.getState();
      setNotReadyOnly(!notReadyOnly);
      return true;
    }
    default:
      return false;
  }
}
