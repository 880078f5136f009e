import { version } from '../../package.json';

/** The running build's version: VITE_APP_VERSION when the build set it, else package.json's. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION || version;
