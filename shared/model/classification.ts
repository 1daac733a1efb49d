/** How the app's outputs that hold security findings are to be handled: the reports' marking and the findings register's. */
export const CLASSIFICATION = 'Confidential — contains security findings';
