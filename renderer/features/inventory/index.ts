/** The inventory feature as other features see it: a new vendor link for the checklist, and the form fields the conflict review labels with. Other features import only from here (the shell imports its page). */
export type { FieldSpec } from './fieldSpec';
export { flowEndFields, flowFields } from './flowFields';
export { RecordForm } from './RecordForm';
export { recordChoices, type RecordChoices } from './recordChoices';
export {
  applicationFields,
  assetFields,
  linkFields,
  networkFields,
  newLink,
  vendorAccessFields,
} from './inventoryKinds';
