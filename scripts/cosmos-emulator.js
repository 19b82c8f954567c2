#!/usr/bin/env node
// The Cosmos DB protocol emulator (@vercel/cosmosdb-server, pinned in package-lock.json) with its data kept on disk.
// The emulator holds everything in memory; this launcher restores its databases from a snapshot at start and writes a
// new snapshot shortly after every change and when stopped (TERM or INT), so local data outlives a restart or a crash.
//
//   node scripts/cosmos-emulator.js --host 127.0.0.1 --port 8081 [--data DIR] [--snapshot-delay MS]
//
// Without --data it keeps nothing, like the plain emulator. A snapshot is written --snapshot-delay ms (default 1000)
// after a change, or ten times as long as the last snapshot took if that is longer (so writing snapshots never takes
// more than a tenth of the server's time), synchronously (the server is single-threaded, so it is a consistent image),
// to a temporary file renamed over the last one: a crash loses at most the changes of that window.
// It reaches into the emulator's in-memory store (databases, collections, documents and their id counters), which is
// private to the package: the pinned version is the one this was written and tested against.
"use strict";

const fs = require("fs");
const path = require("path");

const options = { host: "127.0.0.1", port: 8081, data: null, snapshotDelay: 1000 };
for (let i = 2; i < process.argv.length; i++) {
  const value = process.argv[i + 1];
  switch (process.argv[i]) {
    case "--host": options.host = value; i++; break;
    case "--port": options.port = parseInt(value, 10); i++; break;
    case "--data": options.data = value; i++; break;
    case "--snapshot-delay": options.snapshotDelay = parseInt(value, 10); i++; break;
    default: throw new Error(`unknown option ${process.argv[i]}`);
  }
}

const snapshotFile = options.data && path.join(options.data, "snapshot.ndjson");
const accountModule = require("@vercel/cosmosdb-server/lib/account");
const EmulatorAccount = accountModule.default;
let account = null;

// The server creates its account when it starts listening: take it, and fill it from the snapshot before any request.
accountModule.default = class PersistentAccount extends EmulatorAccount {
  constructor(host, port) {
    super(host, port);
    account = this;
    if (snapshotFile && fs.existsSync(snapshotFile)) restore(this, snapshotFile);
  }
};

// A point read of a missing document crashes the pinned emulator's handler (it reads a property of the absent
// document), which answers 500. Answer it as Cosmos DB does, 404 NotFound, so the platform reads by id with point
// reads instead of queries (a query makes the emulator scan every document of the container).
const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");
const { default: partitionFromHeader, parsePartitionKey } = require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header");
const answerReadDocument = readDocument.default;
readDocument.default = (target, req, res, params) => {
  const collection = target.database(params.dbId).collection(params.collId);
  if (collection.read() && !collection.document(params.docId, parsePartitionKey(partitionFromHeader(req), params.docId)).read()) {
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
  return answerReadDocument(target, req, res, params);
};

// The query engine compiles the FROM clause into `reduce(($, c) => [...$, { c }], [])`, which copies the array once per
// document: quadratic (5,000 documents 19 ms, 20,000 1.5 s, 100,000 about a minute). The same rows, built in one pass.
const queryExecutor = require("@zeit/cosmosdb-query/lib/executor");
const executeQuery = queryExecutor.default;
const quadraticFrom = /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*\1: \1\s*\}\] : \$, \[\]\)/g;
const onePass = code => code.replace(quadraticFrom, '$c.filter($1 => typeof $1 !== "undefined").map($1 => ({ $1: $1 }))');
let firstCompiled = null;
queryExecutor.default = (collection, query) => {
  firstCompiled ??= query.code;
  return executeQuery(collection, { ...query, code: onePass(query.code) });
};
// Say so at start if the pinned engine ever compiles the clause differently: queries would be quadratic again.
require("@zeit/cosmosdb-query").default("SELECT * FROM c").exec([], {});
if (onePass(firstCompiled) === firstCompiled) console.warn("WARNING: the query engine's FROM clause was not recognised; queries stay quadratic");

