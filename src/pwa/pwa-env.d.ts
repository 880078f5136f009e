// Types of vite-plugin-pwa's `virtual:pwa-register` module.
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Overrides the version the build reports (package.json's otherwise), e.g. to tell two test builds apart. */
  readonly VITE_APP_VERSION?: string;
}
