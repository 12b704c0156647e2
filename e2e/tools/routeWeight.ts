// `npm run weight`: prints the gzipped JavaScript each route loads, from the last build.
import { ROUTES, type Route, routeWeight } from "../support/routeWeight";

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

for (const route of Object.keys(ROUTES) as Route[]) {
  const { files, total } = routeWeight(route);
  console.log(`${route}: ${kb(total)} of gzipped JavaScript`);
  for (const [file, size] of files) console.log(`  ${file}  ${kb(size)}`);
}
