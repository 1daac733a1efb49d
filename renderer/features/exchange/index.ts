/** The exchange feature as the rest of the app sees it: its page, and the firm key picker Settings shows too. Other code imports only from here. */
export { ExchangePage } from './ExchangePage';
export { FirmRecipientPicker } from './FirmRecipientPicker';
