// Preloaded into the Next.js server that `npm start` spawns (node --require). If the start
// script is killed with SIGKILL it cannot stop its children; this makes the server notice that
// its parent is gone and exit, so the port is free for the next `npm start`.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 1000).unref();
