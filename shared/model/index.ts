export * from "./common";
export * from "./cues";
export * from "./devices";
export * from "./eventFile";
export * from "./people";
export * from "./programme";
export * from "./venue";
