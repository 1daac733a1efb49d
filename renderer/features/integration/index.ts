/** What other features use of Integration: the verdict banner the Findings page shows. */
export { VerdictBanner } from './VerdictSection';
