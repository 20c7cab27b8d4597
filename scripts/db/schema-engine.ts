// Loads Prisma's schema engine as WebAssembly so migrations run offline: the CLI's
// `migrate` commands need a native binary it downloads at run time, which fails here.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = bg.SchemaEngine;
export type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded: Promise<void> | undefined;

/** The package's main entry imports the .wasm bundler-style, which Node rejects; wire it by hand. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export type OpenEngine = { engine: SchemaEngine; close(): Promise<void> };

/**
 * The engine opens pg connections through the adapter factory and never closes them itself; a
 * leaked connection keeps holding the migration advisory lock, so track and dispose them here.
 */
export async function openSchemaEngine(connectionString: string, schema: { path: string; content: string }): Promise<OpenEngine> {
  await loadWasm();
  const factory = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(tracking);
  const engine = await bg.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    },
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
