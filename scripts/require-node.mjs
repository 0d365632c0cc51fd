// Fails fast when a script runs on the machine's Node instead of the project's pinned Node 24.
// npm itself runs on the system Node; scripts get Node 24 only through node_modules/.bin/node
// (the `node` devDependency). Installing with --ignore-scripts skips that binary.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `\nThis project needs Node 22 or newer; this script ran on Node ${process.versions.node} (${process.execPath}).\n` +
      'Run it through npm (npm run …, npm test) after `npm ci`, which installs Node 24 as a devDependency.\n' +
      'Do not install with --ignore-scripts: the node package needs its install script.\n'
  );
  process.exit(1);
}