function restore(target, file) {
  const started = Date.now();
  let documents = 0;
  const databases = new Map();
  const collections = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line);
    if (record.database) {
      target.databases._set(record.database);
      target.databases._ridCount = Math.max(target.databases._ridCount, record.ridCount);
      databases.set(record.database._rid, target.databases._data.get(record.database._rid));
    } else if (record.collection) {
      const database = databases.get(record.in);
      database.collections._set(record.collection);
      database.collections._ridCount = Math.max(database.collections._ridCount, record.ridCount);
      collections.set(record.collection._rid, database.collections._data.get(record.collection._rid));
    } else if (record.document) {
      collections.get(record.in).documents._set(record.document);
      documents++;
    } else if (record.documentRidCount) {
      collections.get(record.in).documents._ridCount = record.documentRidCount;
    }
  }
  console.log(`Restored ${databases.size} databases, ${collections.size} containers, ${documents} documents from ${file} in ${Date.now() - started} ms`);
}

function snapshot() {
  if (!account) return;
  const started = Date.now();
  const temporary = snapshotFile + ".tmp";
  const fd = fs.openSync(temporary, "w");
  let documents = 0;
  const write = record => fs.writeSync(fd, JSON.stringify(record) + "\n");
  for (const database of account.databases._data.values()) {
    write({ database: database.read(), ridCount: account.databases._ridCount });
    for (const collection of database.collections._data.values()) {
      write({ collection: collection.read(), in: database.read()._rid, ridCount: database.collections._ridCount });
      for (const document of collection.documents._data.values()) {
        write({ document: document.read(), in: collection.read()._rid });
        documents++;
      }
      write({ documentRidCount: collection.documents._ridCount, in: collection.read()._rid });
    }
  }
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temporary, snapshotFile);
  return { documents, ms: Date.now() - started };
}

let pending = null;
let lastSnapshotMs = 0;
function changed() {
  if (!snapshotFile || pending) return;
  pending = setTimeout(() => {
    pending = null;
    try {
      const written = snapshot();
      lastSnapshotMs = written.ms;
      if (written.ms > 100) console.log(`Snapshot of ${written.documents} documents took ${written.ms} ms; the next waits ${10 * written.ms} ms at least`);
    } catch (err) {
      console.error(`Writing the snapshot failed: ${err.message}`);
    }
  }, Math.max(options.snapshotDelay, 10 * lastSnapshotMs));
}

function stop(signal) {
  if (pending) {
    clearTimeout(pending);
    pending = null;
    const written = snapshot();
    console.log(`${signal}: wrote ${written.documents} documents to ${snapshotFile} in ${written.ms} ms`);
  }
  process.exit(0);
}

if (snapshotFile) fs.mkdirSync(options.data, { recursive: true });
const { createHttpsServer } = require("@vercel/cosmosdb-server");
// The package answers `connection: close` unless asked to keep connections: every request would pay a new TLS
// handshake on both sides (most of the client's and the server's time under load). Kept, and idle longer than the
// clients keep them (the .NET SDK's pool drops a connection idle for a minute), so a client never reuses one the server closed.
const server = createHttpsServer({ keepAlive: true });
server.keepAliveTimeout = 120_000;
server.on("request", (req, res) => {
  // Reads and queries (POST with x-ms-documentdb-isquery) change nothing; everything else may.
  if (req.method === "GET" || req.method === "HEAD" || /true/i.test(req.headers["x-ms-documentdb-isquery"] || "")) return;
  res.on("finish", changed);
});
server.listen(options.port, options.host, () => {
  console.log(`Cosmos DB emulator on https://${options.host}:${options.port}/, data ${snapshotFile ? "in " + options.data : "in memory only"}`);
});
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
