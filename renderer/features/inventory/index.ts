/** The inventory feature as other features see it: a new vendor link for the checklist, and the form fields the conflict review labels with. Other features import only from here (the shell imports its page). */
export type { FieldSpec } from './fieldSpec';
export { flowFields } from './flowFields';
export {
  applicationFields,
  assetFields,
  linkFields,
  networkFields,
  newLink,
  vendorAccessFields,
} from './inventoryKinds';
