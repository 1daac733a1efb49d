// electron-builder configuration for `npm run dist`.
// Offline builds: point ELECTRON_DIST at an unpacked Electron of the version in
// package.json (or keep node_modules/electron/dist); otherwise electron-builder
// downloads Electron itself.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const localDist = process.env.ELECTRON_DIST ?? path.join(root, 'node_modules', 'electron', 'dist');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.clinicassessor.app',
  productName: 'Clinic Assessor',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'package.json', '!**/*.map'],
  asar: true,
  electronDist: fs.existsSync(localDist) ? localDist : undefined,
  // Fuses are flipped in the packaged binary: it can no longer be used as a plain
  // Node.js, take NODE_OPTIONS or inspector flags, or load code from outside app.asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Utility', maintainer: 'Clinic Assessor' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.medical', hardenedRuntime: true },
};
