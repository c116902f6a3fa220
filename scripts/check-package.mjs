// Placeholder: package checks land with issue 2 (publint, attw, ESM/CJS/Deno/Bun smoke, size).
console.log('check-package: placeholder')
