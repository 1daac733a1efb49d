import type { ClinicAssessorApi } from '../../electron/preload';
import { browserApi } from './browserApi';

declare global {
  interface Window {
    /** Provided by the Electron preload script; absent in the browser fallback. */
    clinicAssessor?: ClinicAssessorApi;
  }
}

export type PlatformApi = ClinicAssessorApi;

/** The desktop bridge when running in Electron, or the browser's own file handling. */
export const platform: PlatformApi = window.clinicAssessor ?? browserApi;
