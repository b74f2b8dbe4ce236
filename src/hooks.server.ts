import { building, dev } from '$app/environment';
import type { ServerInit } from '@sveltejs/kit';
import { startServer } from '$lib/server/lifecycle';

/** Opens and migrates the storage before the first request; exits with one clear line when it cannot. */
export const init: ServerInit = async () => {
  if (!building) await startServer({ handleSignals: !dev });
};
