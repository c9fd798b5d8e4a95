import type { Page } from 'playwright-core';
import { ADMIN } from './server.js';

/** Opens the dashboard at `url` and signs in as the first-start admin: the Overview is what shows next. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
