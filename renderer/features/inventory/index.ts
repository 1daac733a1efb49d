/** The inventory feature as the rest of the app sees it: its page, a new vendor link for the checklist, and the form fields the conflict review labels with. Other code imports only from here. */
export { InventoryPage } from './InventoryPage';
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
