/** The findings feature as other features see it: the live findings of an assessment. Other features import only from here. */
export { useAssessmentFindings, type AssessmentFindings } from './useAssessmentFindings';
