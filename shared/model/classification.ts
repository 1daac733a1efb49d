/** The marking every report and every file made for the firm carries (reports, the plan workbook, the findings register): it holds security findings. */
export const CLASSIFICATION = 'Confidential — contains security findings';
