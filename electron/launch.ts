/**
 * `npm start`: launches the desktop app on the freshly built bundle. Where Electron
 * cannot run (its binary could not be downloaded, or it fails at once), says so in
 * one line and serves the same UI to a browser on a fixed loopback address.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './electronBinary';
import { FALLBACK_PORT, startStaticServer } from './staticServer';

const projectRoot = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(projectRoot, 'dist', 'renderer');

async function serveForBrowser(reason: string): Promise<void> {
  const port = Number(process.env.CLINIC_ASSESSOR_PORT ?? FALLBACK_PORT);
  try {
    const server = await startStaticServer(rendererRoot, port);
    console.log(`${reason}: open ${server.url} in Chromium or Chrome to use Clinic Assessor (Ctrl+C stops it).`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `${reason}, and port ${port} is already in use: Clinic Assessor may already be running at http://127.0.0.1:${port}.`
        : `${reason}, and the browser fallback could not start: ${String(error)}`,
    );
    process.exitCode = 1;
  }
}

function launch(): void {
  const binary = findElectronBinary(projectRoot);
  if (!binary) {
    void serveForBrowser('Electron is not available on this machine (its binary could not be downloaded)');
    return;
  }
  const startedAt = Date.now();
  const child = spawn(binary, [projectRoot], { stdio: 'inherit' });
  child.on('error', () => void serveForBrowser('Electron could not be started'));
  child.on('exit', (code) => {
    if (code !== 0 && Date.now() - startedAt < 5000) {
      void serveForBrowser(`Electron exited at start-up (code ${code})`);
    } else {
      process.exitCode = code ?? 0;
    }
  });
}

launch();
