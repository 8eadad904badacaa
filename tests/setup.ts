// Nothing is installed globally: tests hand the engine its parts (utils/engine/node-parts.ts), as the extract command does.
