/** The checklist feature as the rest of the app sees it: its page. Other code imports only from here. */
export { ChecklistPage } from './ChecklistPage';
