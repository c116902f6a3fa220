#!/usr/bin/env node
// Placeholder: the CLI lands with issue 9.
console.error('segment-amplitude: the CLI is not built yet')
process.exitCode = 2
