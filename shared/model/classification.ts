/** The marking every report and every file made for the firm carries: it holds security findings. */
export const CLASSIFICATION = 'Confidential — contains security findings';
