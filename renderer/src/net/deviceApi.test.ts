import { expect, it } from "vitest";
import { devicePageUrl } from "./deviceApi";

it("puts the kind in the path, the id in the query and the secret in the fragment", () => {
  expect(devicePageUrl("http://10.0.0.5:4180", "stage-timer", "plenary-stage-timer", "a+b/c")).toBe(
    "http://10.0.0.5:4180/device/stage-timer?id=plenary-stage-timer#token=a%2Bb%2Fc",
  );
});
