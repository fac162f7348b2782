/// <reference types="vite/client" />
import type { LedeApi } from '../../shared/contract';

declare global {
  interface Window {
    /** The only way the page reaches the app: one function per contract channel. */
    readonly lede: LedeApi;
  }
}
