/** Console version, injected by vite from package.json. */
declare const __APP_VERSION__: string;
