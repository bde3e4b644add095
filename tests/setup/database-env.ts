// Points the app's data layer (lib/db/client.ts) at this project's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
