/** Module resolution for .dependency-cruiser.cjs: the `@/` alias of tsconfig.json, from the working directory. */
module.exports = { resolve: { alias: { '@': process.cwd() }, extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } };
