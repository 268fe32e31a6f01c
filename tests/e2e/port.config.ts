// The browser tests on another port (E2E_PORT), for a machine where 4173 is taken by another
// checkout's preview server: `E2E_PORT=4180 npx playwright test -c tests/e2e/port.config.ts FILE`.
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const port = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
  ...base,
  testDir: '.',
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `npm run build && npm run preview -- --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
