#!/usr/bin/env node
// The avslint command of the npm package: it runs the native binary of the
// platform package that npm installed beside it (@avslint/cli-linux-x64, an
// optional dependency limited to its os, cpu and libc), or the binary that
// AVSLINT_BINARY names. Arguments, standard input and output are the
// binary's own; its exit status is this process's, and a signal that ends it
// ends this process the same way. Nothing runs at install time.
"use strict";

const { spawn } = require("child_process");

// `${process.platform}-${process.arch}` -> the package that holds the binary.
const PLATFORM_PACKAGES = { "linux-x64": "@avslint/cli-linux-x64" };
const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

function fail(message) {
  process.stderr.write(`avslint: ${message}\n`);
  process.exit(2);
}

// Node's diagnostic report names the glibc it runs on; on musl it has none.
function libcName() {
  try {
    return process.report.getReport().header.glibcVersionRuntime ? "glibc" : "musl";
  } catch (error) {
    return "an unknown libc";
  }
}

function binaryPath() {
  const override = process.env.AVSLINT_BINARY;
  if (override) {
    return override;
  }
  const platform = `${process.platform}-${process.arch}`;
  const name = PLATFORM_PACKAGES[platform];
  const fallback =
    "build avslint from source (https://github.com/avslint/avslint#build-from-source) " +
    "and set AVSLINT_BINARY to the binary's path";
  if (!name) {
    fail(`no prebuilt binary for ${platform}; ${fallback}`);
  }
  try {
    return require.resolve(`${name}/avslint`);
  } catch (error) {
    const libc = process.platform === "linux" ? libcName() : "";
    const reason =
      libc === "musl"
        ? `it is built for glibc and this system uses musl`
        : `npm leaves optional dependencies out with --omit=optional or --no-optional`;
    fail(`the package ${name} is not installed (${reason}); reinstall avslint, or ${fallback}`);
  }
}

const binary = binaryPath();
const child = spawn(binary, process.argv.slice(2), { stdio: "inherit" });

// A signal sent to this process (kill, a CI runner's timeout) goes on to the
// binary, which decides what it does; the binary's end then ends this process.
for (const signal of FORWARDED_SIGNALS) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", (error) => fail(`cannot run ${binary}: ${error.message}`));

child.on("exit", (code, signal) => {
  if (signal === null) {
    process.exit(code === null ? 1 : code);
  }
  for (const forwarded of FORWARDED_SIGNALS) {
    process.removeAllListeners(forwarded);
  }
  // Node ignores SIGPIPE, so raising it would not end this process: exit
  // with the status a shell reports for it instead.
  if (signal !== "SIGPIPE") {
    process.kill(process.pid, signal);
  }
  const number = require("os").constants.signals[signal] || 0;
  setTimeout(() => process.exit(128 + number), signal === "SIGPIPE" ? 0 : 1000);
});
