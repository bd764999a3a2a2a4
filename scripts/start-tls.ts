/**
 * `npm run start:tls`: the production build behind HTTPS on https://localhost:3443 (and
 * http://localhost:3080, which redirects), with a self-signed certificate in var/tls/.
 * Needs `npm run build` first. Other ports: `npm run start:tls -- 8443 8080 4000` (HTTPS,
 * HTTP, and the site itself on 127.0.0.1, 3000 by default).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import { ensureSelfSignedCertificate, startTlsProxy } from './tls-proxy';

const root = path.resolve(import.meta.dirname, '..');
const tlsPort = Number(process.argv[2] ?? 3443);
const httpPort = Number(process.argv[3] ?? 3080);
const sitePort = Number(process.argv[4] ?? 3000);

const certificate = ensureSelfSignedCertificate(path.join(root, 'var/tls'));
const site = spawn(
  path.join(root, 'node_modules/.bin/next'),
  ['start', '-H', '127.0.0.1', '-p', String(sitePort)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: `https://localhost:${tlsPort}`,
      TRUST_PROXY: 'true',
    },
  },
);
const proxy = await startTlsProxy({
  target: `http://127.0.0.1:${sitePort}`,
  certificate,
  httpsPort: tlsPort,
  httpPort,
});
process.stdout.write(
  `https://localhost:${proxy.httpsPort} (certificate: var/tls/cert.pem); http://localhost:${proxy.httpPort} redirects\n`,
);
const stop = () => {
  site.kill('SIGTERM');
  void proxy.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
site.on('exit', (code) => {
  void proxy.close().then(() => process.exit(code ?? 0));
});
