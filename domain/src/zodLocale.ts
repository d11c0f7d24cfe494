/**
 * zod/mini carries no error messages of its own ("Invalid input" for everything): this installs
 * zod's English ones ("Invalid input: expected string, received number", "Unrecognized key: …"),
 * the messages clients and operators read, for every schema in the process. Imported for its
 * effect by each module that declares schemas; package.json lists it under `sideEffects`, so no
 * bundle drops it. `zod/locales` by name, not `z.locales.en`: the namespace would bundle every
 * language (270 KB against 3 KB).
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());
