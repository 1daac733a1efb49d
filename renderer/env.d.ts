/** The package version, injected by Vite at build time. */
declare const __APP_VERSION__: string;
/// <reference types="vite/client" />
