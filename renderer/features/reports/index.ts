/** The reports feature as other features see it: how a saved file is named. Other features import only from here (the shell imports its page). */
export { reportFileName } from './makeReport';
