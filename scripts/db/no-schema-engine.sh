#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded offline.
# generate/validate/format do not need it; exiting 1 makes the CLI skip it cleanly.
exit 1
