/** The lock feature as the rest of the app sees it: the set-up and unlock screens. Other code imports only from here. */
export { SetupScreen } from './SetupScreen';
export { UnlockScreen } from './UnlockScreen';
