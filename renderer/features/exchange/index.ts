/** The exchange feature as other features see it: the firm key picker, which Settings shows too. Other features import only from here (the shell imports its page). */
export { FirmRecipientPicker } from './FirmRecipientPicker';
